// Where a flagged word is not the writer's own choice of words: inside a quotation, a proper
// name, or the title of an organisation or a law. Heuristics, documented in the README (Writing quality).
import { isAllCaps, isCapitalised, onlySpacesBetween, type Word } from './words.js';

/** Double quotation marks in Swedish and English typography; paired in order of appearance. */
const QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);

/** Half-open ranges of the text that stand inside double quotation marks. */
export function quotedRanges(text: string): [number, number][] {
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) if (QUOTES.has(text[i]!)) marks.push(i);
  const out: [number, number][] = [];
  // An unpaired last mark is more likely a stray inch sign than a quotation that never ends.
  for (let k = 0; k + 1 < marks.length; k += 2) out.push([marks[k]!, marks[k + 1]! + 1]);
  return out;
}

/**
 * Words that end the name of an organisation or a law: "Brandmännens riksförbund",
 * "Tjänstemännens centralorganisation", "Fireman Association".
 */
const NAME_HEADS = new Set([
  'förbund',
  'förbundet',
  'riksförbund',
  'riksförbundet',
  'förening',
  'föreningen',
  'fackförbund',
  'fackförbundet',
  'centralorganisation',
  'organisation',
  'organisationen',
  'akademi',
  'akademien',
  'stiftelse',
  'stiftelsen',
  'sällskap',
  'sällskapet',
  'institut',
  'institutet',
  'lag',
  'lagen',
  'förordning',
  'förordningen',
  'balk',
  'balken',
  'ab',
  'association',
  'federation',
  'union',
  'society',
  'institute',
  'foundation',
  'council',
  'act',
  'regulations',
  'ltd',
  'limited',
  'inc',
  'plc',
  'llc',
  'gmbh',
]);

/** Linking words inside names: "Ministry of Manpower", "Förbundet för Kontaktmän". */
const NAME_LINKS = new Set(['of', 'for', 'för', 'och', 'and', 'de', 'du', 'von']);

/** Whether a word at `start` opens a sentence: nothing but markup since the last stop or line. */
export function isSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '|') return true;
    if (/[\p{L}\p{N}]/u.test(c)) return false;
  }
  return true;
}

/**
 * Whether the flagged words `words[i..last]` stand in a proper name, judged by the capitals
 * around them: a capitalised neighbour, a name head ("riksförbund", "Act"), an SFS number.
 */
export function inProperName(text: string, words: readonly Word[], i: number, last = i): boolean {
  const w = words[i]!;
  const end = words[last]!.end;
  const capital = isCapitalised(w.text);
  const next = words[last + 1];
  const adjacentNext = next !== undefined && onlySpacesBetween(text, end, next.start);
  // A law cited with its SFS number: "Sjömanslag (1973:282)".
  if (/^\s*\(\d{4}:\d+\)/.test(text.slice(end, end + 16))) return true;
  if (!capital && !isAllCaps(w.text)) return false;
  if (adjacentNext && NAME_HEADS.has(next.lower)) return true;
  if (!capital) return false;
  if (adjacentNext && isCapitalised(next.text)) return true;
  const prev = words[i - 1];
  if (prev && onlySpacesBetween(text, prev.end, w.start)) {
    if (isCapitalised(prev.text) && !isSentenceStart(text, prev.start)) return true;
    const before = words[i - 2];
    if (
      NAME_LINKS.has(prev.lower) &&
      before &&
      onlySpacesBetween(text, before.end, prev.start) &&
      isCapitalised(before.text)
    ) {
      return true;
    }
  }
  return false;
}

/** Whether `[start, end)` lies inside one of `ranges`. */
export function inside(ranges: readonly [number, number][], start: number, end: number): boolean {
  return ranges.some(([a, b]) => a <= start && end <= b);
}

/** Ranges of the text where one of `names` (exact, case-sensitive) occurs as whole words. */
export function nameRanges(text: string, names: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text[at - 1];
      const after = text[at + name.length];
      if (
        (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
        (after === undefined || !/[\p{L}\p{N}]/u.test(after))
      ) {
        out.push([at, at + name.length]);
      }
    }
  }
  return out;
}
