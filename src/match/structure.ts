// The sections of a document: headings and numbered clauses ("6.1", "§ 4", "(viii)", "Subd. 2."),
// nested as a reader nests them, so a sentence can take its topic from the section it stands in
// and a reference ("enligt punkt 2", "paragraphs (i) to (vii)") can find the clause it names.

import type { ClauseWords } from './clause-words.js';
import type { Block } from '../types.js';

/** How a clause is numbered; clauses of one style at one depth are siblings. */
export type LabelStyle =
  | 'number' // 6, 6.1, 6.1.2 (depth: parts)
  | 'paren-number' // (1)
  | 'paren-alpha' // (a), (a.)
  | 'paren-roman' // (iv)
  | 'alpha' // a. a)
  | 'upper' // A. A)
  | 'roman' // iv) iv.
  | 'section-sign' // § 4, 4 §
  | 'named'; // Subd. 2, Sec. 18-156, Article 12, Punkt 3

export interface ClauseLabel {
  style: LabelStyle;
  /** Depth within the style: the number of parts of "6.1.2", else 1. */
  depth: number;
  /** How a reference names it: "6.1", "a", "iv", "4", "18-156". */
  value: string;
  /**
   * For a part of the tender documents numbered on its own ("Bilaga 3", "Schedule 7", "AFC.361",
   * "Q14"): the part's name as {@link partName} gives it. A reference with that name ("bilaga 3")
   * means this part, never clause 3.
   */
  part?: string;
  /** A code of a standard clause system ("AFC.361"), whose digits extend its parent's ("AFC.36"). */
  code?: boolean;
  /** A part that holds the clauses after it ("Part B", "Bilaga 2"; see `holding-parts` in rules/reading.yaml). */
  holds?: boolean;
}

/** A heading or a numbered clause, and the blocks it holds. */
export interface Section {
  kind: 'heading' | 'clause';
  /** The block that opens it: the heading, or the clause's first paragraph. */
  block: number;
  /** The block after its last one. */
  end: number;
  parent: number;
  /** The nearest heading section holding it (itself for a heading), or -1 for none. */
  heading: number;
  label: ClauseLabel | null;
  level: number;
}

export interface Structure {
  sections: Section[];
  /** Per block: the innermost section holding it, or -1. */
  sectionOf: Int32Array;
  /**
   * Clause sections by label key ({@link labelKeys}: the value, and for a part "bilaga 3" too), in
   * document order: built once per document, so a reference resolves by one look-up.
   */
  byLabel: ReadonlyMap<string, readonly number[]>;
  /**
   * Per code section ("AFC.36"), the code sections whose code extends it ("AFC.361" …): they
   * belong to it even where a reader gives their headings one level.
   */
  codeChildren: ReadonlyMap<number, readonly number[]>;
}

const ROMAN = /^[ivx]{1,6}$/;
const DIGIT_START = /^\d/;
/**
 * A code of a standard clause system: "AFC.361", "AFB.31", "YSC.2" (AMA and its kind); a lettered
 * part's "B.2", and its clauses numbered in parts, "C.4.3", "AFC.6.1" (value "4.3", "6.1").
 */
const CODE = /^([A-Z]{1,4})\.(\d{1,4}(?:\.\d{1,3}){0,3})\b/;
/** A clause number after a section's code: "B4.3", "SC13.1". */
const CODED_NUMBER = /^([A-Z]{1,3})(\d{1,2}(?:\.\d{1,2}){1,4})(?=\s)/;
/**
 * A short code ending in a full stop or a space: "B6. Särskilda kontraktsvillkor", "E3 Sanctions";
 * or an identifier of a requirement register, alone in its cell: "EQ-01", "KRAV-12".
 */
const SHORT_CODE_LABEL = /^([A-Z]{1,2})(\d{1,2})\.?(?=\s)|^([A-Z]{1,4})-(\d{1,3})(?=\s|$)/;

/**
 * The part a word in lower case names ("bilagan" → "bilaga", "question" → "q"), or null for a
 * clause word or any other.
 */
export function partName(word: string, words: ClauseWords): string | null {
  return words.parts.get(word) ?? null;
}

/** The key a clause is found by: its value, for a part its name and value ("bilaga 3", not "3"). */
export function labelKeys(label: ClauseLabel): string[] {
  return label.part ? [`${label.part} ${label.value}`] : [label.value];
}

