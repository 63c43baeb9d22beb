// Guesses a document's language from how often Swedish and English function words occur.

import type { Block } from '../types.js';
import { normaliseText } from './normalise.js';
import { tokenise } from './tokens.js';

/** Frequent words that occur in one language only (none is a word of the other). */
const SV = new Set([
  'och', 'att', 'det', 'som', 'är', 'för', 'på', 'med', 'av', 'till', 'den', 'har', 'inte', 'ska',
  'skall', 'eller', 'vid', 'från', 'kan', 'ett', 'samt', 'enligt', 'ej', 'också', 'detta', 'denna',
  'dessa', 'får', 'måste', 'bör', 'även', 'sig', 'så', 'om',
]);
const EN = new Set([
  'the', 'and', 'of', 'to', 'is', 'that', 'for', 'be', 'shall', 'with', 'by', 'on', 'are', 'or',
  'as', 'this', 'it', 'must', 'will', 'from', 'which', 'should', 'not', 'any', 'its', 'their', 'has',
  'have', 'been', 'these',
]);

/** Enough words to decide; reading a whole 60-page tender would add nothing. */
const SAMPLE = 20_000;

/**
 * The language of a document by function-word counts: `en` only when English words outnumber
 * Swedish ones, so an empty or undecidable document is Swedish (the default everywhere).
 */
export function detectLanguage(blocks: Block[]): 'sv' | 'en' {
  let sv = 0;
  let en = 0;
  let seen = 0;
  for (const block of blocks) {
    for (const token of tokenise(normaliseText(block.text))) {
      if (SV.has(token)) sv++;
      else if (EN.has(token)) en++;
      if (++seen >= SAMPLE) return en > sv ? 'en' : 'sv';
    }
  }
  return en > sv ? 'en' : 'sv';
}
