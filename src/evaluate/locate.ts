// Where a bid's own documents answer each requirement. First by name: a heading, a table row or
// a paragraph that names the requirement (its label "Krav 3", its rule id, or a heading with its
// title), whose answer is what follows it (or the row's other cells). What no document names is
// looked for by its topic afterwards (see evidence.ts).
import { LABELS } from '../generate/labels.js';
import type { Block, Document } from '../types.js';
import { wordsOf } from './phrases.js';
import type { Requirement, Tender } from './types.js';

/** An answer found in a document: the blocks that hold it, with the label cut off. */
export interface Passage {
  doc: Document;
  blocks: Block[];
  via: 'label' | 'evidence';
  /** Indices (0-based) of the document's blocks the passage uses, so they are not read twice. */
  used: number[];
}

/** The words that start a requirement's label in either language ("krav", "award criterion"). */
const LABEL_WORDS = [
  ...new Set(
    Object.values(LABELS)
      .flatMap((l) => [l.requirement, l.awardCriterion])
      .concat(['Tilldelningskriterium', 'Criterion']),
  ),
].map((w) => wordsOf(w));

/** The requirement numbers a text names by label within its first `window` words ("Krav 3", "3.1 Requirement 12:"). */
function labelNumbers(words: readonly string[], window: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(words.length, window); i++) {
    for (const lw of LABEL_WORDS) {
      if (lw.every((w, k) => words[i + k] === w) && /^\d{1,3}$/.test(words[i + lw.length] ?? ''))
        out.push(Number(words[i + lw.length]));
    }
  }
  return out;
}

/** What a block names: requirement indices into `tender.requirements`. */
function namedBy(block: Block, tender: Tender, titles: readonly string[][]): number[] {
  const text = block.text;
  const words = wordsOf(text);
  const found = new Set<number>();
  tender.requirements.forEach((r, i) => {
    if (text.includes(r.ruleId)) found.add(i);
  });
  const window = block.kind === 'paragraph' || block.kind === 'list-item' ? 3 : 8;
  for (const n of labelNumbers(words, window)) {
    const i = tender.requirements.findIndex((r) => r.number === n);
    if (i >= 0) found.add(i);
  }
  // A heading or a cell that is the requirement's title (a bid that restates the titles only).
  if (found.size === 0 && (block.kind === 'heading' || block.kind === 'table-cell') && words.length <= 24) {
    titles.forEach((t, i) => {
      if (t.length >= 2 && containsRun(words, t)) found.add(i);
    });
  }
  return [...found];
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

/** The block without the label that names it: "Krav 3 (diskrl3.pay): Vi accepterar." → "Vi accepterar." */
export function withoutLabel(block: Block, r: Requirement): Block {
  const label = new RegExp(
    `^\\s*(?:[\\d.]+\\s+)?(?:${LABEL_WORDS.map((w) => w.join('\\s+')).join('|')})\\s+${r.number}` +
      `\\b\\s*(?:[[(][a-z0-9.-]+[\\])])?\\s*[:.–—-]?\\s*`,
    'iu',
  );
  let text = block.text.replace(label, '');
  text = text.replace(new RegExp(`^\\s*[\\[(]?${r.ruleId.replace(/\./g, '\\.')}[\\])]?\\s*[:–—-]?\\s*`), '');
  text = withoutTitle(text, r);
  return text === block.text ? block : { ...block, text };
}

/**
 * Text without the requirement's title in front: a table row a PDF gives as lines ("Samma
 * jämställdhetsansvar … Ja").
 */
function withoutTitle(text: string, r: Requirement): string {
  return text.startsWith(r.title) ? text.slice(r.title.length).replace(/^\s*[:–—-]?\s*/, '') : text;
}

/**
 * The passages a document's own structure gives each requirement, by requirement index. A
 * requirement named twice takes the first place; a block naming two requirements (a summary)
 * gives neither.
 */
export function labelPassages(doc: Document, tender: Tender): Map<number, Passage> {
  const titles = tender.requirements.map((r) => wordsOf(r.title));
  const blocks = doc.blocks;
  const names = blocks.map((b) => namedBy(b, tender, titles));
  const out = new Map<number, Passage>();
  for (let i = 0; i < blocks.length; i++) {
    const named = names[i]!;
    if (named.length !== 1) continue;
    const req = named[0]!;
    if (out.has(req)) continue;
    const b = blocks[i]!;
    const used = [i];
    const answer: Block[] = [];
    if (b.kind === 'table-cell' && b.table) {
      // The row's other cells answer; a cell that names another requirement ends nothing, it is simply not an answer.
      const { id, row } = b.table;
      for (let j = 0; j < blocks.length; j++) {
        const c = blocks[j]!;
        if (j === i || c.kind !== 'table-cell' || c.table?.id !== id || c.table.row !== row) continue;
        if (names[j]!.length > 0) continue;
        answer.push(c);
        used.push(j);
      }
    } else {
      if (b.kind !== 'heading') {
        const rest = withoutLabel(b, tender.requirements[req]!);
        if (rest.text.trim() !== '') answer.push(rest);
      }
      for (let j = i + 1; j < blocks.length; j++) {
        const c = blocks[j]!;
        if (names[j]!.length > 0) break;
        if (c.kind === 'heading' && (b.kind !== 'heading' || (c.level ?? 1) <= (b.level ?? 1))) break;
        const rest = withoutTitle(c.text, tender.requirements[req]!);
        if (rest.trim() !== '') answer.push(rest === c.text ? c : { ...c, text: rest });
        used.push(j);
      }
    }
    out.set(req, { doc, blocks: answer, via: 'label', used });
  }
  return out;
}