/** The label patterns, tried in this order (made once: a literal in the function is a new object per call). */
const SECTION_SIGN = /^§\s*(\d{1,3}[a-z]?)\b/;
const SIGN_AFTER = /^(\d{1,3}[a-z]?)\s?§(?!§)/;
const PAREN_NUMBER = /^\((\d{1,3})\)/;
const PAREN_LETTERS = /^\(([a-z]{1,6})\.?\)/;
/** "6.1", "2.", and a clause inserted by a variation: "28A.3". */
const NUMBER = /^(\d{1,3}[A-Z]?(?:\.\d{1,3}){0,4})(\.|\))?(?=\s|$)/;
const UPPER_FIRST = /^\p{Lu}/u;
const ROMAN_LABEL = /^([ivx]{1,6})[.)]\s/;
const ALPHA_LABEL = /^([a-z])[.)]\s/;
const UPPER_LABEL = /^([A-Z])[.)]\s/;

/**
 * A label with every key, absent ones undefined: the engine reads labels in its loops over
 * sections, and one shape of object keeps that code from being compiled again for each.
 */
function label(
  style: LabelStyle,
  depth: number,
  value: string,
  part?: string,
  code = false,
  holds = false,
): ClauseLabel {
  return { style, depth, value, part, code: code || undefined, holds: holds || undefined };
}

/** The clause label a block's text starts with, if any. */
export function labelOf(text: string, words: ClauseWords): ClauseLabel | null {
  const t = text.trimStart();
  let m = SECTION_SIGN.exec(t) ?? SIGN_AFTER.exec(t);
  if (m) return label('section-sign', 1, m[1]!.toLowerCase());
  m = PAREN_NUMBER.exec(t);
  if (m) return label('paren-number', 1, m[1]!);
  m = PAREN_LETTERS.exec(t);
  if (m) {
    const v = m[1]!;
    if (v.length === 1 && !ROMAN.test(v)) return label('paren-alpha', 1, v);
    if (ROMAN.test(v)) return label('paren-roman', 1, v);
    return null;
  }
  m = words.named.exec(t);
  if (m) {
    const part = partName(m[1]!.toLowerCase(), words);
    const value = m[2]!.toLowerCase();
    // "Bilaga A" and "Appendix C" are parts; "Del a", "Item b" and "Schedule a meeting" are no labels.
    if (/^[a-h]$/i.test(m[2]!) && (!part || !/^[A-H]$/.test(m[2]!))) return null;
    if (part) return label('named', 1, value, part, false, words.holdingParts.has(part));
    // "SC2", "GC12": a name written together with its number is a code, named as "SC2" is.
    const joined = DIGIT_START.test(t.slice(m[1]!.length));
    return joined ? label('named', 1, value, m[1]!.toLowerCase(), true) : label('named', 1, value);
  }
  m = CODE.exec(t);
  if (m) return label('named', 1, m[2]!, m[1]!.toLowerCase(), true);
  m = SHORT_CODE_LABEL.exec(t);
  if (m) {
    const [part, value] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
    // "EQ-01" is found by "EQ-1" and in "EQ-01 to EQ-05" alike.
    return label('named', 1, String(Number(value)), part.toLowerCase(), true);
  }
  // "B4.3 Leverantören ska …": clause 4.3 of coded section B4, found by "4.3" as "SC13.1" is.
  m = CODED_NUMBER.exec(t);
  if (m) return label('number', m[2]!.split('.').length, m[2]!);
  m = NUMBER.exec(t);
  if (m) {
    // "1 Inledning" and "2.1 Krav" are clauses; "9 februari 2022" and "100 anställda" are not.
    const rest = t.slice(m[0].length).trimStart();
    const dotted = m[1]!.includes('.');
    if (!dotted && !m[2] && !UPPER_FIRST.test(rest)) return null;
    return label('number', m[1]!.split('.').length, m[1]!.toLowerCase());
  }
  m = ROMAN_LABEL.exec(t);
  if (m) return label('roman', 1, m[1]!);
  m = ALPHA_LABEL.exec(t);
  if (m) return label('alpha', 1, m[1]!);
  m = UPPER_LABEL.exec(t);
  if (m) return label('upper', 1, m[1]!.toLowerCase());
  return null;
}

/** The letter before `v` in the alphabet: "(i)" after "(h)" is a letter, not roman one. */
function previousLetter(v: string): string {
  return String.fromCharCode(v.charCodeAt(0) - 1);
}

interface Open {
  section: number;
  kind: Section['kind'];
  label: ClauseLabel | null;
  level: number;
}

/** Whether an open entry is the sibling level of a new label (the new label replaces it). */
function sameLevel(open: Open, label: ClauseLabel): boolean {
  if (open.kind === 'heading' || !open.label) return false;
  if (open.label.style !== label.style || open.label.holds !== label.holds) return false;
  return label.style !== 'number' || open.label.depth === label.depth;
}

/**
 * Sections of the blocks: a heading holds everything up to the next heading of its level or
 * higher; a numbered clause holds everything up to the next clause of its style and depth, or
 * of a style that encloses it, or a heading.
 */
