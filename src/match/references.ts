// References from one sentence to other clauses: "enligt punkt 2", "paragraphs (i) to (vii)",
// "§ 4" name clauses by label; "detta avsnitt", "the above provisions", "villkoret" point at the
// section the sentence stands in.

import type { Span } from './phrases.js';
import type { Structure } from './structure.js';

const VALUE = /^(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|[ivx]{1,6}|[a-z])$/;
const RANGE = /^(\d{1,3}|[ivx]{1,6}|[a-z])-(\d{1,3}|[ivx]{1,6}|[a-z])$/;
/** "16.1-16.3": numbered clauses under one parent. */
const DOTTED_RANGE = /^((?:\d{1,3}\.)+)(\d{1,3})-((?:\d{1,3}\.)+)(\d{1,3})$/;
const LINKS = new Set(['to', 'till', 'och', 'and', 'or', 'eller', 'through', 'samt', 't.o.m', 'tom', 'respektive']);
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

/** The labels from `a` to `b` in their own sequence (numbers, roman numerals or letters). */
function expand(a: string, b: string): string[] {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const from = Number(a);
    const to = Number(b);
    if (to < from || to - from > MAX_RANGE) return [a, b];
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  }
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
 * The label values named after a label word at `from` ("punkterna 1-4", "paragraphs (i) to
 * (vii)", "(1), (2) and (3)"), and for "§" the number just before it ("4 §").
 */
export function labelValues(words: readonly string[], match: Span): { values: string[]; end: number } {
  const out: string[] = [];
  let end = match.end;
  if (words[match.start] === '§' && match.start > 0 && /^\d{1,3}[a-z]?$/.test(words[match.start - 1]!))
    out.push(words[match.start - 1]!);
  let pendingRange = false;
  // A short word ("i 16.1", "se 4.2") refers only to a numbered clause, never to a bare number ("i 5 år").
  const weak = (words[match.start]?.length ?? 0) <= 2;
  for (let i = match.end; i < words.length && i < match.end + 12; i++) {
    const w = words[i]!;
    if (weak && out.length === 0 && !w.includes('.')) break;
    const dotted = DOTTED_RANGE.exec(w);
    if (dotted && dotted[1] === dotted[3]) {
      out.push(...expand(dotted[2]!, dotted[4]!).map((n) => dotted[1]! + n));
      end = i + 1;
      continue;
    }
    const range = RANGE.exec(w);
    if (range) {
      out.push(...expand(range[1]!, range[2]!));
      end = i + 1;
      continue;
    }
    if (VALUE.test(w)) {
      if (pendingRange && out.length > 0) out.push(...expand(out.pop()!, w));
      else out.push(w);
      pendingRange = false;
      end = i + 1;
      continue;
    }
    if (LINKS.has(w) && out.length > 0) {
      pendingRange = w === 'to' || w === 'till' || w === 'through' || w === 't.o.m' || w === 'tom';
      continue;
    }
    break;
  }
  return { values: out, end };
}

/**
 * The clause sections a label reference names: per value, the clause with that label nearest to
 * the referring block (a reference points at a clause of its own text, usually one before it).
 */
export function resolveLabels(structure: Structure, values: readonly string[], block: number): number[] {
  const out: number[] = [];
  for (const value of values) {
    const candidates = structure.byLabel.get(value);
    if (!candidates || candidates.length === 0) continue;
    let best = candidates[0]!;
    for (const c of candidates)
      if (Math.abs(structure.sections[c]!.block - block) < Math.abs(structure.sections[best]!.block - block)) best = c;
    if (!out.includes(best)) out.push(best);
  }
  return out;
}
