// Guards against super-linear matching: pathological and tender-sized inputs take linear time
// (the larger run of each at most eight times the smaller, see ../linear.ts).

import { describe, expect, test } from 'vitest';
import { compileEvidence } from '../../src/match/index.js';
import type { Block } from '../../src/types.js';
import { expectLinear } from '../linear.js';
import { newSession } from './session.js';

const session = newSession();
const prepare = (blocks: Block[]) => session.prepare(blocks, { tender: true });
const findEvidence = session.find.bind(session);

const paragraph = (text: string, block: number): Block => ({
  text,
  kind: 'paragraph',
  headingPath: [],
  loc: { block },
});

describe('linear time', () => {
  test('a paragraph of one word repeated 50,000 and 200,000 times, against a term of that word repeated', async () => {
    const evidence = compileEvidence({
      all: [{ sv: ['lön lön lön lön lön x', 'lön*', '*lön', '*lön*'], en: ['pay'] }],
      not: { sv: ['lön lön lön lön lön lön lön y'], en: ['index'] },
      context: 'any',
    });
    await expectLinear((words) => {
      expect(findEvidence(prepare([paragraph('lön '.repeat(words), 1)]), evidence)).not.toBeNull();
    }, 50_000);
  });

  test('a run of dots, hyphens and abbreviations of 500k and 2M characters', async () => {
    const evidence = compileEvidence({ all: [{ sv: ['bl.a t.ex'], en: ['e.g'] }], context: 'any' });
    await expectLinear((runs) => {
      expect(findEvidence(prepare([paragraph('bl.a. t.ex. a-a-a-a. '.repeat(runs), 1)]), evidence)).not.toBeNull();
    }, 25_000);
  });

  test('one sentence of 10,000 and 40,000 words, question words, duty words and parties by turns', async () => {
    const evidence = compileEvidence({ all: [{ sv: ['trakasserier'], en: ['harassment'] }] });
    await expectLinear((n) => {
      const text = `${'hur leverantören ska och vilka kommunen kan '.repeat(n / 8)}trakasserier`;
      expect(findEvidence(prepare([paragraph(text, 1)]), evidence)).not.toBeNull();
    }, 10_000);
  });

  test('a lead-in of 5,000 and 20,000 sentences governing as many list items', async () => {
    const evidence = compileEvidence({
      all: [
        { sv: ['föräldraledig*'], en: ['parental leave'] },
        { sv: ['rutin*'], en: ['routine*'] },
      ],
    });
    await expectLinear((n) => {
      const blocks: Block[] = [paragraph(`${'Leverantören ska göra detta. '.repeat(n)}Leverantören ska ha:`, 1)];
      for (let i = 0; i < n; i++)
        blocks.push({ text: 'rutiner', kind: 'list-item', headingPath: [], loc: { block: i + 2 } });
      blocks.push({ text: 'föräldraledighet', kind: 'list-item', headingPath: [], loc: { block: n + 2 } });
      expect(findEvidence(prepare(blocks), evidence)).toBeNull();
    }, 5_000);
  });

  test('500 and 2,000 clauses, each referring to others by number, range, code and part name', async () => {
    // The topic is never found, so every unit's references (labels, mentions, one hop) are worked out.
    const evidence = compileEvidence({
      all: [
        { sv: ['jämställdhet'], en: ['equality'], from: ['unit', 'section', 'reference'] },
        { sv: ['vite'], en: ['penalty'] },
      ],
      context: 'any',
    });
    await expectLinear((n) => {
      const blocks: Block[] = [{ text: '1 Villkor', kind: 'heading', level: 1, headingPath: [], loc: { block: 0 } }];
      for (let i = 0; i < n; i++)
        blocks.push(
          paragraph(
            `${(i % 90) + 1}.${(i % 7) + 1} Vite utgår vid brister i 6.3 och 7.2, 1.1 till 1.9, AFC.361–AFC.399, ` +
              'Schedule 7, bilaga 3, KPIs SV1 to SV9 och villkoren i detta avsnitt och punkterna a-z.',
            i + 1,
          ),
        );
      // The topic stands only in a section nothing refers to.
      blocks.push({ text: '2 Annat', kind: 'heading', level: 1, headingPath: [], loc: { block: n + 1 } });
      blocks.push(paragraph('Kommunen arbetar med jämställdhet.', n + 2));
      expect(findEvidence(prepare(blocks), evidence)).toBeNull();
    }, 500);
  });

  test('a tender of 50k and 200k words and 20 rules', async () => {
    const sentences = [
      'Leverantören ska under avtalstiden tillhandahålla tjänsterna enligt bilaga 2.',
      'Priserna justeras årligen enligt lönekostnadsindex för tjänstemän.',
      'Kontaktpersonen för avtalet är föräldraledig under våren.',
      'Anbudsgivaren ska bifoga en beskrivning av kvalitetsarbetet, t.ex. rutiner för avvikelser.',
      'Fakturering sker månadsvis i efterskott enl. 5 kap. 3 § i avtalet.',
    ];
    const rules = Array.from({ length: 20 }, (_, i) =>
      compileEvidence({
        all: [
          { sv: ['föräldraledig*', `ord${i}`, 'förena arbete och föräldraskap'], en: ['parental leave'] },
          { sv: ['rutin*', '*policy', '*kartläggning'], en: ['routine*'] },
        ],
        not: { sv: ['*index'], en: ['price index'] },
      }),
    );
    await expectLinear((words) => {
      const blocks: Block[] = [];
      for (let i = 0; blocks.length * 12 < words; i++) blocks.push(paragraph(sentences[i % sentences.length]!, i + 1));
      blocks.push(
        paragraph('Leverantören ska ha rutiner för föräldraledighet och lönekartläggning.', blocks.length + 1),
      );
      const prepared = prepare(blocks);
      const hits = rules.map((rule) => findEvidence(prepared, rule));
      expect(hits.every((hit) => hit?.block.loc.block === blocks.length)).toBe(true);
    }, 50_000);
  });
});
