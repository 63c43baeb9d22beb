// What `evaluate` prints on a terminal: per tenderer its counts, every reservation with its quote
// first (they decide rejection), then what is unmet; the summary and what the exit code means.
import { basename } from 'node:path';
import { fmt } from '../../i18n.js';
import { EVALUATE_LABELS, placeText } from '../labels.js';
import { exitCodeOf, summaryOf } from '../summary.js';
import type { EvaluationResult, Status } from '../types.js';
import { points } from '../numbers.js';

/** Quotes on a terminal: guillemets in Swedish, where ” and “ would look alike in a monospace font. */
const QUOTE = { sv: '«{text}»', en: '“{text}”' } as const;

const UNMET: ReadonlySet<Status> = new Set(['not-answered', 'attachment-missing']);

export function evaluationText(r: EvaluationResult): string {
  const l = EVALUATE_LABELS[r.lang];
  const out: string[] = [];
  if (r.confidential) out.push(l.confidential, '');
  const q = (text: string) => fmt(r.lang, QUOTE, { text });
  for (const t of r.tenderers) {
    out.push(t.name === t.id ? t.id : `${t.name} (${t.id})`);
    for (const p of t.problems) out.push(`  ! ${basename(p.file)}: ${p.message}`);
    if (!t.cells) {
      out.push(`  ${l.unusable}`, '');
      continue;
    }
    const counts = Object.fromEntries(Object.keys(l.statuses).map((s) => [s, 0])) as Record<Status, number>;
    for (const c of t.cells) counts[c.status]++;
    out.push(`  ${l.counts(counts)}`);
    t.cells.forEach((c, i) => {
      const req = r.tender.requirements[i]!;
      if (c.status === 'reservation') {
        out.push(
          `  ${l.marks.reservation} ${req.label} [${req.ruleId}] ${l.statuses.reservation} (` +
            `${l.reservationKinds[c.reservation!.kind]}: ${c.reservation!.words})`,
        );
        if (c.quote) out.push(`      ${q(c.quote.text)}`, `      ${placeText(c.quote.place, r.lang, basename)}`);
      } else if (UNMET.has(c.status) && (req.mandatory || c.status === 'not-answered')) {
        out.push(`  ${l.marks[c.status]} ${req.label} [${req.ruleId}] ${l.statuses[c.status]}`);
      }
    });
    for (const lr of t.looseReservations)
      out.push(
        `  ${l.marks.reservation} ${l.looseReservations}: ${q(lr.text)}`,
        `      ${placeText(lr.place, r.lang, basename)}`,
      );
    for (const n of t.notes) out.push(`  ${n}`);
    const s = r.scores?.tenderers.find((x) => x.id === t.id);
    if (s) {
      const value =
        s.total !== null ? `${l.total} ${points(s.total, r.lang)}` : `${l.deductions} ${points(s.deductions, r.lang)}`;
      out.push(`  ${value}${s.rank !== null ? `, ${l.rank.toLowerCase()} ${s.rank}` : ''}`);
    }
    out.push('');
  }
  for (const p of r.problems) out.push(`! ${p.file}: ${p.message}`);
  const sum = summaryOf(r);
  out.push(`${l.counts(sum.byStatus)} (${sum.evaluated}/${sum.tenderers} ${l.tenderer.toLowerCase()})`);
  out.push(l.exit[exitCodeOf(r)]);
  return `${out.join('\n')}\n`;
}
