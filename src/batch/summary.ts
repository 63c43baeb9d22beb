// The table at the end of a batch (tender, output, rules, warnings, status) and the plan a dry
// run prints: plain text for standard output (coloured when asked), one row per tender in
// manifest order, and in the plan one more row for each answer form and annex.
import type { ChalkInstance } from 'chalk';
import { fmt } from '../i18n.js';
import { printable } from '../report/printable.js';
import type { Lang } from '../types.js';
import type { BatchReport, OutputFile, OutputRole, TenderOutcome, TenderStatus } from './index.js';
import { paintStatus } from './progress.js';
import { PLAN, STATUS, SUMMARY } from './messages.js';
import type { PlannedTender } from './types.js';

/** Colours a cell once it is padded (so colour codes never count towards a column's width). */
export type CellPaint = (text: string, row: number, col: number) => string;

/** Columns padded to their widest cell; numbers right-aligned; `paint` colours body cells. */
export function textTable(
  head: string[],
  cells: string[][],
  right: ReadonlySet<number> = new Set(),
  paint?: CellPaint,
): string {
  // Titles, names and errors come from the manifest and its files: printed, never obeyed.
  const rows = cells.map((r) => r.map((c) => printable(c)));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const last = head.length - 1;
  const line = (cells: string[], row?: number) =>
    cells
      .map((c, i) => {
        const padded = right.has(i) ? c.padStart(widths[i]!) : i === last ? c : c.padEnd(widths[i]!);
        return row === undefined || !paint || c === '' ? padded : paint(padded, row, i);
      })
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r, i) => line(r, i))].join('\n');
}

/** Counts of each status. */
export function tally(outcomes: readonly TenderOutcome[]): Record<TenderStatus, number> {
  const n = { written: 0, unchanged: 0, kept: 0, failed: 0 };
  for (const o of outcomes) n[o.status]++;
  return n;
}

/** The summary table and a totals line. */
export function summaryText(report: BatchReport, lang: Lang, seconds: number, c: ChalkInstance): string {
  const s = SUMMARY;
  const rows = report.outcomes.map((o) => [
    o.title ?? '—',
    o.output,
    o.rules === undefined ? '—' : String(o.rules),
    String(o.warnings.length),
    STATUS[o.status][lang],
  ]);
  const status = (text: string, row: number, col: number) =>
    col === 4 ? paintStatus(c, report.outcomes[row]!.status, text) : text;
  const table = textTable(
    [s.tender[lang], s.output[lang], s.rules[lang], s.warnings[lang], s.status[lang]],
    rows,
    new Set([2, 3]),
    status,
  );
  const n = tally(report.outcomes);
  const totals = fmt(lang, s.totals, {
    n: report.outcomes.length,
    written: n.written,
    unchanged: n.unchanged,
    kept: n.kept,
    failed: n.failed,
    seconds: seconds.toFixed(1),
  });
  return `${table}\n\n${totals}\n`;
}

/** What the real run would say of one file: new, overwritten, unchanged or kept. */
function predicted(f: OutputFile, lang: Lang): string {
  if (f.status === 'written') return (f.exists ? PLAN.overwrite : PLAN.new)[lang];
  return PLAN[f.status][lang];
}

/** The outputs a tender has, appendix first, with their formats. */
function outputsOf(t: PlannedTender, lang: Lang): Array<{ role: OutputRole; output: string; format: string }> {
  return [
    { role: 'appendix', output: t.output, format: t.format },
    ...(t.answerForm
      ? [{ role: 'answerForm' as const, output: t.answerForm.output, format: `docx (${PLAN.answerForm[lang]})` }]
      : []),
    ...(t.annex
      ? [{ role: 'annex' as const, output: t.annex.output, format: `${t.annex.format} (${PLAN.annex[lang]})` }]
      : []),
  ];
}

/**
 * What a run would do, file by file: a row per tender with its settings, then a row for each
 * answer form and annex it has. The status is the one the real run would report.
 */
export function planText(report: BatchReport, lang: Lang, c: ChalkInstance): string {
  const s = SUMMARY;
  const rows: string[][] = [];
  const states: TenderStatus[] = [];
  report.tenders.forEach((t, i) => {
    const o = report.outcomes[i]!;
    const meta = t.meta.map((m) => ('inline' in m ? s.inline[lang] : m.shown)).join(' + ') || s.none[lang];
    for (const out of outputsOf(t, lang)) {
      const file = o.files?.find((f) => f.role === out.role);
      // A tender that failed has no files; its reason stands on its first row.
      const status = file
        ? predicted(file, lang)
        : out.role === 'appendix' && o.error
          ? `${PLAN.failed[lang]}: ${o.error}`
          : PLAN.failed[lang];
      states.push(file?.status ?? 'failed');
      rows.push(
        out.role === 'appendix'
          ? [
              o.title ?? '—',
              out.output,
              out.format,
              t.level ?? 'base',
              t.lang,
              t.template?.shown ?? s.builtin[lang],
              meta,
              status,
            ]
          : ['', out.output, out.format, '', '', '', '', status],
      );
    }
  });
  const head = [s.tender, s.output, s.format, s.level, s.lang, s.template, s.meta, s.status].map((h) => h[lang]);
  const paint = (text: string, row: number, col: number) => (col === 7 ? paintStatus(c, states[row]!, text) : text);
  const n = tally(report.outcomes);
  const totals = fmt(lang, PLAN.totals, {
    n: report.outcomes.length,
    written: n.written,
    unchanged: n.unchanged,
    kept: n.kept,
    failed: n.failed,
  });
  return `${textTable(head, rows, new Set(), paint)}\n\n${totals}\n`;
}
