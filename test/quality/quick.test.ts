// The scanner's fast paths: the word splitter (word-scan.ts) against the plain definition of a
// word, and the pre-filter (quick.ts), which must never pass over a word the exact test would
// stop at. Random texts are built from the packs' own forms with every case, genitive, joiner and
// awkward character around them.
import { describe, expect, it } from 'vitest';
import { isWordUnit } from '../../src/match/index.js';
import { newSession } from '../match/session.js';
import { LanguageChecks, mayHoldMatch } from '../../src/quality/language-checks.js';
import type { Block } from '../../src/types.js';
import { compilePack } from '../../src/quality/compile.js';
import { scanText } from '../../src/quality/index.js';
import { couldTrigger, mayMatch } from '../../src/quality/quick.js';
import { hashUnits, isJoiner, scanWords, WORD_FIELDS } from '../../src/quality/word-scan.js';
import { foldWord, wordsOf } from '../../src/quality/words.js';
import { builtinPacks } from './helpers.js';

const loaded = await builtinPacks();
const packs = loaded.map(compilePack);
/** Both packs, as a lint run compiles them. */
const checks = new LanguageChecks(loaded);
const session = newSession();
const prepare = (blocks: Block[]) => session.prepare(blocks);
const blocksWithWord = session.blocksWithWord.bind(session);

/** The definition of a word, written plainly: what scanWords must find. */
function referenceBounds(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 0x20;
    if (isWordUnit(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && isJoiner(code) && i + 1 < n && isWordUnit(text.charCodeAt(i + 1))) continue;
    if (
      start >= 0 &&
      (code === 0x27 || code === 0x2019) &&
      text.charCodeAt(i - 1) === 0x73 &&
      !(i + 1 < n && isWordUnit(text.charCodeAt(i + 1)))
    ) {
      out.push(start, i + 1);
      start = -1;
      continue;
    }
    if (start >= 0) {
      out.push(start, i);
      start = -1;
    }
  }
  return out;
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s % n;
  };
}

const forms = packs.flatMap((cp) => cp.pack.rules.flatMap((r) => Object.keys(r.forms)));
const odd = [
  'İ',
  'Σ',
  'σ',
  'ς',
  'ΑΣ',
  '\u{1d49c}',
  '\ud800',
  'é',
  'e\u0301',
  'ﬁ',
  'K',
  'ß',
  'Ǆ',
  '\u00a0',
  '\t',
  '\n',
  '0',
  '9',
];
const joins = [' ', ' ', ' ', "'", '’', '-', '‐', '‑', '.', ',', '"', '”', 's', "s'", "'s", 's’', '’s', ''];

function variant(form: string, rnd: (n: number) => number): string {
  const all = [
    form,
    form.toUpperCase(),
    form[0]!.toUpperCase() + form.slice(1),
    `deltids${form}`,
    `Brand${form}`,
    `xx${form}s`,
    form.replace(/'/g, '’'),
    form.replace(/-/g, '‐'),
  ];
  return all[rnd(all.length)]!;
}

function randomText(rnd: (n: number) => number): string {
  let text = '';
  const parts = 1 + rnd(12);
  for (let k = 0; k < parts; k++) {
    const pick = rnd(4);
    if (pick === 0) text += odd[rnd(odd.length)]!;
    else if (pick === 1) text += 'leverantören ska';
    else text += variant(forms[rnd(forms.length)]!, rnd);
    text += joins[rnd(joins.length)]!;
  }
  return text;
}

const texts = (() => {
  const rnd = random(20241123);
  return Array.from({ length: 4000 }, () => randomText(rnd));
})();

describe('scanWords', () => {
  it('finds the words the plain definition finds, in random texts', () => {
    for (const text of texts) {
      const { count, words } = scanWords(text);
      const bounds: number[] = [];
      for (let k = 0; k < count; k++) bounds.push(words[k * WORD_FIELDS]!, words[k * WORD_FIELDS + 1]!);
      expect(bounds, JSON.stringify(text)).toEqual(referenceBounds(text));
    }
  });

  it('hashes each word as hashUnits hashes its folded lower case, and the word less one and two units', () => {
    for (const text of texts) {
      const { count, words, hashed } = scanWords(text);
      if (!hashed) continue;
      for (let k = 0; k < count * WORD_FIELDS; k += WORD_FIELDS) {
        const lower = foldWord(text.slice(words[k]!, words[k + 1]!));
        expect(words[k + 2], JSON.stringify(text)).toBe(hashUnits(lower));
        expect(words[k + 3]).toBe(lower.length >= 2 ? hashUnits(lower.slice(0, -1)) : 0);
        expect(words[k + 4]).toBe(lower.length >= 3 ? hashUnits(lower.slice(0, -2)) : 0);
      }
    }
  });

  it('does not trust its hashes where a letter lowers to two units or by context', () => {
    expect(scanWords('Ett İ här').hashed).toBe(false);
    expect(scanWords('ΟΔΟΣ').hashed).toBe(false);
    expect(scanWords('Kontaktman').hashed).toBe(true);
  });

  // scanWords reads word classes off the lower-cased text: that holds only while lower case keeps
  // every unit's class and length (the closing apostrophe after `s` is read off the text as
  // written). Checked here for every code unit of this Node's Unicode data.
  it('relies on lower case keeping the class of every code unit, and the length of all but U+0130', () => {
    const changed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length !== 1) {
        if (c !== 0x130) changed.push(`U+${c.toString(16)} length`);
        continue;
      }
      const l = lower.charCodeAt(0);
      if (isWordUnit(c) !== isWordUnit(l) || isJoiner(c) !== isJoiner(l)) changed.push(`U+${c.toString(16)}`);
    }
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 1) {
      if (String.fromCodePoint(cp).toLowerCase().length !== 2) changed.push(`U+${cp.toString(16)} length`);
    }
    expect(changed).toEqual([]);
  });
});

