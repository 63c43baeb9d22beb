// Guesses a document's language from how often Swedish and English function words occur.

import type { Block } from '../types.js';
import { normaliseText } from './normalise.js';
import { tokenise } from './tokens.js';

/** Frequent words that occur in one language only (none is a word of the other). */
const SV = new Set([
  'och',
  'att',
  'det',
  'som',
  'är',
  'för',
  'på',
  'med',
  'av',
  'till',
  'den',
  'har',
  'inte',
  'ska',
  'skall',
  'eller',
  'vid',
  'från',
  'kan',
  'ett',
  'samt',
  'enligt',
  'ej',
  'också',
  'detta',
  'denna',
  'dessa',
  'får',
  'måste',
  'bör',
  'även',
  'sig',
  'så',
  'om',
]);
const EN = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'that',
  'for',
  'be',
  'shall',
  'with',
  'by',
  'on',
  'are',
  'or',
  'as',
  'this',
  'it',
  'must',
  'will',
  'from',
  'which',
  'should',
  'not',
  'any',
  'its',
  'their',
  'has',
  'have',
  'been',
  'these',
]);

/** Both lists in one map: one lookup per word (Swedish last, so it wins as it did when tested first). */
const FUNCTION_WORDS = new Map<string, 'sv' | 'en'>([
  ...[...EN].map((w) => [w, 'en'] as const),
  ...[...SV].map((w) => [w, 'sv'] as const),
]);

const SV_WORD = 1;
const EN_WORD = 2;

/** What a word counts for: 1 a Swedish function word, 2 an English one, 0 neither. */
export function functionWordKind(token: string): number {
  const which = FUNCTION_WORDS.get(token);
  return which === 'sv' ? SV_WORD : which === 'en' ? EN_WORD : 0;
}

/** Enough words to decide; reading a whole 60-page tender would add nothing. */
const SAMPLE = 20_000;

/** Counts function words of the first {@link SAMPLE} tokens; shared with `prepare`, which sees the same tokens. */
export class LanguageCounter {
  private sv = 0;
  private en = 0;
  private seen = 0;

  /** Counts one token; false once the sample is complete (later tokens change nothing). */
  add(token: string): boolean {
    if (this.seen >= SAMPLE) return false;
    const which = FUNCTION_WORDS.get(token);
    if (which === 'sv') this.sv++;
    else if (which === 'en') this.en++;
    this.seen++;
    return this.seen < SAMPLE;
  }

  /** {@link LanguageCounter.add} for a token whose {@link functionWordKind} is known. */
  addKind(kind: number): boolean {
    if (this.seen >= SAMPLE) return false;
    if (kind === SV_WORD) this.sv++;
    else if (kind === EN_WORD) this.en++;
    this.seen++;
    return this.seen < SAMPLE;
  }

  /** `en` only when English words outnumber Swedish ones, so an undecidable text is Swedish. */
  get lang(): 'sv' | 'en' {
    return this.en > this.sv ? 'en' : 'sv';
  }
}

/**
 * The language of a document by function-word counts: `en` only when English words outnumber
 * Swedish ones, so an empty or undecidable document is Swedish (the default everywhere).
 */
export function detectLanguage(blocks: Block[]): 'sv' | 'en' {
  const counter = new LanguageCounter();
  for (const block of blocks) {
    for (const token of tokenise(normaliseText(block.text))) {
      if (!counter.add(token)) return counter.lang;
    }
  }
  return counter.lang;
}
