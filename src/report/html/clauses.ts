// What a missing requirement says, each once: every document that misses a rule gets the same
// message and suggested clause, and printing them in full each time filled most of a printed
// report (466 A4 pages for 201 documents). The details refer here instead, in print.
import type { Finding, Lang } from '../../types.js';
import { esc } from './escape.js';
import type { HtmlLabels } from './labels.js';
import { ruleId, type Column, type Matrix } from './model.js';

export interface Clause {
  /** Fragment id, `k-diskrl3.pay` (or `k-diskrl3.pay-2` for a rule's second distinct text). */
  id: string;
  col: Column;
  message: string;
  suggestion: string | undefined;
}

/** Distinct messages and suggestions by rule, in column order, and a lookup for a cell's finding. */
export interface Clauses {
  list: Clause[];
  of: (col: Column, finding: Finding) => Clause | undefined;
}

const key = (f: Pick<Finding, 'message' | 'suggestion'>): string => `${f.message}\u0000${f.suggestion ?? ''}`;

/** Collects every distinct message and suggestion of the matrix's missing cells. */
export function collectClauses(m: Matrix): Clauses {
  const byRule = new Map<Column, Map<string, Clause>>(m.columns.map((col) => [col, new Map()]));
  for (const row of m.rows) {
    row.cells?.forEach((cell, j) => {
      const col = m.columns[j];
      const f = cell.finding;
      const texts = col && byRule.get(col);
      if (!f || !texts || texts.has(key(f))) return;
      const id = `k-${col.anchor}${texts.size === 0 ? '' : `-${texts.size + 1}`}`;
      texts.set(key(f), { id, col, message: f.message, suggestion: f.suggestion });
    });
  }
  return {
    list: [...byRule.values()].flatMap((texts) => [...texts.values()]),
    of: (col, finding) => byRule.get(col)?.get(key(finding)),
  };
}

/** The section's content: per rule, what is missing and the clause to add. */
export function clausesList(c: Clauses, lang: Lang, w: HtmlLabels): string {
  const items = c.list.map(
    (k) =>
      `<li id="${k.id}"><a class="rid" href="#${ruleId(k.col)}">${esc(k.col.rule.id)}</a> ` +
      `<b>${esc(k.col.rule.title[lang])}</b>` +
      `<p>${esc(k.message)}</p>${k.suggestion === undefined ? '' : `<blockquote>${esc(k.suggestion)}</blockquote>`}` +
      `</li>`,
  );
  return `<p class="note">${esc(w.clausesIntro)}</p><ol class="clauses">${items.join('')}</ol>`;
}
