// References from one sentence to other clauses: "enligt punkt 2", "paragraphs (i) to (vii)",
// "§ 4", "kraven i AFC.361–AFC.364", "Schedule 7", "6.3 och 7.2" name clauses by label; "detta
// avsnitt", "the above provisions", "villkoret" point at the section the sentence stands in. A
// label resolves through the document's index of clause labels (`Structure.byLabel`), built once.

import type { Span } from './phrases.js';
import type { ClauseWords } from './clause-words.js';
import { partName, type Structure } from './structure.js';

const VALUE = /^(?:\d{1,3}[a-z]?(?:\.\d{1,3})*[a-z]?|[ivx]{1,6}|[a-z])$/;
const RANGE = /^(\d{1,3}|[ivx]{1,6}|[a-z])-(\d{1,3}|[ivx]{1,6}|[a-z])$/;
/** "16.1-16.3": numbered clauses under one parent. */
const DOTTED_RANGE = /^((?:\d{1,3}\.)+)(\d{1,3})-((?:\d{1,3}\.)+)(\d{1,3})$/;
/**
 * "6.3", "4.2a", "5.4.1": a clause number with parts, which names a clause without a label word
 * ("1.500" and "2.250" are thousands, whose parts have three digits).
 */
const DOTTED = /^\d{1,2}[a-z]?(?:\.\d{1,2}){1,4}[a-z]?$/;
/** "afc.361", "afc.361-afc.364", "afc.361-364": codes of a standard clause system (AMA); "b.2" too. */
const CODE = /^([a-z]{1,4})\.(\d{1,4})(?:-(?:\1\.)?(\d{1,4}))?$/;
/**
 * "sc13.1", "gc12.2": a clause of a coded section ("SC13 Equality"), which numbers it without the
 * code ("13.1").
 */
const CODED_DOTTED = /^([a-z]{1,3})(\d{1,2}(?:\.\d{1,2}){1,4})$/;
/** "b4.2-b4.4", "b4.2-4.4": a range of those clauses. */
const CODED_DOTTED_RANGE = /^([a-z]{1,3})(\d{1,2}(?:\.\d{1,2}){1,4})-([a-z]{1,3})?(\d{1,2}(?:\.\d{1,2}){1,4})$/;
/**
 * "c.3.4", "afc.6.1", "c.4.3-c.4.5", "c.3.1-3.5": a lettered part's or code's clause numbered in
 * parts (as `Structure` keeps "C.3.4": part "c", value "3.4").
 */
const CODE_DOTTED = /^([a-z]{1,4})\.(\d{1,3}(?:\.\d{1,3}){1,3})(?:-(?:\1\.)?(\d{1,3}(?:\.\d{1,3}){1,3}))?$/;
/** "q22", "sv1", "k2": a question of a clarification log, an indicator or a criterion by its code. */
const SHORT_CODE = /^([a-z]{1,3})(\d{1,3})$/;
/** "k1-k6", "k1-6": the codes between, of one prefix (a dash folds to "-"). */
const SHORT_RANGE = /^([a-z]{1,3})(\d{1,3})-(?:\1)?(\d{1,3})$/;
/** "sv-kpi-2", "kpi-3", "sv-e2": a code whose prefix has parts of its own. */
const PARTED_CODE = /^([a-z]{1,4}(?:-[a-z]{1,4}){0,2})-(\d{1,3})$|^([a-z]{1,4}(?:-[a-z]{1,4}){1,2})(\d{1,3})$/;
const ROMANS = [
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'xi',
  'xii',
  'xiii',
  'xiv',
  'xv',
  'xvi',
  'xvii',
  'xviii',
  'xix',
  'xx',
];
/** A range longer than this is a typo or a trick: its ends are kept, not every value between. */
const MAX_RANGE = 50;