describe('mayMatch', () => {
  it('passes every text in which the exact test stops at a word', () => {
    for (const text of texts) {
      const exact = wordsOf(text).some((w) => packs.some((cp) => couldTrigger(w.lower, cp)));
      if (exact) expect(mayMatch(text, checks), JSON.stringify(text)).toBe(true);
    }
  });

  it('passes every text in which the scanner finds a match, for each pack alone and both', () => {
    // scanText asks mayMatch first: a match found means the filter let it through. The check is
    // that the filter's answer for the text agrees, whichever packs are asked.
    for (const list of [new LanguageChecks([loaded[0]!]), new LanguageChecks([loaded[1]!]), checks]) {
      for (const text of texts) {
        if (scanText(text, list).length > 0) expect(mayMatch(text, list)).toBe(true);
        if (!mayMatch(text, list))
          expect(wordsOf(text).some((w) => list.packs.some((cp) => couldTrigger(w.lower, cp)))).toBe(false);
      }
    }
  });

  it('says no for plain tender text, which is what makes the language checks fast', () => {
    expect(
      mayMatch('Leverantören ska redovisa hur kraven uppfylls under avtalstiden för leverantörerna.', checks),
    ).toBe(false);
    expect(mayMatch('The supplier shall report how the requirements are met.', checks)).toBe(false);
    expect(mayMatch('Leverantören ska utse en kontaktman.', checks)).toBe(true);
    expect(mayMatch('Contact the chairman’s office.', checks)).toBe(true);
    expect(mayMatch('', checks)).toBe(false);
    expect(mayMatch('kontaktman', new LanguageChecks([]))).toBe(false);
  });
});

describe('blocks the evidence matcher rules out (blocksWithWord with mayHoldMatch)', () => {
  // lintDocument skips the blocks for which blocksWithWord gives 0: none of them may hold a word
  // the pre-filter stops at. Random texts, and plain ones (no odd character: most blocks of a
  // tender), each as one block among others, as paragraphs, list items, table cells and headings.
  const plain = (() => {
    const rnd = random(7);
    const out: string[] = [];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const parts = 1 + rnd(10);
      for (let j = 0; j < parts; j++) {
        const pick = rnd(5);
        if (pick === 0) text += ['bl.a', 'e-post', '2.1', 'Leverantören ska', 'The supplier', '§', 'x.'][rnd(7)]!;
        else text += variant(forms[rnd(forms.length)]!, rnd).replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-'));
        text += [' ', ' ', "'", '-', '.', ', ', '. ', '! ', 's', "s'", "'s", '; ', ': '][rnd(13)]!;
      }
      out.push(text);
    }
    return out;
  })();
  const kinds: Block['kind'][] = ['paragraph', 'list-item', 'table-cell', 'heading', 'paragraph'];
  const test = (token: string) => mayHoldMatch(token, packs);

  it('gives 0 only to blocks where mayMatch says no and the scanner finds nothing', () => {
    let skipped = 0;
    for (const all of [texts, plain]) {
      for (let from = 0; from < all.length; from += 50) {
        const blocks: Block[] = all.slice(from, from + 50).map((text, i) => ({
          text,
          kind: kinds[i % kinds.length]!,
          headingPath: [],
          loc: { block: i + 1 },
          ...(i % kinds.length === 2 ? { table: { id: 1, row: 1 + (i % 3), col: 1 } } : {}),
        }));
        const may = blocksWithWord(prepare(blocks), test);
        blocks.forEach((block, b) => {
          if (may[b] !== 0) return;
          skipped++;
          expect(mayMatch(block.text, checks), JSON.stringify(block.text)).toBe(false);
          expect(scanText(block.text, checks)).toEqual([]);
        });
      }
    }
    // The plain texts without any form are ruled out: the test has something to check.
    expect(skipped).toBeGreaterThan(100);
  });

  it('rules out plain tender text and keeps a block with a flagged word in any form', () => {
    const blocks: Block[] = [
      'Leverantören ska redovisa hur kraven uppfylls, bl.a. under avtalstiden.',
      'Leverantören ska utse en kontaktman.',
      "The suppliers' chairmen shall report.",
      'Contact the chairman’s office.',
      'Ett citat: ”brandman”.',
      'See x.chairman and e-post.',
      "The suppliers' report.",
    ].map((text, i) => ({ text, kind: 'paragraph', headingPath: [], loc: { block: i + 1 } }));
    expect([...blocksWithWord(prepare(blocks), test)]).toEqual([0, 1, 1, 1, 1, 1, 0]);
  });
});
