// Reads the contract register (`avtal.yaml`, or CSV from a spreadsheet): the schema checks every
// field with its position; then the dates, the appendix-or-packs choice and target names, which a
// schema cannot say well. Defaults are applied and paths resolved against the register's folder.
import { dirname, extname, resolve } from 'node:path';
import { moreProblems, ProblemsError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { isIsoDate } from '../generate/date.js';
import { fmt } from '../i18n.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import type { Lang, SourcePos } from '../types.js';
import { posOf } from '../yaml/source.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import { REGISTER } from './messages.js';
import { parseRegisterCsv } from './register-csv.js';
import type { ContractEntry, Places, RawRegister, Register, RegisterProblem, ReportSettings } from './types.js';

const DEFAULT_REPORTS: ReportSettings = { period: 'contract-year', dueDays: 30 };

/** Checks what the schema cannot, and applies defaults. Problems are collected, never thrown. */
export function buildRegister(
  file: string,
  path: string,
  raw: RawRegister,
  places: Places,
  indicatorIds: ReadonlySet<string>,
  lang: Lang,
): { register?: Register; problems: RegisterProblem[] } {
  const problems: RegisterProblem[] = [];
  const base = dirname(path);
  const seen = new Map<string, number>();
  const contracts: ContractEntry[] = [];
  raw.contracts.forEach((c, i) => {
    const bad = (field: string, text: { sv: string; en: string }, values: Record<string, string | number> = {}) =>
      problems.push({ pos: places.field(i, field), message: fmt(lang, text, values) });
    const before = problems.length;
    if (seen.has(c.id)) bad('id', REGISTER.duplicate, { id: c.id, line: places.contract(seen.get(c.id)!).line });
    seen.set(c.id, i);
    for (const field of ['start', 'end'] as const)
      if (!isIsoDate(c[field])) bad(field, REGISTER.badDate, { value: c[field] });
    if (isIsoDate(c.start) && isIsoDate(c.end) && c.end < c.start)
      bad('end', REGISTER.endBeforeStart, { start: c.start, end: c.end });
    const conditions = c.conditions ?? true;
    if (c.appendix !== undefined && (c.packs !== undefined || c.meta !== undefined || c.level !== undefined))
      bad('appendix', REGISTER.appendixAndPacks);
    if (
      conditions &&
      c.appendix === undefined &&
      c.packs === undefined &&
      raw.defaults?.packs === undefined &&
      c.meta === undefined
    )
      bad('id', REGISTER.noAppendix, { id: c.id });
    if (!conditions && (c.appendix !== undefined || c.packs !== undefined)) bad('conditions', REGISTER.conditionsFalse);
    for (const [id, target] of Object.entries(c.targets ?? {})) {
      if (!indicatorIds.has(id)) bad('targets', REGISTER.unknownIndicator, { id, known: [...indicatorIds].join(', ') });
      if (target.allOf !== undefined && !indicatorIds.has(target.allOf))
        bad('targets', REGISTER.unknownIndicator, { id: target.allOf, known: [...indicatorIds].join(', ') });
    }
    if (problems.length > before) return;
    const pos = places.contract(i);
    const packs = c.packs ?? (c.appendix === undefined ? raw.defaults?.packs : undefined);
    const level = c.level ?? (c.appendix === undefined ? raw.defaults?.level : undefined);
    const followUpBy = c.followUpBy ?? raw.defaults?.followUpBy;
    contracts.push({
      id: c.id,
      supplier: c.supplier,
      start: c.start,
      end: c.end,
      conditions,
      reports: { ...DEFAULT_REPORTS, ...raw.defaults?.reports, ...c.reports },
      targets: c.targets ?? {},
      place: { file, line: pos.line, col: pos.col },
      ...(c.title !== undefined ? { title: c.title } : {}),
      ...(c.sector !== undefined ? { sector: c.sector } : {}),
      ...(c.appendix !== undefined ? { appendix: resolve(base, c.appendix) } : {}),
      ...(c.meta !== undefined ? { meta: resolve(base, c.meta) } : {}),
      ...(packs !== undefined ? { packs: packs.map((p) => (/[\\/.]/.test(p) ? resolve(base, p) : p)) } : {}),
      ...(level !== undefined ? { level } : {}),
      ...(followUpBy !== undefined ? { followUpBy } : {}),
    });
  });
  return problems.length > 0
    ? { problems }
    : { register: { file, contracts, ...(raw.authority ? { authority: raw.authority } : {}) }, problems };
}

/**
 * Reads a register, YAML or CSV by its extension. Throws a ProblemsError naming every problem
 * with its line and column (CSV: the row's line and the column's name).
 */
export async function readRegister(
  path: string,
  shown: string,
  indicatorIds: ReadonlySet<string>,
  lang: Lang,
): Promise<Register> {
  const text = readUserFile(path, {
    shown,
    lang,
    maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes,
    limit: 'maxDataFileBytes',
  }).toString('utf8');
  const fail = (problems: Array<{ pos: SourcePos; message: string }>): never => {
    throw new ProblemsError(
      problems.map((p) => ({ file: shown, pos: p.pos, message: p.message })),
      moreProblems(lang),
    );
  };
  if (extname(path).toLowerCase() === '.csv') {
    const csv = await parseRegisterCsv(text, lang);
    if (!csv.raw) return fail(csv.problems);
    const built = buildRegister(shown, resolve(path), csv.raw, csv.places, indicatorIds, lang);
    return built.register ?? fail(built.problems);
  }
  const { value, problems, src } = await parseValidatedYaml<RawRegister>(shown, text, 'register', lang);
  if (!value || !src) return fail(problems);
  const places: Places = {
    contract: (i) => posOf(src, ['contracts', i]),
    field: (i, field) => posOf(src, ['contracts', i, field]),
  };
  const built = buildRegister(shown, resolve(path), value, places, indicatorIds, lang);
  return built.register ?? fail(built.problems);
}
