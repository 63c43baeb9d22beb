// detectLanguage and exampleBlocks: the helpers around matching.

import { describe, expect, test } from 'vitest';
import { detectLanguage, exampleBlocks } from '../../src/match/index.js';

describe('detectLanguage', () => {
  test.each([
    ['Leverantören ska ha en plan för jämställdhet och redovisa den till beställaren.', 'sv'],
    ['The Contractor shall have a plan for gender equality and report it to the Authority.', 'en'],
    ['Jämställdhetsplan', 'sv'],
    ['', 'sv'],
    ['Bilaga 3: Terms and conditions. Leverantören ska följa de villkor som anges i avtalet och i bilagorna.', 'sv'],
    ['Tender documents, Anbudsformulär. The tenderer must complete the form and return it with the tender.', 'en'],
  ])('%j is %s', (text, lang) => {
    expect(detectLanguage(exampleBlocks(text))).toBe(lang);
  });
});

describe('exampleBlocks', () => {
  test('a single sentence is one paragraph', () => {
    expect(exampleBlocks('Leverantören ska ha rutiner.')).toEqual([
      { text: 'Leverantören ska ha rutiner.', kind: 'paragraph', headingPath: [], loc: { block: 1, line: 1 } },
    ]);
  });

  test('a lead-in and nested list items', () => {
    const blocks = exampleBlocks('Leverantören ska ha:\n- rutiner för:\n  - föräldraledighet');
    expect(blocks.map((b) => [b.kind, b.text, b.listLevel])).toEqual([
      ['paragraph', 'Leverantören ska ha:', undefined],
      ['list-item', 'rutiner för:', 1],
      ['list-item', 'föräldraledighet', 2],
    ]);
  });

  test('table rows, skipping the Markdown separator', () => {
    const blocks = exampleBlocks('| Krav | Svar |\n|---|:---:|\n| Plan | Ja |');
    expect(blocks.map((b) => [b.text, b.table])).toEqual([
      ['Krav', { id: 1, row: 1, col: 1 }],
      ['Svar', { id: 1, row: 1, col: 2 }],
      ['Plan', { id: 1, row: 2, col: 1 }],
      ['Ja', { id: 1, row: 2, col: 2 }],
    ]);
  });

  test('headings give later blocks their heading path', () => {
    const blocks = exampleBlocks('# 4 Krav\n## 4.2 Personal\nText.');
    expect(blocks[2]).toMatchObject({
      kind: 'paragraph',
      headingPath: ['4 Krav', '4.2 Personal'],
      loc: { block: 3, line: 3 },
    });
  });
});

describe('exampleBlocks with numbered items', () => {
  test('`1. ` and `2) ` lines are list items', () => {
    expect(exampleBlocks('Leverantören ska:\n1. ha en plan\n2) redovisa den').map((b) => b.kind)).toEqual([
      'paragraph',
      'list-item',
      'list-item',
    ]);
  });
});
