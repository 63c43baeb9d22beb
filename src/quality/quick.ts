// A pre-filter for the scanner: whether a piece of text may hold any match of the packs at all.
// Most blocks of a tender hold none, and answering that from the word hashes of one pass over the
// text, with no Word object or string per word, is what makes the language checks cheap. It may
// say yes wrongly (the full scan then finds nothing); it must never say no where scan.ts would
// find a match.
import type { CompiledPack } from './compile.js';
import { genitives } from './genitive.js';
import { foldedUnit, hashUnits, mixUnit, scanWords, WORD_FIELDS, type WordBuffer } from './word-scan.js';
import { foldWord } from './words.js';

/** Bits in each hash set (2^18, 32 KB): few enough to stay in cache, enough for few false alarms. */
const SHIFT = 32 - 18;
const BITS = 1 << (32 - SHIFT);

/** A set of hashes as bits: may say a hash is in it that is not, never the other way round. */
type HashBits = Uint32Array;

/** Fibonacci hashing: the top bits of the product spread similar words apart. */
function bitOf(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> SHIFT;
}

function addHash(bits: HashBits, h: number): void {
  const b = bitOf(h);
  bits[b >>> 5]! |= 1 << (b & 31);
}

function hasHash(bits: HashBits, h: number): boolean {
  const b = bitOf(h);
  return (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/** The exact test behind the hashes: whether hitAt may find a match starting or going on here (exported for tests). */
export function couldTrigger(lower: string, cp: CompiledPack): boolean {
  const { triggers } = cp;
  const bases = [lower, ...genitives(lower, lower, cp.pack.lang).map(([base]) => base)];
  for (const base of bases) {
    if (triggers.has(base)) return true;
    for (const entry of cp.byEnding.get(base.slice(-3)) ?? []) {
      // As hitAt: at least three letters before the form.
      if (base.length - entry.form.length >= 3 && base.endsWith(entry.form)) return true;
    }
  }
  return false;
}

/** The hash tables of a list of packs together (a superset of each pack's words). */
export interface QuickTables {
  triggers: HashBits;
  /** Hashes of the last `tail` units of the compound forms (byEnding); null when none. */
  endings: HashBits | null;
  /**
   * Hashes of their last three units: a cheaper first test (a form that can match has three or more: its byEnding key).
   */
  endings3: HashBits;
  /** How many last units of a word `endings` hashes: the shortest compound form's length, at most 5. */
  tail: number;
  /** Shortest word a compound form can end: the shortest such form and three letters before it. */
  minCompound: number;
  /** Whether a pack takes Swedish (`-s`) or English (`'s`, `s'`) genitives. */
  sv: boolean;
  en: boolean;
}

/** Most units of a word's end hashed for the compound test: enough to tell `-erna` from `-skorna`. */
const MAX_TAIL = 5;

/** What mayMatch reads of a run's compiled packs (`LanguageChecks`). */
export interface QuickInput {
  packs: readonly CompiledPack[];
  tables: QuickTables;
  /** Room for the words of one text (see scanWords). */
  scratch: WordBuffer;
}

/** The tables of a run's packs (see `LanguageChecks`). */
export function quickTables(packs: readonly CompiledPack[]): QuickTables {
  const triggers: HashBits = new Uint32Array(BITS >>> 5);
  for (const cp of packs) for (const t of cp.triggers) addHash(triggers, hashUnits(t));
  const compound = packs.flatMap((cp) => [...cp.byEnding.values()].flat().map((entry) => entry.form));
  let endings: HashBits | null = null;
  const endings3: HashBits = new Uint32Array(BITS >>> 5);
  const tail = Math.min(MAX_TAIL, ...compound.map((form) => form.length));
  if (compound.length > 0) {
    endings = new Uint32Array(BITS >>> 5);
    for (const form of compound) {
      addHash(endings, hashUnits(form.slice(-tail)));
      addHash(endings3, hashUnits(form.slice(-3)));
    }
  }
  const minCompound = Math.min(...compound.map((form) => form.length + 3));
  const langs = new Set(packs.map((p) => p.pack.lang));
  return {
    triggers,
    endings,
    endings3,
    tail,
    minCompound,
    sv: langs.has('sv'),
    en: langs.has('en'),
  };
}

/** The hash of the `len` folded units of `lower` before `to`, as hashUnits hashes them. */
function tailHash(lower: string, to: number, len: number): number {
  let h = 0;
  for (let j = to - len; j < to; j++) h = mixUnit(h, foldedUnit(lower.charCodeAt(j)));
  return h;
}

/**
 * Whether the word `words[k…]` (see WordScan), not itself a trigger, passes the hashes: its
 * genitive base (as genitives() finds it) is a trigger, or it or its base ends as a compound form
 * does. With the trigger test in mayMatch, a superset of couldTrigger.
 */
function passes(t: QuickTables, words: Int32Array, k: number, lower: string): boolean {
  const end = words[k + 1]!;
  const n = end - words[k]!;
  const u1 = foldedUnit(lower.charCodeAt(end - 1));
  const u2 = n >= 2 ? foldedUnit(lower.charCodeAt(end - 2)) : 0;
  // Genitive bases one unit shorter (Swedish -s, English s') and two units shorter (English 's).
  const less1 = (t.sv && n > 3 && u1 === 0x73) || (t.en && n >= 2 && u1 === 0x27 && u2 === 0x73);
  const less2 = t.en && n >= 2 && u1 === 0x73 && u2 === 0x27;
  if (less1 && hasHash(t.triggers, words[k + 3]!)) return true;
  if (less2 && hasHash(t.triggers, words[k + 4]!)) return true;
  const endings = t.endings;
  if (!endings || n < t.minCompound) return false;
  // As hitAt: the word or its genitive base ends in a compound form (after three letters or more).
  // The last three units first, from the units at hand; the longer tail only where they pass.
  const u3 = foldedUnit(lower.charCodeAt(end - 3));
  if (hasHash(t.endings3, hash3(u3, u2, u1)) && hasHash(endings, tailHash(lower, end, t.tail))) return true;
  if (!less1 && !less2) return false;
  // n >= minCompound >= 4 here; a fifth unit only in words of five or more.
  const u4 = foldedUnit(lower.charCodeAt(end - 4));
  if (
    less1 &&
    n - 1 >= t.minCompound &&
    hasHash(t.endings3, hash3(u4, u3, u2)) &&
    hasHash(endings, tailHash(lower, end - 1, t.tail))
  )
    return true;
  const u5 = n >= 5 ? foldedUnit(lower.charCodeAt(end - 5)) : 0;
  return (
    less2 &&
    n - 2 >= t.minCompound &&
    hasHash(t.endings3, hash3(u5, u4, u3)) &&
    hasHash(endings, tailHash(lower, end - 2, t.tail))
  );
}

/** The hash of three units, as hashUnits hashes a three-unit string. */
function hash3(a: number, b: number, c: number): number {
  return mixUnit(mixUnit(mixUnit(0, a), b), c);
}

/**
 * Whether `text` may hold a match of any of `packs`: false only when no word of it can start or
 * continue one, whatever the options (enabled rules, fixable only). A word whose hashes pass is
 * lowered as a string and tested exactly, pack by pack.
 */
export function mayMatch(text: string, checks: QuickInput): boolean {
  const { packs, tables: t } = checks;
  if (packs.length === 0) return false;
  const { count, words, lower, hashed } = scanWords(text, checks.scratch);
  const { triggers, minCompound } = t;
  for (let k = 0; k < count * WORD_FIELDS; k += WORD_FIELDS) {
    if (hashed && !hasHash(triggers, words[k + 2]!)) {
      // Most words: not a trigger, too short for a compound form, and no genitive ending.
      const end = words[k + 1]!;
      const last = lower.charCodeAt(end - 1);
      if (end - words[k]! < minCompound && last !== 0x73 && last !== 0x27 && last !== 0x2019) continue;
      if (!passes(t, words, k, lower)) continue;
    }
    const word = foldWord(text.slice(words[k]!, words[k + 1]!));
    for (const cp of packs) if (couldTrigger(word, cp)) return true;
  }
  return false;
}
