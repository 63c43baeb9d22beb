// Sections and references: headings and numbered clauses nest as a reader nests them, and a
// sentence that refers to "punkt 2" or "paragraphs (i) to (vii)" finds the clauses it names.

import { describe, expect, test } from 'vitest';
import { labelOf, structureOf } from '../../src/match/structure.js';
import { labelValues } from '../../src/match/references.js';
import type { Block } from '../../src/types.js';

const para = (text: string, i: number): Block => ({ text, kind: 'paragraph', headingPath: [], loc: { block: i + 1 } });
const heading = (text: string, level: number, i: number): Block => ({
  text,
  kind: 'heading',
  level,
  headingPath: [],
  loc: { block: i + 1 },
});

describe('clause labels', () => {
  test.each([
    ['6.1 Leverantören ska …', 'number', '6.1'],
    ['§ 4 Avtalets omfattning', 'section-sign', '4'],
    ['4 § Kontraktet ska innehålla …', 'section-sign', '4'],
    ['(viii) Except where exempted …', 'paren-roman', 'viii'],
    ['(a.) No applicant for employment …', 'paren-alpha', 'a'],
    ['(3) For the purposes of this section …', 'paren-number', '3'],
    ['Subd. 2. All subcontractors …', 'named', '2'],
    ['Sec. 18-156. Contractors …', 'named', '18-156'],
    ['Fråga 12: Kan det bli aktuellt …', 'named', '12'],
    ['b) rutiner för föräldraledighet', 'alpha', 'b'],
    ['1 Inledning', 'number', '1'],
  ])('%j is a clause (%s %s)', (text, style, value) => {
    expect(labelOf(text)).toMatchObject({ style, value });
  });

  test.each(['9 februari 2022 10:39', '100 anställda ska omfattas', 'Leverantören ska …', '2022 deltog vi'])(
    '%j is no clause',
    (text) => {
      expect(labelOf(text)).toBeNull();
    },
  );
});

describe('sections', () => {
  test('sub-clauses nest under their clause, siblings replace each other, a heading closes them all', () => {
    const blocks = [
      heading('Bilaga 6 Särskilda kontraktsvillkor', 1, 0),
      para('11. Equal Employment Opportunity. The Consultant accepts the following terms:', 1),
      para('(a.) No applicant shall be discriminated against because of sex.', 2),
      para('(b.) The Consultant shall state that applicants are considered regardless of sex.', 3),
      para('12. Insurance. The Consultant shall carry insurance.', 4),
      heading('Bilaga 7 Pris', 1, 5),
      para('1 Priset är fast.', 6),
    ];
    const { sections, sectionOf } = structureOf(blocks);
    const at = (b: number) => sections[sectionOf[b]!]!;
    expect(at(2).label?.value).toBe('a');
    expect(sections[at(2).parent]!.label?.value).toBe('11');
    expect(at(3).parent).toBe(at(2).parent);
    expect(at(4).label?.value).toBe('12');
    expect(sections[at(4).parent]!.kind).toBe('heading');
    expect(sections[at(6).parent]!.block).toBe(5);
    expect(sections[at(2).parent]!.end).toBe(4);
  });

  test('"(i)" after "(h)" is a letter, "(i)" on its own a roman numeral', () => {
    const lettered = structureOf(['(g) x', '(h) y', '(i) z'].map(para));
    expect(lettered.sections.map((s) => s.label?.style)).toEqual(['paren-alpha', 'paren-alpha', 'paren-alpha']);
    const roman = structureOf(['(i) x', '(ii) y'].map(para));
    expect(roman.sections.map((s) => s.label?.style)).toEqual(['paren-roman', 'paren-roman']);
  });
});

describe('label references', () => {
  const read = (words: string) => {
    const list = words.split(' ');
    return labelValues(list, { start: 0, end: 1 }).values;
  };
  test.each([
    ['paragraphs i to vii', ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii']],
    ['paragraphs 1 2 and 3 above', ['1', '2', '3']],
    ['punkterna 1-4', ['1', '2', '3', '4']],
    ['avsnitt 5.3 om', ['5.3']],
    ['punkt 2 ovan', ['2']],
    ['section a through d', ['a', 'b', 'c', 'd']],
  ])('%j names %j', (words, values) => {
    expect(read(words)).toEqual(values);
  });
});
