// A pre-filter for the scanner: whether a piece of text may hold any match of the packs at all.
// Most blocks of a tender hold none, and answering that from the word hashes of one pass over the
// text, with no Word object or string per word, is what makes the language checks cheap. It may
// say yes wrongly (the full scan then finds nothing); it must never say no where scan.ts would
// find a match.
import type { CompiledPack } from './compile.js';
import { genitives } from './genitive.js';
import { foldedUnit, hashUnits, mixUnit, scanWords, WORD_FIELDS } from './word-scan.js';
import { foldWord } from './words.js';

/** Bits in each hash set: few enough to stay in cache, many enough for few false alarms. */
const BITS = 1 << 16;

/** A set of hashes as bits: may say a hash is in it that is not, never the other way round. */
class HashBits {
  private readonly bits = new Uint32Array(BITS >>> 5);

  private static bit(h: number): number {
    return (h ^ (h >>> 16)) & (BITS - 1);
  }

  add(h: number): void {
    const b = HashBits.bit(h);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  has(h: number): boolean {
    const b = HashBits.bit(h);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/**
 * The words at which hitAt (scan.ts) can find a match of one pack: where a single-word form
 * starts, and the second word of a longer form ("a middleman" → `middleman`, "dear sir" → `sir`),
 * which stands in the same text as its first.
 */
const triggerCache = new WeakMap<CompiledPack, Set<string>>();

function triggersOf(cp: CompiledPack): Set<string> {
  let triggers = triggerCache.get(cp);
  if (!triggers) {
    triggers = new Set();
    for (const [first, list] of cp.byFirst) {
      for (const entry of list) triggers.add(entry.words.length === 1 ? first : entry.words[1]!);
    }
    triggerCache.set(cp, triggers);
  }
  return triggers;
}

/** The exact test behind the hashes: whether hitAt may find a match starting or going on here (exported for tests). */
export function couldTrigger(lower: string, cp: CompiledPack): boolean {
  const triggers = triggersOf(cp);
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
interface QuickTables {
  packs: readonly CompiledPack[];
  triggers: HashBits;
  /** Hashes of the three-letter endings of compound forms (keys of byEnding); null when none. */
  endings: HashBits | null;
  /** Shortest word a compound form can end: the shortest such form and three letters before it. */
  minCompound: number;
  /** Whether a pack takes Swedish (`-s`) or English (`'s`, `s'`) genitives. */
  sv: boolean;
  en: boolean;
}

/** The tables of the last list of packs: a run checks every document with the same packs. */
let last: QuickTables | null = null;

function tablesOf(packs: readonly CompiledPack[]): QuickTables {
  if (last && last.packs.length === packs.length && last.packs.every((p, i) => p === packs[i])) return last;
  const triggers = new HashBits();
  let endings: HashBits | null = null;
  let minCompound = Infinity;
  for (const cp of packs) {
    for (const t of triggersOf(cp)) triggers.add(hashUnits(t));
    for (const [ending, list] of cp.byEnding) {
      endings ??= new HashBits();
      endings.add(hashUnits(ending));
      for (const entry of list) minCompound = Math.min(minCompound, entry.form.length + 3);
    }
  }
  const langs = new Set(packs.map((p) => p.pack.lang));
  last = { packs: [...packs], triggers, endings, minCompound, sv: langs.has('sv'), en: langs.has('en') };
  return last;
}

/** The hash of three units, as hashUnits hashes a three-letter ending. */
function hash3(a: number, b: number, c: number): number {
  return mixUnit(mixUnit(mixUnit(0, a), b), c);
}

/**
 * Whether the word `words[k…]` (see WordScan) passes the hashes: the word itself or its genitive
 * base (as genitives() finds them) is a trigger, or either ends as a compound form does.
 */
function passes(t: QuickTables, words: Int32Array, k: number, lower: string): boolean {
  const start = words[k]!;
  const end = words[k + 1]!;
  const n = end - start;
  if (t.triggers.has(words[k + 2]!)) return true;
  const u1 = foldedUnit(lower.charCodeAt(end - 1));
  const u2 = n >= 2 ? foldedUnit(lower.charCodeAt(end - 2)) : 0;
  // Genitive bases one unit shorter (Swedish -s, English s') and two units shorter (English 's).
  const less1 = (t.sv && n > 3 && u1 === 0x73) || (t.en && n >= 2 && u1 === 0x27 && u2 === 0x73);
  const less2 = t.en && n >= 2 && u1 === 0x73 && u2 === 0x27;
  if (less1 && t.triggers.has(words[k + 3]!)) return true;
  if (less2 && t.triggers.has(words[k + 4]!)) return true;
  if (!t.endings || n < t.minCompound) return false;
  const u3 = foldedUnit(lower.charCodeAt(end - 3));
  if (t.endings.has(hash3(u3, u2, u1))) return true;
  const u4 = n >= 4 ? foldedUnit(lower.charCodeAt(end - 4)) : 0;
  if (less1 && n - 1 >= t.minCompound && t.endings.has(hash3(u4, u3, u2))) return true;
  const u5 = n >= 5 ? foldedUnit(lower.charCodeAt(end - 5)) : 0;
  return less2 && n - 2 >= t.minCompound && t.endings.has(hash3(u5, u4, u3));
}

/**
 * Whether `text` may hold a match of any of `packs`: false only when no word of it can start or
 * continue one, whatever the options (enabled rules, fixable only). A word whose hashes pass is
 * lowered as a string and tested exactly, pack by pack.
 */
export function mayMatch(text: string, packs: readonly CompiledPack[]): boolean {
  if (packs.length === 0) return false;
  const t = tablesOf(packs);
  const { count, words, lower, hashed } = scanWords(text);
  for (let k = 0; k < count * WORD_FIELDS; k += WORD_FIELDS) {
    if (hashed && !passes(t, words, k, lower)) continue;
    const word = foldWord(text.slice(words[k]!, words[k + 1]!));
    for (const cp of packs) if (couldTrigger(word, cp)) return true;
  }
  return false;
}
