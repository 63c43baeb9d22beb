// The returned reports of a folder: each file read as what it is (a filled report form, a CSV
// report, or a free DOCX/ODT/PDF/text through lint's readers and the cue extractor) and placed:
// which contract (the form's property, the file's path, or the id in its text) and which period
// (the form's property, a year in the file name or the text), and when it was sent. Reports are
// hostile input: sizes, zip bombs and XML are guarded by the readers; a file that cannot be used
// is one line, and the others are still read.
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { parseCsv, CsvSyntaxError } from '../csv.js';
import { readDocumentBytes, DEFAULT_LIMITS } from '../documents/index.js';
import { isUserError, UserError } from '../errors.js';
import { detailOf } from '../fs/errno.js';
import { READ } from '../fs/messages.js';
import { readUserFile } from '../fs/read.js';
import { fmt } from '../i18n.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import type { Lang } from '../types.js';
import type { CuedIndicator } from './extract.js';
import { extractValues } from './extract.js';
import { isReportForm, ReportPackage, readReportForm, type FoundBy } from './form-read.js';
import { REGISTER, REPORTS } from './messages.js';
import { SUBMITTED_KEY } from './report-keys.js';
import { CONTRACT_KEY, PERIOD_KEY } from './template-csv.js';
import { findDate } from './values.js';

/** How a report's values were read. */
export type ReadHow = 'form' | 'csv' | 'free';

export interface ReportFile {
  /** The path as shown (relative to the folder's parent as the user named it). */
  file: string;
  how: ReadHow;
  contract?: string;
  /** The period label (the year the period starts). */
  period?: string;
  submitted?: string;
  /** Where the date sent came from: the report itself, or the file's modification time. */
  submittedFrom?: 'report' | 'file-time';
  values: Map<string, string>;
  foundBy: Map<string, FoundBy | 'csv' | 'free'>;
}

const READABLE = new Set(['docx', 'odt', 'pdf', 'md', 'markdown', 'txt', 'text', 'csv']);

/** Every readable file under `dir`, sorted, hidden files and folders left out, links to folders not followed. */
export function listReports(dir: string, lang: Lang, max = DEFAULT_RUN_LIMITS.maxFiles): string[] {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new UserError(dir, fmt(lang, REPORTS.notFolder));
  }
  if (!st.isDirectory()) throw new UserError(dir, fmt(lang, REPORTS.notFolder));
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of listFolder(d, lang)) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      const path = join(d, name);
      const l = lstatSync(path);
      if (l.isDirectory()) walk(path);
      else if ((l.isFile() || l.isSymbolicLink()) && READABLE.has(extname(name).slice(1).toLowerCase())) {
        if (out.length >= max) throw new UserError(dir, fmt(lang, REPORTS.tooMany, { max }));
        out.push(path);
      }
    }
  };
  walk(dir);
  return out;
}

/** The names in folder `d`, sorted; a folder that cannot be read is named in one line. */
function listFolder(d: string, lang: Lang): string[] {
  try {
    return readdirSync(d).sort();
  } catch (e) {
    throw new UserError(d, fmt(lang, READ.folderUnreadable, { detail: detailOf(e) }));
  }
}

/** Contract ids as a lookup that finds the longest id standing alone in a text. */
export class ContractIds {
  private readonly ids: Array<{ id: string; lower: string }>;
  constructor(ids: readonly string[]) {
    this.ids = ids
      .map((id) => ({ id, lower: id.toLowerCase() }))
      .sort((a, b) => b.lower.length - a.lower.length || (a.lower < b.lower ? -1 : 1));
  }
  /** The longest registered id in the text, bounded by non-alphanumerics; undefined when none. */
  find(text: string): string | undefined {
    const lower = text.toLowerCase();
    for (const { id, lower: needle } of this.ids) {
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const before = lower[at - 1];
        const after = lower[at + needle.length];
        if ((before === undefined || !/[\p{L}\d]/u.test(before)) && (after === undefined || !/[\p{L}\d]/u.test(after)))
          return id;
      }
    }
    return undefined;
  }
}

