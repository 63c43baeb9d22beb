// The contract register as CSV, one contract a row, for registers kept in a spreadsheet. Each row
// is checked against the same schema as a YAML register; problems name the row's line and column.
// Lists (packs) are separated by `;` or `,`; targets are written `leaders:minShare=40; pay-survey:inPeriod`.
import { CsvSyntaxError, parseCsv } from '../csv.js';
import { fmt } from '../i18n.js';
import type { Lang, SourcePos } from '../types.js';
import { validatorFor } from '../yaml/validated.js';
import { schemaMessage } from '../yaml/schema-messages.js';
import { REGISTER } from './messages.js';
import type { Places, RawContract, RawRegister } from './types.js';

export const REGISTER_COLUMNS = [
  'id',
  'title',
  'supplier',
  'sector',
  'start',
  'end',
  'appendix',
  'packs',
  'level',
  'meta',
  'conditions',
  'followupby',
  'period',
  'duedays',
  'targets',
] as const;

/** Column names as the schema's fields (CSV headers are read case-insensitively). */
const FIELD: Record<string, string> = { followupby: 'followUpBy', period: 'reports', duedays: 'reports' };

/** `leaders:minShare=40; pay-survey:inPeriod` → targets, or undefined when a part cannot be read. */
export function parseTargets(cell: string): Record<string, Record<string, number | string | boolean>> | undefined {
  const out: Record<string, Record<string, number | string | boolean>> = {};
  for (const part of cell
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z][a-z0-9-]*):([A-Za-z]+)(?:=(.+))?$/.exec(part);
    if (!m) return undefined;
    const [, id, key, value] = m as unknown as [string, string, string, string | undefined];
    const v: number | string | boolean =
      value === undefined ? true : /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value.trim();
    (out[id] ??= {})[key] = v;
  }
  return out;
}

/** Parses and validates a CSV register. */
export async function parseRegisterCsv(
  text: string,
  lang: Lang,
): Promise<{ raw?: RawRegister; places: Places; problems: Array<{ pos: SourcePos; message: string }> }> {
  const problems: Array<{ pos: SourcePos; message: string }> = [];
  const lines: number[] = [];
  const header: string[] = [];
  const places: Places = {
    contract: (i) => ({ line: lines[i] ?? 1, col: 1 }),
    field: (i, field) => {
      const col = header.findIndex((h) => (FIELD[h] ?? h) === field || h === field.toLowerCase());
      return { line: lines[i] ?? 1, col: col < 0 ? 1 : col + 1 };
    },
  };
  let table;
  try {
    table = parseCsv(text);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    return {
      places,
      problems: [{ pos: { line: e.line, col: 1 }, message: fmt(lang, REGISTER.csvSyntax, { code: e.code }) }],
    };
  }
  header.push(...table.header.cells.map((c) => c.trim().toLowerCase()));
  header.forEach((name, i) => {
    if (!(REGISTER_COLUMNS as readonly string[]).includes(name))
      problems.push({
        pos: { line: table.header.line, col: i + 1 },
        message: fmt(lang, REGISTER.csvColumn, { name, known: REGISTER_COLUMNS.join(', ') }),
      });
  });
  if (problems.length > 0) return { places, problems };
  const validate = await validatorFor('register');
  const contracts: RawContract[] = [];
  for (const record of table.records) {
    const index = lines.length;
    lines.push(record.line);
    const cell = (name: string) => (record.cells[header.indexOf(name)] ?? '').trim();
    const entry: Record<string, unknown> = {};
    const reports: Record<string, unknown> = {};
    for (const name of header) {
      const v = cell(name);
      if (v === '') continue;
      if (name === 'packs')
        entry.packs = v
          .split(/[;,]/)
          .map((p) => p.trim())
          .filter(Boolean);
      else if (name === 'conditions') entry.conditions = !/^(nej|no|false|0)$/i.test(v);
      else if (name === 'period') reports.period = v;
      else if (name === 'duedays') reports.dueDays = /^\d+$/.test(v) ? Number(v) : v;
      else if (name === 'targets') {
        const targets = parseTargets(v);
        if (!targets)
          problems.push({ pos: places.field(index, 'targets'), message: fmt(lang, REGISTER.csvTargets, { value: v }) });
        else entry.targets = targets;
      } else entry[FIELD[name] ?? name] = v;
    }
    if (Object.keys(reports).length > 0) entry.reports = reports;
    if (!validate({ contracts: [entry] })) {
      for (const e of validate.errors ?? []) {
        if (e.keyword === 'if') continue;
        const field =
          e.instancePath.split('/')[3] ?? (e.keyword === 'required' ? String(e.params.missingProperty) : 'id');
        problems.push({
          pos: places.field(index, field),
          message: `${field}: ${schemaMessage({ ...e, instancePath: '' }, lang)}`,
        });
      }
      continue;
    }
    contracts.push(entry as unknown as RawContract);
  }
  if (table.records.length === 0)
    problems.push({ pos: { line: table.header.line, col: 1 }, message: fmt(lang, REGISTER.noContracts) });
  return problems.length > 0 ? { places, problems } : { raw: { contracts }, places, problems };
}
