// The yearly report as CSV, for suppliers who report from a spreadsheet: one row per field, the
// key first and the value last (the reader takes those two columns by position, so a translated
// header or an added column does no harm). `;`-separated, as Swedish Excel opens it.
import type { Lang } from '../types.js';
import type { AskedIndicator } from './indicators.js';
import { LABELS } from './labels.js';
import { fieldsOf, reportKey, SUBMITTED_KEY } from './report-keys.js';
import type { Period } from './schedule.js';
import type { ContractEntry } from './types.js';

export const CONTRACT_KEY = 'jamkrav:report:contract';
export const PERIOD_KEY = 'jamkrav:report:period';

function quote(cell: string): string {
  // A leading = + - @ would start a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderReportCsv(
  entry: ContractEntry,
  period: Period,
  asked: readonly AskedIndicator[],
  lang: Lang,
): string {
  const l = LABELS[lang].form;
  const rows: string[][] = [
    [...l.csvHeaders],
    [CONTRACT_KEY, l.contract, '', entry.id],
    [PERIOD_KEY, l.period, '', period.label],
    [SUBMITTED_KEY, l.submitted, l.kindValue.date, ''],
  ];
  for (const a of asked) {
    for (const f of fieldsOf(a.def.kind)) {
      const label =
        a.def.kind === 'by-sex' ? l.fields[f] : l.kindValue[a.def.kind as Exclude<typeof a.def.kind, 'by-sex'>];
      rows.push([reportKey(a.def.id, f), a.def.title[lang], label, '']);
    }
  }
  return `\ufeff${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
}
