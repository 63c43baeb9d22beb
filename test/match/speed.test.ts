// Guards against super-linear matching: pathological and tender-sized inputs stay fast.

import { describe, expect, test } from 'vitest';
import { compileEvidence } from '../../src/match/index.js';
import type { Block } from '../../src/types.js';
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

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe('linear time', () => {
  test('a 200k-character paragraph of one repeated word, against a term of that word repeated', () => {
    const text = 'lön '.repeat(50_000);
    const evidence = compileEvidence({
      all: [{ sv: ['lön lön lön lön lön x', 'lön*', '*lön', '*lön*'], en: ['pay'] }],
      not: { sv: ['lön lön lön lön lön lön lön y'], en: ['index'] },
      context: 'any',
    });
    const { result, ms } = timed(() => findEvidence(prepare([paragraph(text, 1)]), evidence));
    expect(result).not.toBeNull();
    expect(ms).toBeLessThan(2000);
  });

  test('a 200k-character run of dots, hyphens and abbreviations', () => {
    const text = 'bl.a. t.ex. a-a-a-a. '.repeat(10_000);
    const evidence = compileEvidence({ all: [{ sv: ['bl.a t.ex'], en: ['e.g'] }], context: 'any' });
    const { result, ms } = timed(() => findEvidence(prepare([paragraph(text, 1)]), evidence));
    expect(result).not.toBeNull();
    expect(ms).toBeLessThan(2000);
  });

  test('a lead-in of 5,000 sentences governing 5,000 list items', () => {
    const lead = `${'Leverantören ska göra detta. '.repeat(5000)}Leverantören ska ha:`;
    const blocks: Block[] = [paragraph(lead, 1)];
    for (let i = 0; i < 5000; i++)
      blocks.push({ text: 'rutiner', kind: 'list-item', headingPath: [], loc: { block: i + 2 } });
    blocks.push({ text: 'föräldraledighet', kind: 'list-item', headingPath: [], loc: { block: 5002 } });
    const evidence = compileEvidence({
      all: [
        { sv: ['föräldraledig*'], en: ['parental leave'] },
        { sv: ['rutin*'], en: ['routine*'] },
      ],
    });
    const { result, ms } = timed(() => findEvidence(prepare(blocks), evidence));
    expect(result).toBeNull();
    expect(ms).toBeLessThan(2000);
  });

  test('a 50k-word tender and 20 rules', () => {
    const sentences = [
      'Leverantören ska under avtalstiden tillhandahålla tjänsterna enligt bilaga 2.',
      'Priserna justeras årligen enligt lönekostnadsindex för tjänstemän.',
      'Kontaktpersonen för avtalet är föräldraledig under våren.',
      'Anbudsgivaren ska bifoga en beskrivning av kvalitetsarbetet, t.ex. rutiner för avvikelser.',
      'Fakturering sker månadsvis i efterskott enl. 5 kap. 3 § i avtalet.',
    ];
    const blocks: Block[] = [];
    for (let i = 0; blocks.length * 12 < 50_000; i++) blocks.push(paragraph(sentences[i % sentences.length]!, i + 1));
    blocks.push(paragraph('Leverantören ska ha rutiner för föräldraledighet och lönekartläggning.', blocks.length + 1));
    const rules = Array.from({ length: 20 }, (_, i) =>
      compileEvidence({
        all: [
          { sv: ['föräldraledig*', `ord${i}`, 'förena arbete och föräldraskap'], en: ['parental leave'] },
          { sv: ['rutin*', '*policy', '*kartläggning'], en: ['routine*'] },
        ],
        not: { sv: ['*index'], en: ['price index'] },
      }),
    );
    const prepared = timed(() => prepare(blocks));
    const matched = timed(() => rules.map((rule) => findEvidence(prepared.result, rule)));
    expect(matched.result.every((hit) => hit?.block.loc.block === blocks.length)).toBe(true);
    expect(prepared.ms + matched.ms).toBeLessThan(2000);
  });
});