const DIGITS = /^\d+$/;
const DIGIT = /\d/;
/** "4" in "4 §". */
const SIGN_NUMBER = /^\d{1,3}[a-z]?$/;
/** "7.2": a parent's number and the clause's own. */
const LAST_PART = /^((?:\d{1,3}\.)+)(\d{1,3})$/;

/** The labels from `a` to `b` in their own sequence (numbers, dotted numbers, roman numerals or letters). */
function expand(a: string, b: string): string[] {
  if (DIGITS.test(a) && DIGITS.test(b)) {
    const from = Number(a);
    const to = Number(b);
    if (to < from || to - from > MAX_RANGE) return [a, b];
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  }
  // "7.2 to 7.7": the clauses under one parent.
  const da = LAST_PART.exec(a);
  const db = LAST_PART.exec(b);
  if (da && db) return da[1] === db[1] ? expand(da[2]!, db[2]!).map((n) => da[1]! + n) : [a, b];
  const ra = ROMANS.indexOf(a);
  const rb = ROMANS.indexOf(b);
  if (ra >= 0 && rb > ra && a.length + b.length > 2) return ROMANS.slice(ra, rb + 1);
  if (a.length === 1 && b.length === 1 && b > a) {
    return Array.from({ length: b.charCodeAt(0) - a.charCodeAt(0) + 1 }, (_, i) =>
      String.fromCharCode(a.charCodeAt(0) + i),
    );
  }
  return ra >= 0 && rb > ra ? ROMANS.slice(ra, rb + 1) : [a, b];
}

/**
 * The keys of a code token ("afc.361-afc.364" → "afc 361" … "afc 364", "c.4.3-c.4.5" → "c 4.3" …
 * "c 4.5", "k1-k3" → "k 1" … "k 3",
 * "sv-kpi-2" → "sv-kpi 2"), or null for another word.
 */
export function codeKeys(word: string): string[] | null {
  // Every code ends in a digit.
  if (word.length === 0) return null;
  const last = word.charCodeAt(word.length - 1);
  if (!(last >= 48 && last <= 57)) return null;
  const dotted = CODE_DOTTED.exec(word);
  if (dotted) {
    const values = dotted[3] ? expand(dotted[2]!, dotted[3]) : [dotted[2]!];
    return values.map((v) => `${dotted[1]} ${v}`);
  }
  const code = CODE.exec(word);
  if (code) {
    const values = code[3] ? expand(code[2]!, code[3]) : [code[2]!];
    return values.map((v) => `${code[1]} ${v}`);
  }
  // (A register's "EQ-01" is its clause "EQ 1": leading zeros say nothing.)
  const short = SHORT_CODE.exec(word);
  if (short) return [`${short[1]} ${Number(short[2])}`];
  const range = SHORT_RANGE.exec(word);
  if (range) return expand(range[2]!, range[3]!).map((v) => `${range[1]} ${Number(v)}`);
  const parted = PARTED_CODE.exec(word);
  return parted ? [`${parted[1] ?? parted[3]} ${Number(parted[2] ?? parted[4])}`] : null;
}

/**
 * The values named from `from` on ("1-4", "(i) to (vii)", "(1), (2) and (3)", "6.3 och 7.2"):
 * `weak` (after a short word such as "i", "se") takes only numbered clauses, never a bare number
 * ("i 5 år"). A number followed by "kap" is a statute's chapter ("17 kap. 1 §"), and a letter
 * just after a number is a sub-clause of it ("4.2 a"): neither is a value of its own.
 */
