// The table at the end of a batch (tender, output, rules, warnings, status) and the plan a dry
// run prints: plain text for standard output, one row per tender in manifest order.
import { fmt } from '../i18n.js';
import { printable } from '../report/printable.js';
import type { Lang } from '../types.js';
import type { BatchReport, TenderOutcome } from './index.js';
import { STATUS, SUMMARY } from './messages.js';

/** Columns padded to their widest cell; numbers right-aligned. */
export function textTable(head: string[], cells: string[][], right: ReadonlySet<number> = new Set()): string {
  // Titles, names and errors come from the manifest and its files: printed, never obeyed.
  const rows = cells.map((r) => r.map((c) => printable(c)));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Counts of each status. */
export function tally(outcomes: readonly TenderOutcome[]): Record<TenderOutcome['status'], number> {
  const n = { written: 0, unchanged: 0, kept: 0, failed: 0, planned: 0 };
  for (const o of outcomes) n[o.status]++;
  return n;
}

/** The summary table and a totals line. */
export function summaryText(report: BatchReport, lang: Lang, seconds: number): string {
  const s = SUMMARY;
  const rows = report.outcomes.map((o) => [
    o.title ?? '—',
    o.output,
    o.rules === undefined ? '—' : String(o.rules),
    String(o.warnings.length),
    STATUS[o.status][lang],
  ]);
  const table = textTable([s.tender[lang], s.output[lang], s.rules[lang], s.warnings[lang], s.status[lang]], rows, new Set([2, 3]));
  const n = tally(report.outcomes);
  const totals = fmt(lang, s.totals, { n: report.outcomes.length, written: n.written, unchanged: n.unchanged, kept: n.kept, failed: n.failed, seconds: seconds.toFixed(1) });
  return `${table}\n\n${totals}\n`;
}

/** What a dry run would do, tender by tender. */
export function planText(report: BatchReport, lang: Lang, force: boolean): string {
  const s = SUMMARY;
  const rows = report.tenders.map((t, i) => {
    const o = report.outcomes[i]!;
    const meta = t.meta.map((m) => ('inline' in m ? s.inline[lang] : m.shown)).join(' + ') || s.none[lang];
    const status = o.status === 'failed' ? `${STATUS.failed[lang]}: ${o.error ?? ''}` : o.exists ? (force ? s.overwrite[lang] : s.exists[lang]) : s.new[lang];
    return [o.title ?? '—', t.output, t.format, t.level ?? 'base', t.lang, t.template?.shown ?? s.builtin[lang], meta, status];
  });
  const head = [s.tender, s.output, s.format, s.level, s.lang, s.template, s.meta, s.status].map((h) => h[lang]);
  return `${textTable(head, rows)}\n\n${fmt(lang, s.dryRun, { n: rows.length })}\n`;
}
