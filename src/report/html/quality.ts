// The writing-quality rules found (biased words, weak requirements): they have no matrix column,
// so this table is where they are summed up per rule, as the rules table does for requirements.
import { SEVERITY_LABELS } from '../../labels.js';
import type { Finding, Lang, QualityRule, Severity } from '../../types.js';
import { esc } from './escape.js';
import type { HtmlLabels } from './labels.js';
import type { Matrix } from './model.js';

/**
 * Fragment id of a writing-quality rule's row. A plain id is used as it is; any other is written
 * out in hex, so the details can link to the row knowing nothing but the id.
 */
export function qualityAnchor(id: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) ? `w-${id}` : `w-x${Buffer.from(id, 'utf8').toString('hex')}`;
}

interface Found {
  id: string;
  kind: 'language' | 'weak';
  severity: Severity;
  occurrences: number;
  documents: number;
}

/** Each writing-quality rule with a finding: most frequent first, then by id. */
function found(m: Matrix): Found[] {
  const byId = new Map<string, Found>();
  for (const row of m.rows) {
    const seen = new Set<string>();
    for (const f of row.file.findings) {
      if (!isQuality(f)) continue;
      const entry = byId.get(f.ruleId) ?? {
        id: f.ruleId,
        kind: f.kind,
        severity: f.severity,
        occurrences: 0,
        documents: 0,
      };
      entry.occurrences++;
      if (!seen.has(f.ruleId)) entry.documents++;
      seen.add(f.ruleId);
      byId.set(f.ruleId, entry);
    }
  }
  return [...byId.values()].sort((a, b) => b.occurrences - a.occurrences || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const isQuality = (f: Finding): f is Finding & { kind: 'language' | 'weak' } =>
  f.kind === 'language' || f.kind === 'weak';

/** The table of writing-quality rules found, or a line saying there were none. */
export function qualityTable(m: Matrix, rules: readonly QualityRule[], lang: Lang, w: HtmlLabels): string {
  const list = found(m);
  if (list.length === 0) return `<p class="empty">${esc(w.noQuality)}</p>`;
  const meta = new Map(rules.map((r) => [r.id, r]));
  const head = [w.ruleId, w.ruleTitle, w.pack, w.findingKind, w.severity, w.occurrences, w.inDocuments]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  const rows = list.map((q) => {
    const r = meta.get(q.id);
    return (
      `<tr id="${qualityAnchor(q.id)}" data-q="${q.kind}"><td><code>${esc(q.id)}</code></td>` +
      `<td>${esc(r?.title[lang] ?? '')}</td>` +
      `<td>${esc(r?.pack ?? '')}</td><td>${esc(q.kind === 'language' ? w.language : w.weak)}</td>` +
      `<td><span class="badge s-${q.severity}">${esc(SEVERITY_LABELS[q.severity][lang])}</span></td>` +
      `<td class="num">${q.occurrences}</td><td class="num">${q.documents}</td></tr>`
    );
  });
  return (
    `<p class="note">${esc(w.qualityIntro)}</p>` +
    `<div class="scroll"><table class="rules quality"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody>` +
    `</table></div>`
  );
}