function valuesFrom(
  words: readonly string[],
  from: number,
  weak: boolean,
  clauses: ClauseWords,
): { values: string[]; end: number } {
  const out: string[] = [];
  let end = from;
  let pendingRange = false;
  let linked = true;
  for (let i = from; i < words.length && i < from + 12; i++) {
    const w = words[i]!;
    if (weak && out.length === 0 && !w.includes('.')) break;
    if (clauses.statuteChapters.has(words[i + 1] ?? '')) break;
    const dotted = DOTTED_RANGE.exec(w);
    if (dotted && dotted[1] === dotted[3]) {
      out.push(...expand(dotted[2]!, dotted[4]!).map((n) => dotted[1]! + n));
      end = i + 1;
      linked = false;
      continue;
    }
    const range = RANGE.exec(w);
    if (range) {
      out.push(...expand(range[1]!, range[2]!));
      end = i + 1;
      linked = false;
      continue;
    }
    if (VALUE.test(w)) {
      if (!linked && w.length === 1 && w >= 'a' && w <= 'z' && out.length > 0 && DIGIT.test(out[out.length - 1]!)) {
        end = i + 1;
        continue;
      }
      if (pendingRange && out.length > 0) out.push(...expand(out.pop()!, w));
      else out.push(w);
      pendingRange = false;
      linked = false;
      end = i + 1;
      continue;
    }
    if (clauses.links.has(w) && out.length > 0) {
      pendingRange = clauses.ranges.has(w);
      linked = true;
      continue;
    }
    break;
  }
  return { values: out, end };
}

/**
 * The label keys named after a label word at `match` ("punkterna 1-4", "paragraphs (i) to (vii)",
 * "(1), (2) and (3)"), and for "§" the number just before it ("4 §"); after a part's name the keys
 * carry it ("bilaga 3", "schedule 7"), and a code ("afc.361") is its own key.
 */
export function labelValues(
  words: readonly string[],
  match: Span,
  clauses: ClauseWords,
): { values: string[]; end: number } {
  const first = words[match.start] ?? '';
  const code = codeKeys(words[match.end] ?? '');
  if (code) return { values: code, end: match.end + 1 };
  const out: string[] = [];
  if (
    first === '§' &&
    match.start > 0 &&
    SIGN_NUMBER.test(words[match.start - 1]!) &&
    !clauses.statuteChapters.has(words[match.start - 2] ?? '')
  )
    out.push(words[match.start - 1]!);
  // A short word ("i 16.1", "se 4.2") refers only to a numbered clause, never to a bare number ("i 5 år");
  // "§ 12" names paragraph 12 as "12 §" does.
  const named = valuesFrom(words, match.end, first.length <= 2 && first !== '§', clauses);
  const part = partName(words[match.end - 1] ?? '', clauses);
  out.push(...(part ? named.values.map((v) => `${part} ${v}`) : named.values));
  return { values: out, end: Math.max(match.end, named.end) };
}

/** A reference found by its shape alone, with no label word before it: its keys and its words. */
export interface LabelMention {
  keys: string[];
  start: number;
  end: number;
}

/**
 * The references a sentence makes by shape: clause numbers with parts ("6.3 och 7.2", "7.2 to
 * 7.7", "3.2-3.3"), codes ("AFC.361–AFC.364", "Q22") and parts by name ("Schedule 7", "bilaga 3",
 * "Appendix C"). `skipFirst`: the sentence opens its clause, and its first word is its own label.
 */
