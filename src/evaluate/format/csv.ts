// The matrix as CSV for a spreadsheet: one row per tenderer × requirement, with the quote and
// where it stands, and the committee's score on award criteria where one is given. Cells that
// start like a formula are quoted with a leading apostrophe, so a spreadsheet never runs a bid's text.
import { EVALUATE_LABELS, placeText } from '../labels.js';
import type { EvaluationResult } from '../types.js';

const HEADER = [
  'tenderer',
  'name',
  'org_number',
  'number',
  'rule_id',
  'title',
  'kind',
  'mandatory',
  'status',
  'status_text',
  'source',
  'quote',
  'place',
  'reservation',
  'attachment',
  'notes',
  'score',
  'points',
];

/** A CSV field: quoted when it holds a delimiter, quote or line break; a formula-like start neutralised. */
function field(v: string | number | null | undefined): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function evaluationCsv(r: EvaluationResult): string {
  const l = EVALUATE_LABELS[r.lang];
  const lines = [HEADER.join(',')];
  // The notice stands first, where a spreadsheet shows it above the table (not with --public).
  if (r.confidential) lines.unshift(field(l.confidential));
  for (const t of r.tenderers) {
    const score = r.scores?.tenderers.find((s) => s.id === t.id);
    r.tender.requirements.forEach((req, i) => {
      const c = t.cells?.[i];
      const line = score?.lines.find((x) => x.ruleId === req.ruleId);
      lines.push(
        [
          t.id,
          t.name,
          t.orgNumber,
          req.number,
          req.ruleId,
          req.title,
          req.kind,
          req.mandatory ? 'yes' : 'no',
          c?.status ?? 'unusable',
          c ? l.statuses[c.status] : l.unusable,
          c?.source ?? '',
          c?.quote?.text ?? '',
          c?.quote ? placeText(c.quote.place, r.lang) : '',
          c?.reservation?.words ?? '',
          c?.attachment ?? '',
          c?.notes.join('; ') ?? '',
          line?.score ?? '',
          line?.points ?? line?.deduction ?? '',
        ]
          .map(field)
          .join(','),
      );
    });
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