export function structureOf(blocks: readonly Block[], words: ClauseWords): Structure {
  const sections: Section[] = [];
  const sectionOf = new Int32Array(blocks.length).fill(-1);
  const stack: Open[] = [];
  const close = (to: number, at: number): void => {
    while (stack.length > to) sections[stack.pop()!.section]!.end = at;
  };
  const open = (kind: Section['kind'], b: number, label: ClauseLabel | null, level: number): void => {
    const top = stack[stack.length - 1];
    const parent = top ? top.section : -1;
    const index = sections.length;
    const heading = kind === 'heading' ? index : parent >= 0 ? sections[parent]!.heading : -1;
    sections.push({ kind, block: b, end: blocks.length, parent, heading, label, level });
    stack.push({ section: index, kind, label, level });
  };
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === 'heading') {
      const level = block.level ?? 1;
      // A heading closes every clause and every heading of its level or deeper, but for one whose
      // number or code its own extends ("3" holds "3.1", "AFC.36" holds "AFC.361", at any level).
      const label = labelOf(block.text, words);
      let keep = stack.length;
      while (keep > 0) {
        const top = stack[keep - 1]!;
        if (top.kind === 'heading' && (top.level < level || (label && top.label && extends_(label, top.label)))) break;
        keep--;
      }
      close(keep, b);
      open('heading', b, label, level);
      sectionOf[b] = sections.length - 1;
      continue;
    }
    if (block.kind === 'paragraph' || block.kind === 'list-item') {
      let label = labelOf(block.text, words);
      if (label?.style === 'paren-roman' && label.value.length === 1) {
        // "(i)" continues a run of lettered clauses when "(h)" is open.
        const letters = stack.find((o) => o.label?.style === 'paren-alpha');
        if (letters?.label?.value === previousLetter(label.value)) label = { ...label, style: 'paren-alpha' };
      }
      if (label) {
        let at = stack.length;
        // Close deeper clauses until a sibling (replaced), an enclosing clause or a heading.
        while (
          at > 0 &&
          stack[at - 1]!.kind === 'clause' &&
          !sameLevel(stack[at - 1]!, label) &&
          !encloses(stack[at - 1]!.label!, label)
        )
          at--;
        if (at > 0 && sameLevel(stack[at - 1]!, label)) close(at - 1, b);
        else close(at, b);
        open('clause', b, label, 0);
      }
    }
    const top = stack[stack.length - 1];
    sectionOf[b] = top ? top.section : -1;
  }
  close(0, blocks.length);
  const byLabel = new Map<string, number[]>();
  sections.forEach((s, i) => {
    if (!s.label) return;
    for (const key of labelKeys(s.label)) {
      const list = byLabel.get(key);
      if (list) list.push(i);
      else byLabel.set(key, [i]);
    }
  });
  return { sections, sectionOf, byLabel, codeChildren: codeChildrenOf(sections, byLabel) };
}

/** See `Structure.codeChildren`: each code section under the nearest code its own extends. */
function codeChildrenOf(sections: readonly Section[], byLabel: ReadonlyMap<string, readonly number[]>) {
  const out = new Map<number, number[]>();
  sections.forEach((s, i) => {
    const label = s.label;
    if (!label?.code) return;
    for (let k = label.value.length - 1; k >= 1; k--) {
      const parent = byLabel.get(`${label.part} ${label.value.slice(0, k)}`)?.[0];
      if (parent === undefined) continue;
      const list = out.get(parent);
      if (list) list.push(i);
      else out.set(parent, [i]);
      break;
    }
  });
  return out;
}

/** Whether `inner`'s number or code extends `outer`'s ("3.1" of "3", "AFC.361" of "AFC.36"). */
function extends_(inner: ClauseLabel, outer: ClauseLabel): boolean {
  if (inner.style === 'number' && outer.style === 'number') return inner.value.startsWith(`${outer.value}.`);
  return (
    inner.code === true &&
    outer.code === true &&
    inner.part === outer.part &&
    inner.value.length > outer.value.length &&
    inner.value.startsWith(outer.value)
  );
}

/** Whether an open clause of `outer`'s label encloses a new clause labelled `inner` ("6" holds "6.1" and "(a)"). */
function encloses(outer: ClauseLabel, inner: ClauseLabel): boolean {
  if (outer.holds || inner.holds) return outer.holds === true && !inner.holds;
  if (outer.style === 'number' && inner.style === 'number') return outer.depth < inner.depth;
  const rank = (l: ClauseLabel): number =>
    l.style === 'named' || l.style === 'section-sign'
      ? 0
      : l.style === 'upper'
        ? 1
        : l.style === 'number'
          ? 2
          : l.style === 'paren-number' || l.style === 'alpha'
            ? 3
            : 4;
  return rank(outer) < rank(inner);
}