export function labelMentions(words: readonly string[], skipFirst: boolean, clauses: ClauseWords): LabelMention[] {
  const out: LabelMention[] = [];
  for (let i = skipFirst ? 1 : 0; i < words.length; i++) {
    const w = words[i]!;
    // "B4.2–B4.4": the clauses between, of one code, numbered as "4.2-4.4".
    const codedRange = CODED_DOTTED_RANGE.exec(w);
    if (codedRange && (!codedRange[3] || codedRange[3] === codedRange[1])) {
      const named = valuesFrom([`${codedRange[2]}-${codedRange[4]}`], 0, false, clauses);
      out.push({ keys: named.values, start: i, end: i + 1 });
      continue;
    }
    const coded = CODED_DOTTED.exec(w);
    if (coded) {
      // "SC13.1 to SC13.6": the clauses between, of one code.
      const last = clauses.ranges.has(words[i + 1] ?? '') ? CODED_DOTTED.exec(words[i + 2] ?? '') : null;
      if (last && last[1] === coded[1]) {
        out.push({ keys: expand(coded[2]!, last[2]!), start: i, end: i + 3 });
        i += 2;
      } else out.push({ keys: [coded[2]!], start: i, end: i + 1 });
      continue;
    }
    const code = codeKeys(w);
    if (code) {
      // "SV1 to SV4": the codes between, of one prefix.
      const last = clauses.ranges.has(words[i + 1] ?? '') ? codeKeys(words[i + 2] ?? '') : null;
      const [prefix, from] = code[code.length - 1]!.split(' ');
      const [lastPrefix, to] = last?.length === 1 ? last[0]!.split(' ') : [];
      if (lastPrefix === prefix && DIGITS.test(from!) && DIGITS.test(to ?? '')) {
        out.push({ keys: expand(from!, to!).map((n) => `${prefix} ${n}`), start: i, end: i + 3 });
        i += 2;
      } else out.push({ keys: code, start: i, end: i + 1 });
      continue;
    }
    const part = partName(w, clauses);
    if (part && w !== 'q' && i + 1 < words.length) {
      const named = valuesFrom(words, i + 1, false, clauses);
      if (named.values.length > 0) {
        out.push({ keys: named.values.map((v) => `${part} ${v}`), start: i, end: named.end });
        i = named.end - 1;
      }
      continue;
    }
    if (DOTTED.test(w) || DOTTED_RANGE.test(w)) {
      const named = valuesFrom(words, i, true, clauses);
      if (named.values.length > 0) {
        out.push({ keys: named.values, start: i, end: named.end });
        i = named.end - 1;
      }
    }
  }
  return out;
}

const NAMING = /\d|\b[A-H]\b/;

/** Whether a sentence's text may name a clause by its shape: every such label has a digit or a part's letter. */
export function mayName(text: string): boolean {
  return NAMING.test(text);
}

/** Whether a key names a clause precisely enough to be looked for in what the document says of it. */
export function precise(key: string): boolean {
  return key.includes('.') || key.includes(' ');
}

/**
 * The clause sections a label reference names: per key, the clause with that label nearest to the
 * referring block (a reference points at a clause of its own text, usually one before it).
 */
export function resolveLabels(structure: Structure, values: readonly string[], block: number): number[] {
  const out: number[] = [];
  for (const value of values) {
    const candidates = structure.byLabel.get(value);
    if (!candidates || candidates.length === 0) {
      // "framework clause 12" where only "12.1" and "12.2" are labelled: its numbered clauses.
      if (DIGITS.test(value))
        for (const child of childrenOf(structure, value, block)) if (!out.includes(child)) out.push(child);
      continue;
    }
    const best = nearest(structure, candidates, block);
    if (!out.includes(best)) out.push(best);
  }
  return out;
}

/** At most this many numbered clauses stand for a clause number the document does not label. */
const MAX_CHILDREN = 8;

/** The clauses numbered "12.1", "12.2" … for a "12" that labels nothing, each nearest to `block`. */
function childrenOf(structure: Structure, value: string, block: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= MAX_CHILDREN; n++) {
    const candidates = structure.byLabel.get(`${value}.${n}`);
    if (!candidates || candidates.length === 0) break;
    out.push(nearest(structure, candidates, block));
  }
  return out;
}

/** The candidate section nearest to `block`: a binary search, as candidates are in document order. */
function nearest(structure: Structure, candidates: readonly number[], block: number): number {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (structure.sections[candidates[mid]!]!.block < block) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return candidates[0]!;
  if (lo === candidates.length) return candidates[lo - 1]!;
  const before = candidates[lo - 1]!;
  const after = candidates[lo]!;
  return block - structure.sections[before]!.block <= structure.sections[after]!.block - block ? before : after;
}
