// Every word pattern of the rules seen so far, numbered, and which of them a word matches.
//
// A document's words are then matched against all known patterns with a few lookups per
// distinct word (and a word seen in an earlier document costs nothing), instead of resolving
// each pattern against each document's vocabulary.

import { inflectedForms, stemForms } from './inflection.js';
import type { WordPattern } from './terms.js';

/** Patterns past this many are resolved per document (see `Vocabulary`), as if never seen. */
const MAX_PATTERNS = 20_000;
/** Prefix patterns by their first code units, suffix forms by their last ones: a word looks up one bucket of each. */
const HEAD = 3;
const TAIL = 2;

const numberOf = new Map<string, number>();
const exactByForm = new Map<string, number[]>();
const prefixByHead = new Map<string, { n: number; text: string }[]>();
const suffixByTail = new Map<string, { n: number; form: string }[]>();
/** Suffix forms shorter than {@link TAIL}: checked for every word. */
const shortSuffixes: { n: number; form: string }[] = [];
const infixes: { n: number; text: string }[] = [];
/** Prefixes shorter than {@link HEAD} (compiled terms have none): checked for every word. */
const shortPrefixes: { n: number; text: string }[] = [];
const NONE: readonly never[] = [];

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The words a suffix pattern's words must end with: every form of its last part. */
function suffixForms(text: string, lang: WordPattern['lang']): string[] {
  const forms = new Set<string>();
  for (const { stem, endings } of stemForms(text, lang)) for (const ending of endings) forms.add(stem + ending);
  return [...forms];
}

/** How many patterns are numbered: numbers run from 0 to this. */
export function patternCount(): number {
  return numberOf.size;
}

/** The pattern's number, numbering it when new; -1 once {@link MAX_PATTERNS} are known. */
export function patternNumber(pattern: WordPattern): number {
  const known = numberOf.get(pattern.key);
  if (known !== undefined) return known;
  if (numberOf.size >= MAX_PATTERNS) return -1;
  const n = numberOf.size;
  numberOf.set(pattern.key, n);
  const { kind, text, lang } = pattern;
  if (kind === 'exact') {
    // A form listed twice must not make a word match twice.
    for (const form of new Set(inflectedForms(text, lang))) pushTo(exactByForm, form, n);
  } else if (kind === 'prefix') {
    // A wildcard word has at least three letters, so at least HEAD code units.
    if (text.length < HEAD) shortPrefixes.push({ n, text });
    else pushTo(prefixByHead, text.slice(0, HEAD), { n, text });
  } else if (kind === 'suffix') {
    for (const form of suffixForms(text, lang)) {
      if (form.length < TAIL) shortSuffixes.push({ n, form });
      else pushTo(suffixByTail, form.slice(-TAIL), { n, form });
    }
  } else {
    infixes.push({ n, text });
  }
  return n;
}

/**
 * The numbers, from `from` on and in increasing order, of the patterns a word matches: exact
 * (a form of the pattern), prefix (starts with it), suffix (ends with a form of it), infix
 * (holds it).
 */
export function patternsMatching(word: string, from: number): number[] {
  const out: number[] = [];
  for (const n of exactByForm.get(word) ?? NONE) if (n >= from) out.push(n);
  if (word.length >= HEAD) {
    for (const { n, text } of prefixByHead.get(word.slice(0, HEAD)) ?? NONE) if (n >= from && word.startsWith(text)) out.push(n);
  }
  for (const { n, text } of shortPrefixes) if (n >= from && word.startsWith(text)) out.push(n);
  if (word.length >= TAIL) {
    for (const { n, form } of suffixByTail.get(word.slice(-TAIL)) ?? NONE) if (n >= from && word.endsWith(form)) out.push(n);
  }
  for (const { n, form } of shortSuffixes) if (n >= from && word.endsWith(form)) out.push(n);
  for (const { n, text } of infixes) if (n >= from && word.includes(text)) out.push(n);
  if (out.length < 2) return out;
  // A word may end with several forms of one suffix pattern: each pattern once.
  out.sort((a, b) => a - b);
  return out.filter((n, i) => i === 0 || out[i - 1] !== n);
}
