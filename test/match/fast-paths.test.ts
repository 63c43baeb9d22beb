// The hand-written fast paths of preparing a text agree with the plain definitions they replace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, exampleBlocks, prepare } from '../../src/match/index.js';
import { mayOblige, obligationState } from '../../src/match/context.js';
import { cleanText } from '../../src/match/normalise.js';
import { tokenise } from '../../src/match/tokens.js';

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['.\-][\p{L}\p{N}\p{M}]+)*|§/gu;
const reference = {
  tokenise: (text: string): string[] => text.match(TOKEN) ?? [],
  cleanText: (text: string): string => text.normalize('NFC').replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim(),
};

/** Text from the characters that matter: letters of several scripts, marks, joiners, spaces, surrogates. */
const char = fc.oneof(
  fc.constantFrom(...'aZ09åÄö§ .-\'’–_,;:!?()\t\n\r\u00a0\u2002\u2009\u00ad\u200b\ufeff\u0301\u0308e\u212b\u2126\u2000Ωσς𝐀😀\ud800\udc00'.split('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const text = fc.array(char, { maxLength: 40 }).map((a) => a.join(''));

describe('fast paths', () => {
  it('tokenise equals the regular expression it spells out', () => {
    fc.assert(fc.property(text, (t) => {
      expect(tokenise(t)).toEqual(reference.tokenise(t));
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => {
      expect(tokenise(t)).toEqual(reference.tokenise(t));
    }), { numRuns: 1000 });
  });

  it('cleanText equals NFC, invisible characters removed, white space collapsed, trimmed', () => {
    fc.assert(fc.property(text, (t) => {
      expect(cleanText(t)).toBe(reference.cleanText(t));
    }), { numRuns: 3000 });
  });

  it('the language prepare finds is the one detectLanguage finds', () => {
    const words = fc.constantFrom('och', 'att', 'the', 'and', 'of', 'ska', 'shall', 'krav', 'pay', 'lön', 'Det', 'The', '.', ':', '\n- ', '\n\n', 'ska.', 'is.');
    const doc = fc.array(words, { maxLength: 60 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(doc, (t) => {
        const blocks = exampleBlocks(t);
        expect(prepare(blocks).lang).toBe(detectLanguage(blocks));
      }),
      { numRuns: 1000 },
    );
  });

  it('a sentence with no word that may oblige is never an obligation (prepare skips it)', () => {
    const word = fc.constantFrom('ska', 'skall', 'inte', 'krav', 'gäller', 'will', 'the', 'contractor', 'redovisa', 'describe', 'required', 'is', 'not',
      'need', 'to', 'får', 'a', '1', '2.1', 'lön', 'pay', 'och', 'att', 'leverantören', 'poäng', 'ges', 'ansvarig', 'for', 'responsible');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (tokens) => {
        if (!tokens.some(mayOblige)) expect(obligationState(tokens)).toBe('none');
      }),
      { numRuns: 3000 },
    );
  });
});
