// The hand-written fast paths of preparing a text agree with the plain definitions they replace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEvidence, detectLanguage, exampleBlocks } from '../../src/match/index.js';
import { CLASSES, cleanText, cleanTextPlain, foldText } from '../../src/match/normalise.js';
import { layout } from '../../src/match/units.js';
import { scanWords, tokenise, WordRuns } from '../../src/match/tokens.js';
import type { Block } from '../../src/types.js';
import { newSession } from './session.js';

const session = newSession();
const prepare = (blocks: Block[]) => session.prepare(blocks);

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['.-][\p{L}\p{N}\p{M}]+)*|[§%]/gu;
const reference = {
  tokenise: (text: string): string[] => text.match(TOKEN) ?? [],
  cleanText: (text: string): string =>
    text
      .normalize('NFC')
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
};

/** Text from the characters that matter: letters of several scripts, marks, joiners, spaces, surrogates. */
const char = fc.oneof(
  fc.constantFrom(
    ...(
      "aZ09åÄö§ .-'’–_,;:!?()\t\n\r\u00a0\u2002\u2009\u00ad\u200b\ufeff" +
      '\u0301\u0308e\u212b\u2126\u2000Ωσς𝐀😀\ud800\udc00'
    ).split(''),
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const text = fc.array(char, { maxLength: 40 }).map((a) => a.join(''));

/** The word at token position `p` of a prepared text, through the vocabulary's positions. */
function wordAt(prepared: ReturnType<typeof prepare>, p: number): string {
  const internal = prepared as unknown as {
    vocabulary: { word(id: number): string; offsets: Int32Array; flat: Int32Array };
  };
  const { offsets, flat } = internal.vocabulary;
  for (let id = 0; id + 1 < offsets.length; id++) {
    for (let i = offsets[id]!; i < offsets[id + 1]!; i++) if (flat[i] === p) return internal.vocabulary.word(id);
  }
  throw new Error(`no word at ${p}`);
}

describe('fast paths', () => {
  it('tokenise equals the regular expression it spells out', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenise(t)).toEqual(reference.tokenise(t));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (t) => {
        expect(tokenise(t)).toEqual(reference.tokenise(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('cleanText equals NFC, invisible characters removed, white space collapsed, trimmed', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(cleanText(t)).toBe(reference.cleanText(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('cleanText equals the reference around every single code unit (the one-class fast path)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const t = `a${String.fromCharCode(c)}b`;
      if (cleanText(t) !== reference.cleanText(t)) expect([c, cleanText(t)]).toEqual([c, reference.cleanText(t)]);
    }
  });

  it('NOT_PLAIN finds exactly the code units MAY_NEED_CLEANING or HAS_FOLDED finds', () => {
    const { MAY_NEED_CLEANING, HAS_FOLDED, NOT_PLAIN } = CLASSES;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (NOT_PLAIN.test(ch) !== (MAY_NEED_CLEANING.test(ch) || HAS_FOLDED.test(ch))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('a plain text folds to its lower case, and cleanTextPlain cleans as cleanText does', () => {
    // Lower case of no plain code unit holds a character foldText folds, in any context.
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const t = `A${String.fromCharCode(c)}b`;
      const { text: clean, plain } = cleanTextPlain(t);
      if (clean !== cleanText(t)) wrong.push(c);
      if (plain && foldText(clean) !== clean.toLowerCase()) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    fc.assert(
      fc.property(text, (t) => {
        const { text: clean, plain } = cleanTextPlain(t);
        expect(clean).toBe(cleanText(t));
        if (plain) expect(clean.toLowerCase()).toBe(foldText(clean));
      }),
      { numRuns: 3000 },
    );
    expect(cleanTextPlain(' Leverantören ska ')).toEqual({ text: 'Leverantören ska', plain: true });
    expect(cleanTextPlain('Leverantörens ’policy’')).toEqual({ text: 'Leverantörens ’policy’', plain: false });
    expect(cleanTextPlain('två  mellanslag')).toEqual({ text: 'två mellanslag', plain: false });
  });

  it('scanWords over a range finds the words tokenise finds in that slice', () => {
    const runs = new WordRuns();
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        // The range is cut at spaces, as sentences are.
        const whole = `${a} ${b} ${c}`;
        const from = a.length + 1;
        const to = from + b.length;
        runs.count = 0;
        scanWords(whole, from, to, runs);
        const words: string[] = [];
        for (let k = 0; k < runs.count; k++) words.push(whole.slice(runs.starts[k], runs.ends[k]));
        expect(words).toEqual(tokenise(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('prepare tokenises each sentence as tokenise(foldText(sentence)) does', () => {
    const words = fc.constantFrom(
      'Och',
      'ATT',
      'the',
      'ΟΔΟΣ',
      'Σ.',
      'İstanbul',
      'ΑΣ-Β',
      'Ａｂ',
      '𐐀x',
      'Ǆ',
      'ẞ',
      '‘Ja’',
      'A–B',
      'x‐y',
      'e-post',
      'Supplier’s',
      '«citat»',
      'bl.a.',
      '§',
      '3.',
      'Ska',
      'krav:',
      '\u00ad',
      'x´y',
      'ΣΑ',
      'a.',
      'Lön',
    );
    const doc = fc.array(words, { maxLength: 40 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 4 }), (texts) => {
        const blocks: Block[] = texts.map((t, i) => ({
          text: t,
          kind: 'paragraph',
          headingPath: [],
          loc: { block: i + 1 },
        }));
        const prepared = prepare(blocks);
        const reference = layout(blocks, new Set()).segments.map((segment) => tokenise(foldText(segment.text)));
        const actual = prepared.segments.map((segment) => {
          const out: string[] = [];
          for (let p = segment.start; p < segment.end; p++) out.push(wordAt(prepared, p));
          return out;
        });
        expect(actual).toEqual(reference);
      }),
      { numRuns: 1000 },
    );
  });

  it('the language prepare finds is the one detectLanguage finds', () => {
    const words = fc.constantFrom(
      'och',
      'att',
      'the',
      'and',
      'of',
      'ska',
      'shall',
      'krav',
      'pay',
      'lön',
      'Det',
      'The',
      '.',
      ':',
      '\n- ',
      '\n\n',
      'ska.',
      'is.',
    );
    const doc = fc.array(words, { maxLength: 60 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(doc, (t) => {
        const blocks = exampleBlocks(t);
        expect(prepare(blocks).lang).toBe(detectLanguage(blocks));
      }),
      { numRuns: 1000 },
    );
  });

  it('an opening instruction after a list label binds, after any other short word not', () => {
    // Numbers, a letter, a roman numeral, a code of letters and a number ("sv1", "k2.1").
    const label = /^(?:[\p{N}.]+|\p{L}|[ivxlc]{1,5}|\p{L}{1,3}\d{1,2}(?:\.\d{1,2})?)$/u;
    const unit = fc.constantFrom(...'aZ09.åÖ-ΣΩ1'.split(''), '𝐀', '\u0301');
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
        (first) => {
          const sentence = `${first} beskriv planen`;
          fc.pre(first.length <= 3 && !/[.-]/.test(first) && session.roleOf(first).force === 'statement');
          const words = sentence.split(' ');
          fc.pre(words.length === 3);
          expect(session.roleOf(sentence).force).toBe(
            label.test(first.normalize('NFC').toLowerCase()) ? 'duty' : 'statement',
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a sentence none of whose words may start a reading phrase is a bare statement', () => {
    const word = fc.constantFrom(
      'lön',
      'pay',
      'planen',
      'rutiner',
      'jämställdhet',
      'equality',
      'routines',
      'arbetsmiljö',
      'training',
      'avtalstiden',
      '2026',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const role = session.roleOf(words.join(' '));
        expect([role.force, role.binds]).toEqual(['statement', 16]);
      }),
      { numRuns: 1000 },
    );
  });

  it('documents share one lexicon and pattern index per run, yet match alike in any order', () => {
    // Each rule's patterns are met for the first time on some document, in between others.
    const rules = [
      {
        all: [
          { sv: ['föräldraledig*'], en: ['parental leave'] },
          { sv: ['rutin*', '*policy'], en: ['routine*'] },
        ],
      },
      { all: [{ sv: ['*kartläggning', 'lön'], en: ['pay survey'] }], not: { sv: ['*index'], en: ['price index'] } },
      { all: [{ sv: ['*jämställd*'], en: ['gender equality'] }], context: 'any' as const },
    ].map((spec) => compileEvidence(spec));
    const texts = [
      'Leverantören ska ha rutiner för föräldraledighet.',
      'Leverantören ska göra en lönekartläggning. Priset följer lönekostnadsindex.',
      'Ett ojämställt arbetsliv. The Contractor shall have routines for parental leave.',
      'Leverantören ska ha en föräldraledighetspolicy och följa lönen.',
    ];
    const answer = (text: ReturnType<typeof prepare>): (string | null)[] =>
      rules.map((rule) => session.find(text, rule)?.unit ?? null);
    const alone = texts.map((t) => answer(prepare(exampleBlocks(t))));
    // All prepared first, then matched last to first: each keeps its own words.
    const prepared = texts.map((t) => prepare(exampleBlocks(t)));
    expect([...prepared].reverse().map(answer)).toEqual([...alone].reverse());
    expect(alone[0]![0]).toBe('Leverantören ska ha rutiner för föräldraledighet.');
  });
});