/** A year in a file name, outside the contract id. */
function yearInName(name: string, contract: string | undefined): string | undefined {
  const rest = contract ? name.replace(new RegExp(contract.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ') : name;
  return /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(rest)?.[1];
}

const PERIOD_NAMES =
  'rapportår|verksamhetsår|avtalsår|rapportperiod|redovisningsperiod|period|reporting year|report year|year';
const PERIOD_WORDS = new RegExp(String.raw`(?:${PERIOD_NAMES})\D{0,25}?((?:19|20)\d{2})(?!\d)`, 'iu');
const SENT_WORDS = /(?:datum|inlämnad|lämnad|insänd|skickad|date(?:d)?|submitted|sent)\b[^.\n]{0,40}/giu;

/** Contract, period and date sent from a free report's text. */
function placeFromText(text: string, ids: ContractIds): { contract?: string; period?: string; submitted?: string } {
  const head = text.slice(0, 20_000);
  const contract = ids.find(head);
  const period = PERIOD_WORDS.exec(head)?.[1];
  let submitted: string | undefined;
  for (const m of head.matchAll(SENT_WORDS)) {
    submitted = findDate(m[0]);
    if (submitted) break;
  }
  return { ...(contract ? { contract } : {}), ...(period ? { period } : {}), ...(submitted ? { submitted } : {}) };
}

function readCsvReport(
  text: string,
  file: string,
  lang: Lang,
): Pick<ReportFile, 'values' | 'contract' | 'period' | 'submitted' | 'foundBy'> {
  let table;
  try {
    table = parseCsv(text);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    throw new UserError(`${file}:${e.line}`, fmt(lang, REGISTER.csvSyntax, { code: e.code }));
  }
  const values = new Map<string, string>();
  const foundBy = new Map<string, 'csv'>();
  for (const r of table.records) {
    const key = (r.cells[0] ?? '').trim();
    const value = (r.cells[r.cells.length - 1] ?? '').trim().replace(/^'(?=[=+\-@])/, '');
    if (!key.startsWith('jamkrav:') || r.cells.length < 2 || value === '') continue;
    values.set(key, value);
    foundBy.set(key, 'csv');
  }
  const take = (key: string) => {
    const v = values.get(key);
    values.delete(key);
    return v;
  };
  const contract = take(CONTRACT_KEY);
  const period = take(PERIOD_KEY);
  const sent = values.get(SUBMITTED_KEY);
  values.delete(SUBMITTED_KEY);
  const submitted = sent !== undefined ? findDate(sent) : undefined;
  return {
    values,
    foundBy,
    ...(contract ? { contract } : {}),
    ...(period ? { period } : {}),
    ...(submitted ? { submitted } : {}),
  };
}

/** Reads one report file. Throws UserError (one line, naming the file) when it cannot be used. */
export async function readReport(
  path: string,
  root: string,
  shownRoot: string,
  ids: ContractIds,
  cued: readonly CuedIndicator[],
  lang: Lang,
): Promise<ReportFile> {
  const shown = join(shownRoot, relative(root, path)).split(sep).join('/');
  const bytes = new Uint8Array(
    readUserFile(path, { shown, lang, maxBytes: DEFAULT_LIMITS.maxFileBytes, limit: 'maxFileBytes' }),
  );
  const ext = extname(path).slice(1).toLowerCase();
  const rel = relative(root, path);
  let report: ReportFile;
  if (ext === 'csv') {
    report = { file: shown, how: 'csv', ...readCsvReport(new TextDecoder().decode(bytes), shown, lang) };
  } else {
    const pkg =
      ext === 'docx' && bytes[0] === 0x50 && bytes[1] === 0x4b ? ReportPackage.open(bytes, shown, lang) : undefined;
    if (pkg && isReportForm(pkg)) {
      const form = readReportForm(pkg, shown, lang);
      const sent = form.values.get(SUBMITTED_KEY);
      form.values.delete(SUBMITTED_KEY);
      const submitted = sent !== undefined ? findDate(sent) : undefined;
      report = {
        file: shown,
        how: 'form',
        values: form.values,
        foundBy: form.foundBy,
        ...(form.contract ? { contract: form.contract } : {}),
        ...(form.period ? { period: form.period } : {}),
        ...(submitted ? { submitted } : {}),
      };
    } else {
      const doc = await readDocumentBytes(shown, bytes, { lang });
      const values = extractValues(doc.blocks, cued);
      const text = doc.blocks.map((b) => b.text).join('\n');
      const placed = placeFromText(text, ids);
      report = {
        file: shown,
        how: 'free',
        values,
        foundBy: new Map([...values.keys()].map((k) => [k, 'free' as const])),
        ...placed,
      };
    }
  }
  // The file's own name and folders place it first: they are what the officer chose.
  const fromPath = ids.find(rel);
  if (fromPath && report.how === 'free') report.contract = fromPath;
  report.contract ??= fromPath;
  const year = yearInName(basename(rel), report.contract) ?? yearInName(rel, report.contract);
  if (report.how === 'free' && year) report.period = year;
  report.period ??= year;
  if (report.submitted !== undefined) report.submittedFrom = 'report';
  else {
    report.submitted = statSync(path).mtime.toISOString().slice(0, 10);
    report.submittedFrom = 'file-time';
  }
  return report;
}

/** Reads every report of a folder; a file that cannot be read is named in `problems`. */
export async function readReports(
  dir: string,
  ids: ContractIds,
  cued: readonly CuedIndicator[],
  lang: Lang,
): Promise<{ reports: ReportFile[]; problems: string[] }> {
  const reports: ReportFile[] = [];
  const problems: string[] = [];
  for (const path of listReports(dir, lang)) {
    try {
      reports.push(await readReport(path, dir, dir, ids, cued, lang));
    } catch (e) {
      if (!isUserError(e)) throw e;
      problems.push(e.toLine());
    }
  }
  return { reports, problems };
}
