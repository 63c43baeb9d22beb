// What the weak checks look at around a requirement: its neighbourhood, its award context, and
// which words a text holds. Shared by the check kinds; no word or rule id is named here.
import { normaliseText, tokenise } from '../../match/index.js';
import type { Block, Rule } from '../../types.js';
import { findTerm, type TermList } from '../terms.js';

/** The tokens of a text (normalised, lower case). */
export type Tokens = (text: string) => string[];

/**
 * The tokens of a text, each text tokenised once per document: the checks look at the same
 * blocks (a requirement's neighbours, every block for follow-up) again and again.
 */
export function tokenCache(): Tokens {
  const cache = new Map<string, string[]>();
  return (text) => {
    let words = cache.get(text);
    if (!words) {
      words = tokenise(normaliseText(text));
      cache.set(text, words);
    }
    return words;
  };
}

/** The first term of a list in any of some texts: the word as written (lower case), or the phrase. */
export type TermFinder = (texts: readonly string[], list: TermList) => string | null;

/**
 * A term finder for one document, remembering each list's answer per text: requirements in one
 * section share headings and neighbours, and two checks may read the same list (the award
 * context), so most texts are asked about more than once.
 */
export function termFinder(): TermFinder {
  const tokens = tokenCache();
  const answers = new Map<TermList, Map<string, string | null>>();
  const inText = (text: string, list: TermList): string | null => {
    let byText = answers.get(list);
    if (!byText) answers.set(list, (byText = new Map()));
    let answer = byText.get(text);
    if (answer === undefined) {
      const words = tokens(text);
      const found = findTerm(words, list);
      answer = found ? (found.term.includes(' ') ? found.term : (words[found.at] ?? found.term)) : null;
      byText.set(text, answer);
    }
    return answer;
  };
  return (texts, list) => {
    for (const text of texts) {
      const answer = inText(text, list);
      if (answer !== null) return answer;
    }
    return null;
  };
}

const isLeadIn = (block: Block | undefined): block is Block => block?.text.trimEnd().endsWith(':') === true;

/** The lead-in a list item or table cell stands under (the block before, ending in `:`), if any. */
export function leadIn(blocks: readonly Block[], at: number): Block | undefined {
  const block = blocks[at]!;
  const before = blocks[at - 1];
  return isLeadIn(before) && (block.kind === 'list-item' || block.table) ? before : undefined;
}

/** The blocks a requirement may lean on: its lead-in, the next two blocks, its list or table. */
export function neighbourhood(blocks: readonly Block[], at: number): Block[] {
  const block = blocks[at]!;
  const out = new Set<Block>([block]);
  for (let k = at + 1; k <= at + 2 && k < blocks.length; k++) out.add(blocks[k]!);
  const before = blocks[at - 1];
  if (isLeadIn(before)) out.add(before);
  if (block.kind === 'list-item') {
    let from = at;
    while (from > 0 && blocks[from - 1]!.kind === 'list-item') from--;
    let to = at;
    while (to + 1 < blocks.length && blocks[to + 1]!.kind === 'list-item') to++;
    for (let k = from; k <= to; k++) out.add(blocks[k]!);
    const lead = blocks[from - 1];
    if (isLeadIn(lead)) out.add(lead);
  }
  if (block.table) {
    for (const b of blocks) if (b.table?.id === block.table.id) out.add(b);
  }
  return [...out];
}

/** The texts that make a requirement an award criterion: it, its headings, lead-in and table header. */
export function awardContext(blocks: readonly Block[], at: number, unit: string): string[] {
  const block = blocks[at]!;
  const texts = [unit, block.text, ...block.headingPath];
  const before = blocks[at - 1];
  if (isLeadIn(before)) texts.push(before.text);
  if (block.table) for (const b of blocks) if (b.table?.id === block.table.id && b.table.row === 1) texts.push(b.text);
  return texts;
}

/** Whether every level of the rule is an award criterion (where a "bör" is how it is asked). */
export function onlyAward(rule: Rule): boolean {
  return Object.values(rule.levels).every((c) => c === undefined || c.kind === 'award-criterion');
}
