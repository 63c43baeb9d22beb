// A CSV manifest: one tender a row, for procurement plans kept in a spreadsheet. Each row becomes
// a manifest entry and is checked against the same JSON Schema as a YAML manifest; problems name
// the row's line and the column.
import type { ErrorObject } from 'ajv';
import { dateProblem } from '../generate/date.js';
import { fmt } from '../i18n.js';
import type { Lang } from '../types.js';
import { validatorFor } from '../yaml/validated.js';
import { schemaMessage } from '../yaml/schema-messages.js';
import { CsvSyntaxError, parseCsv } from '../csv.js';
import { MANIFEST } from './messages.js';
import type { ManifestData, ManifestPlace, ManifestProblem, TenderEntry } from './types.js';

/** Columns holding metadata, and where each goes in tender.yaml's shape. */
const META_COLUMNS = {
  title: ['tender', 'title'],
  reference: ['tender', 'reference'],
  type: ['tender', 'type'],
  description: ['tender', 'description'],
  authority: ['authority', 'name'],
  contact: ['authority', 'contact'],
} as const;
type MetaColumn = keyof typeof META_COLUMNS;

/** Columns holding lists: cells separated by `;` (or `,`, which a `;`-delimited file allows unquoted). */
const LIST_COLUMNS = ['packs', 'rules', 'exclude', 'kinds', 'stages'] as const;

/** Every column a plan may have, in the order the error message lists them. */
export const CSV_COLUMNS: readonly string[] = [
  'output',
  'title',
  'reference',
  'authority',
  'contact',
  'type',
  'description',
  'level',
  'lang',
  'date',
  'meta',
  'template',
  'packs',
  'rules',
  'exclude',
  'kinds',
  'stages',
  'format',
  'answerForm',
  'annex',
];

const isMetaColumn = (name: string): name is MetaColumn => Object.hasOwn(META_COLUMNS, name);

/** A CSV manifest, converted; `places[i]` is where row i starts. */
export interface CsvManifest {
  data?: ManifestData;
  problems: ManifestProblem[];
  places: ManifestPlace[];
}

/** Converts one row into a manifest entry, leaving out empty cells. */
function rowToEntry(header: string[], cells: string[]): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  const meta: Record<string, Record<string, string>> = {};
  header.forEach((name, i) => {
    const value = (cells[i] ?? '').trim();
    if (value === '') return;
    if (isMetaColumn(name)) {
      const [group, key] = META_COLUMNS[name];
      (meta[group] ??= {})[key] = value;
    } else if ((LIST_COLUMNS as readonly string[]).includes(name)) {
      entry[name] = value
        .split(/[;,]/)
        .map((v) => v.trim())
        .filter(Boolean);
    } else {
      entry[name] = value;
    }
  });
  if (Object.keys(meta).length > 0) entry.meta = meta;
  return entry;
}

/** The column an ajv error about `/tenders/0/...` concerns. */
function columnOf(e: ErrorObject): string {
  const path = e.instancePath.split('/').slice(3);
  if (e.keyword === 'required' && path.length === 0) return String(e.params.missingProperty);
  const [field, group, key] = path;
  if (field === 'meta' && group !== undefined && key !== undefined) {
    const found = Object.entries(META_COLUMNS).find(([, [g, k]]) => g === group && k === key);
    if (found) return found[0];
  }
  return field ?? 'output';
}

/** Parses and validates a CSV plan. `shown` is the file name used in messages. */
export async function parseCsvManifest(shown: string, source: string, lang: Lang): Promise<CsvManifest> {
  const problem = (line: number, message: string, column?: string): ManifestProblem =>
    column === undefined ? { file: shown, line, message } : { file: shown, line, column, message };
  let table;
  try {
    table = parseCsv(source);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    const text =
      e.code === 'unterminated-quote'
        ? MANIFEST.csvUnterminated
        : e.code === 'text-after-quote'
          ? MANIFEST.csvTextAfterQuote
          : MANIFEST.csvEmpty;
    return {
      problems: [problem(e.line, fmt(lang, text, { header: 'output,title,reference,authority,level,lang' }))],
      places: [],
    };
  }

  const problems: ManifestProblem[] = [];
  const headLine = table.header.line;
  const header = table.header.cells.map((c) => c.trim().toLowerCase());
  header.forEach((name, i) => {
    if (!CSV_COLUMNS.includes(name))
      problems.push(
        problem(
          headLine,
          fmt(lang, MANIFEST.csvUnknownColumn, { known: CSV_COLUMNS.join(', ') }),
          name || String(i + 1),
        ),
      );
    else if (header.indexOf(name) !== i) problems.push(problem(headLine, fmt(lang, MANIFEST.csvDuplicateColumn), name));
  });
  if (!header.includes('output')) problems.push(problem(headLine, fmt(lang, MANIFEST.csvNoOutput)));
  if (problems.length > 0) return { problems, places: [] };
  if (table.records.length === 0) return { problems: [problem(headLine, fmt(lang, MANIFEST.noTenders))], places: [] };

  const validate = await validatorFor('manifest');
  const tenders: TenderEntry[] = [];
  const places: ManifestPlace[] = [];
  const metaColumns = header.filter(isMetaColumn);
  for (const record of table.records) {
    const line = record.line;
    places.push({ file: shown, line });
    if (record.cells.length > header.length) {
      problems.push(problem(line, fmt(lang, MANIFEST.csvTooManyCells, { n: record.cells.length, m: header.length })));
      continue;
    }
    const entry = rowToEntry(header, record.cells);
    if (entry.output === undefined) {
      problems.push(problem(line, fmt(lang, MANIFEST.csvEmptyOutput), 'output'));
      continue;
    }
    const cell = (name: string) => (record.cells[header.indexOf(name)] ?? '').trim();
    if (cell('meta') !== '' && metaColumns.some((c) => cell(c) !== '')) {
      problems.push(problem(line, fmt(lang, MANIFEST.csvMetaAndColumns, { columns: metaColumns.join(', ') }), 'meta'));
      continue;
    }
    if (!validate({ tenders: [entry] })) {
      for (const e of validate.errors ?? []) {
        if (e.keyword === 'if') continue;
        // Messages name the column, so the data path inside the entry is left out.
        problems.push(problem(line, schemaMessage({ ...e, instancePath: '' }, lang), columnOf(e)));
      }
      continue;
    }
    const late = typeof entry.date === 'string' ? dateProblem(entry.date, lang) : undefined;
    if (late) {
      problems.push(problem(line, late, 'date'));
      continue;
    }
    tenders.push(entry as unknown as TenderEntry);
  }
  return problems.length > 0 ? { problems, places } : { data: { tenders }, problems: [], places };
}
