// What the ends of wrapped lines tell reflow: whether a line ends a thought, where the right
// margin lies around it, whether a block runs on across a page break, and how a block's lines
// join into its text (hyphenation undone).
import { ABBREVIATIONS } from '../abbreviations.js';
import { joinTexts } from './hyphenation.js';
import type { Label } from './reflow-labels.js';
import type { FlowLine } from './reflow-types.js';

/** A line ends a thought: sentence or clause punctuation, or "; and" / ", eller" before the next item. */
const TERMINAL = /(?:[.!?:;]|[,;]\s?(?:and|or|och|eller|samt))["'”’»)\]]{0,3}$/u;
/** A line that ends in "; and", ", eller": a thought ended only if an item follows. */
const CONJUNCTION_END = /[,;]\s?(?:and|or|och|eller|samt)$/u;
/** Lines either side whose ends estimate the right margin (wide enough to see past a list of short items). */
const WINDOW = 30;
/** Fewer lines than this near a line: its margin is the longest of them, not the second longest. */
const MIN_FOR_SECOND = 5;

/** The word before a line's final dot ("kap", "t.ex"), lower-cased. */
const DOTTED_END = /(?:^|[^\p{L}.])([\p{L}.]*\p{L})\.$/u;

/**
 * Whether a line ends a thought; only its end is looked at, so a long line costs no more. A dot
 * after an abbreviation ends none: "… enligt 17 kap." | "1 § LOU gäller följande".
 */
export function endsThought(text: string): boolean {
  return TERMINAL.test(text.length > 16 ? text.slice(-16) : text) && !endsInAbbreviation(text);
}

/**
 * A line that stops on an article, a preposition or a conjunction ("… provided for the" |
 * "Contract are suitable …", "… en plan för" | "Arbetsmiljöverkets …"): its sentence runs on, however
 * short the line (a narrow table cell) and whatever case the next line opens with.
 */
const DANGLING_END = new RegExp(
  '(?:^|\\s)(?:the|a|an|of|for|to|with|and|or|by|in|on|at|from|' +
    'den|det|de|en|ett|och|eller|för|av|med|till|att|om|på|i|vid|från|enligt)$',
  'u',
);

/** Whether a line stops on a word that cannot end a sentence (see DANGLING_END). */
export function endsDangling(text: string): boolean {
  return DANGLING_END.test(text.length > 12 ? text.slice(-12) : text);
}

/** Whether a line ends in an abbreviation's dot ("… enligt 17 kap."): what follows goes on from it. */
export function endsInAbbreviation(text: string): boolean {
  const word = DOTTED_END.exec(text.length > 16 ? text.slice(-16) : text)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}

/** A page break inside a block: the sentence runs on, in lower case, in the same type. */
export function continuesOnNextPage(prev: FlowLine, line: FlowLine, label: Label | undefined): boolean {
  // "…, and" ends an item before the next one; before a page break and a line in lower case
  // ("shall allow employees …") the sentence runs on.
  if (label || (endsThought(prev.text) && !CONJUNCTION_END.test(prev.text))) return false;
  if (prev.size !== undefined && line.size !== undefined && Math.abs(prev.size - line.size) > prev.size * 0.08)
    return false;
  return /^\p{Ll}/u.test(line.text) || /\p{Ll}[-\u2010\u00AD]$/u.test(prev.text.slice(-2));
}

/**
 * The right margin around a line: the second-largest end among the lines near it on the same
 * page that overlap it horizontally (so a column's lines are measured against their column,
 * and one overlong line, a URL, does not make all its neighbours look short). Asked only where
 * a line might end short, so most lines never pay for it.
 */
export function rightMargin(lines: readonly FlowLine[], i: number): number {
  const l = lines[i]!;
  let first = 0;
  let second = 0;
  let seen = 0;
  const last = Math.min(lines.length - 1, i + WINDOW);
  for (let j = Math.max(0, i - WINDOW); j <= last; j++) {
    const o = lines[j]!;
    if (o.page !== l.page || o.indent >= l.end || o.end <= l.indent) continue;
    seen++;
    if (o.end > first) {
      second = first;
      first = o.end;
    } else if (o.end > second) second = o.end;
  }
  // A handful of lines has no outlier to guard against, and its second line may be the short one.
  return seen < MIN_FOR_SECOND ? first : second;
}

export function firstWordLength(text: string): number {
  const space = text.search(/\s/);
  return space < 0 ? text.length : space;
}

/** The text of lines first…last joined, hyphenation undone, the first `skip` characters left out. */
export function joinRange(
  lines: readonly FlowLine[],
  first: number,
  last: number,
  skip: number,
  known: () => ReadonlySet<string>,
): string {
  const texts = [lines[first]!.text.slice(skip).trimStart()];
  for (let i = first + 1; i <= last; i++) texts.push(lines[i]!.text);
  return joinTexts(texts, known);
}
