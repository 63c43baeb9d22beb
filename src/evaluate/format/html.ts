// The evaluation as one self-contained HTML page: tenderers × requirements with a filter by
// status, every cell linked to the quoted sentence it rests on, reservations first. No external
// assets and a CSP that forbids every load: only the inlined style and script run, by hash.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { fmt, QUOTED } from '../../i18n.js';
import { esc } from '../../report/html/escape.js';
import { EVALUATE_LABELS, placeText } from '../labels.js';
import { points, sek } from '../numbers.js';
import { exitCodeOf, summaryOf } from '../summary.js';
import { STATUSES, type EvaluationResult } from '../types.js';
import { EVALUATE_SCRIPT, EVALUATE_STYLES } from './html-assets.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const CSP = [
  "default-src 'none'",
  `style-src ${hash(EVALUATE_STYLES)}`,
  `script-src ${hash(EVALUATE_SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A fragment id for tenderer `t`'s cell of requirement `i`: positional, so no bid text reaches an id. */
const cellId = (t: number, i: number) => `t${t + 1}-r${i + 1}`;

export function evaluationHtml(r: EvaluationResult): string {
  const l = EVALUATE_LABELS[r.lang];
  const reqs = r.tender.requirements;
  const sum = summaryOf(r);
  const q = (text: string) => fmt(r.lang, QUOTED, { text });

  const head = `<tr><th class="who" scope="col">${esc(l.tenderer)}</th>${reqs
    .map(
      (req) =>
        `<th class="req" scope="col" title="${esc(`${req.label}: ${req.title}`)}">` +
        `<span class="rid">${esc(req.label)}</span></th>`,
    )
    .join('')}</tr>`;
  const body = r.tenderers
    .map((t, ti) => {
      const who = `<th class="who" scope="row"><a href="#t${ti + 1}">${esc(t.name)}</a></th>`;
      if (!t.cells) return `<tr>${who}<td class="unusable" colspan="${reqs.length}">${esc(l.unusable)}</td></tr>`;
      const cells = t.cells
        .map(
          (c, i) =>
            `<td class="s ${c.status}" data-s="${c.status}">` +
            `<a href="#${cellId(ti, i)}" title="${esc(`${reqs[i]!.label}: ${l.statuses[c.status]}`)}">` +
            `${esc(l.marks[c.status])}<span hidden>${esc(l.statuses[c.status])}</span></a></td>`,
        )
        .join('');
      return `<tr>${who}${cells}</tr>`;
    })
    .join('\n');
  const filters =
    `<form id="filters" class="filters" hidden><span>${esc(l.filter)}:</span>` +
    STATUSES.map(
      (s) =>
        `<label><input type="checkbox" name="status" value="${s}" checked> ${esc(l.marks[s])} ${esc(l.statuses[s])}` +
        `</label>`,
    ).join('') +
    `<span class="muted">(<span id="shown">${r.tenderers.length}</span>/${r.tenderers.length})</span></form>`;
  const legend =
    `<p class="legend">` +
    `${STATUSES.map((s) => `<span><b class="${s}">${esc(l.marks[s])}</b> ${esc(l.statuses[s])}</span>`).join('')}` +
    `</p>`;

  const details = r.tenderers
    .map((t, ti) => {
      let out =
        `<section id="t${ti + 1}"><h3>${esc(t.name)}` +
        `${t.name !== t.id ? ` <span class="muted">(${esc(t.id)})</span>` : ''}</h3>`;
      if (t.orgNumber) out += `<p>${esc(l.orgNumber)}: ${esc(t.orgNumber)}</p>`;
      out +=
        `<p class="muted">${esc(l.files)}: ` +
        `${esc(t.files.map((f) => `${basename(f.path)} (${l.files_roles[f.role]})`).join('; '))}</p>`;
      for (const p of t.problems) out += `<p class="flag">! ${esc(basename(p.file))}: ${esc(p.message)}</p>`;
      for (const n of t.notes) out += `<p>${esc(n)}</p>`;
      for (const lr of t.looseReservations)
        out +=
          `<p class="flag">${esc(l.marks.reservation)} ${esc(l.looseReservations)}: ${esc(q(lr.text))} ` +
          `<span class="muted">(${esc(placeText(lr.place, r.lang, basename))})</span></p>`;
      if (t.cells) {
        out +=
          `<table class="cells"><thead><tr><th>${esc(l.requirement)}</th><th>${esc(l.status)}</th>` +
          `<th>${esc(l.quote)}</th><th>${esc(l.notes)}</th></tr></thead><tbody>`;
        out += t.cells
          .map((c, i) => {
            const req = reqs[i]!;
            const status =
              `${esc(l.marks[c.status])} ${esc(l.statuses[c.status])}` +
              (c.reservation
                ? `<br><span class="flag">${esc(l.reservationKinds[c.reservation.kind])}: ` +
                  `${esc(c.reservation.words)}</span>`
                : '');
            const quote = c.quote
              ? `<blockquote>${esc(q(c.quote.text))}</blockquote>` +
                `<span class="muted">${esc(placeText(c.quote.place, r.lang, basename))}</span>`
              : '–';
            let notes = [...(c.attachment ? [`${l.attachment}: ${c.attachment}`] : []), ...c.notes]
              .map((n) => esc(n))
              .join('<br>');
            if (req.evaluation) {
              notes +=
                `${notes ? '<br>' : ''}<details><summary>${esc(l.guide)} (${esc(req.evaluation.weightText)})` +
                `</summary><ol start="0">` +
                `${req.evaluation.steps.map((s) => `<li value="${s.score}">${esc(s.text)}</li>`).join('')}</ol>` +
                `</details>`;
              const line = r.scores?.tenderers.find((x) => x.id === t.id)?.lines.find((x) => x.ruleId === req.ruleId);
              if (line)
                notes += `<br>${esc(l.score)}: ${esc(line.arithmetic)}${line.reason ? ` — ${esc(line.reason)}` : ''}`;
            }
            return (
              `<tr id="${cellId(ti, i)}" class="${c.status}" data-s="${c.status}"><td>` +
              `<span class="rid">${esc(req.label)}</span> ${esc(req.title)}</td><td>${status}</td><td>${quote}</td>` +
              `<td>${notes}</td></tr>`
            );
          })
          .join('\n');
        out += '</tbody></table>';
      } else out += `<p>${esc(l.unusable)}</p>`;
      return `${out}</section>`;
    })
    .join('\n');

  let result = '';
  if (r.scores) {
    const name = (id: string) => r.tenderers.find((t) => t.id === id)?.name ?? id;
    result =
      `<section><h2>${esc(l.result)}</h2><p>${esc(l.resultLead)} (${esc(l.rankBy[r.scores.rankBy])})</p>` +
      `<table class="cells"><thead><tr><th>${esc(l.tenderer)}</th><th>${esc(l.qualityPoints)}</th>` +
      `<th>${esc(l.deductions)}</th><th>${esc(l.comparisonPrice)}</th><th>${esc(l.total)}</th><th>${esc(l.rank)}` +
      `</th></tr></thead><tbody>` +
      r.scores.tenderers
        .map(
          (s) =>
            `<tr><td>${esc(name(s.id))}<details><summary>…` +
            `</summary>${s.arithmetic.map((a) => `<div>${esc(a)}</div>`).join('')}</details></td>` +
            `<td>${esc(points(s.qualityPoints, r.lang))}</td><td>${esc(sek(s.deductions, r.lang))}</td>` +
            `<td>${s.comparisonPrice !== null ? esc(sek(s.comparisonPrice, r.lang)) : '–'}</td>` +
            `<td>${s.total !== null ? esc(points(s.total, r.lang)) : '–'}</td>` +
            `<td>${s.rank ?? esc(`${l.missingScores} ${s.missing.join(', ')}`)}</td></tr>`,
        )
        .join('') +
      '</tbody></table></section>';
  }
  const problems = r.problems.length
    ? `<section><h2>${esc(l.problems)}</h2>` +
      `${r.problems.map((p) => `<p class="flag">${esc(p.file)}: ${esc(p.message)}</p>`).join('')}</section>`
    : '';
  const tn = r.tender;
  const title = `${l.title}${tn.title ? ` – ${tn.title}` : ''}`;
  return (
    `<!DOCTYPE html>\n<html lang="${r.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="referrer" content="no-referrer">\n<title>${esc(title)}</title>\n<style>${EVALUATE_STYLES}` +
    `</style>\n</head>\n<body>\n` +
    (r.confidential ? `<div class="secret" role="note">${esc(l.confidential)}</div>\n` : '') +
    `<header class="top"><h1>${esc(title)}</h1><p>${esc([tn.reference, tn.authority].filter(Boolean).join(' · '))}` +
    ` · ${esc(l.source)} ${esc(basename(tn.source))}</p></header>\n<main>\n` +
    (r.masked ? `<p class="muted">${esc(l.masked)}</p>` : '') +
    `<section><h2>${esc(l.summary)}</h2><p>${esc(l.summaryLead)}</p><p><strong>${esc(l.counts(sum.byStatus))}` +
    `</strong>. ${esc(l.exit[exitCodeOf(r)])}</p>${filters}${legend}<div class="wrap">` +
    `<table id="matrix" class="matrix"><thead>${head}</thead><tbody>\n${body}\n</tbody></table></div></section>\n` +
    result +
    `<section><h2>${esc(l.tenderer)}</h2>${details}</section>\n${problems}\n</main>\n<script>${EVALUATE_SCRIPT}` +
    `</script>\n</body>\n</html>\n`
  );
}
