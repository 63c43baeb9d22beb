// Sections and references: headings and numbered clauses nest as a reader nests them, and a
// sentence that refers to "punkt 2" or "paragraphs (i) to (vii)" finds the clauses it names.

import { describe, expect, test } from 'vitest';
import { labelOf, structureOf } from '../../src/match/structure.js';
import { labelMentions, labelValues } from '../../src/match/references.js';
import type { Block } from '../../src/types.js';
import { compileClauseWords } from '../../src/match/clause-words.js';
import { CLAUSES, READING } from './session.js';

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
    ['28A.3 The Contractor shall …', 'number', '28a.3'],
    // A clause after its section's code, and the coded section itself.
    ['B4.3 Leverantören ska …', 'number', '4.3'],
    ['B6. Särskilda kontraktsvillkor', 'named', '6'],
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
    ['AFC.361 Etablering och utrustning', 'named', '361'],
    // A clause of a lettered part: "B.2" in Part B.
    ['B.2 Staff shall be paid the living wage.', 'named', '2'],
    ['Bilaga 3 Kommersiella villkor', 'named', '3'],
    ['Appendix C Pricing', 'named', 'c'],
    ['Q14. Can the Council confirm …', 'named', '14'],
  ])('%j is a clause (%s %s)', (text, style, value) => {
    expect(labelOf(text, CLAUSES)).toMatchObject({ style, value });
  });
  test('a name written together with its number is a code, as a sentence names it ("compliance with SC2")', () => {
    expect(labelOf('SC2. Workplace gender equality', CLAUSES)).toMatchObject({ value: '2', part: 'sc', code: true });
    expect(labelOf('Sec. 18 Contractors', CLAUSES)?.part).toBeUndefined();
  });

  test.each([
    'Schedule a meeting with the Council.',
    'Del a av leveransen',
    '9 februari 2022 10:39',
    '100 anställda ska omfattas',
    'Leverantören ska …',
    '2022 deltog vi',
  ])('%j is no clause', (text) => {
    expect(labelOf(text, CLAUSES)).toBeNull();
  });
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
    const { sections, sectionOf } = structureOf(blocks, CLAUSES);
    const at = (b: number) => sections[sectionOf[b]!]!;
    expect(at(2).label?.value).toBe('a');
    expect(sections[at(2).parent]!.label?.value).toBe('11');
    expect(at(3).parent).toBe(at(2).parent);
    expect(at(4).label?.value).toBe('12');
    expect(sections[at(4).parent]!.kind).toBe('heading');
    expect(sections[at(6).parent]!.block).toBe(5);
    expect(sections[at(2).parent]!.end).toBe(4);
  });

  test('a paragraph opening a part holds the clauses after it, up to the next part or a heading', () => {
    const blocks = [
      para('Part A – Vetting. DBS checks shall be completed before any placement.', 0),
      para('Part B – Fair Work Conditions', 1),
      para('B1. Agency Workers shall receive the same pay whatever their sex.', 2),
      para('B2. The Supplier shall analyse the pay of women and men each year.', 3),
      para('Part C – Pricing', 4),
      para('C1. Rates are fixed.', 5),
      heading('Schedule 4 – KPIs', 1, 6),
      para('C14. The Customer may request evidence that the conditions in Part B are met.', 7),
    ];
    const { sections, sectionOf, byLabel } = structureOf(blocks, CLAUSES);
    const partB = byLabel.get('part b')![0]!;
    expect(sections[partB]).toMatchObject({ block: 1, end: 4 });
    expect(sections[sectionOf[3]!]!.parent).toBe(partB);
    expect(sections[sectionOf[5]!]!.parent).toBe(byLabel.get('part c')![0]);
    expect(sections[byLabel.get('part c')![0]!]!.end).toBe(6);
    // A part the reading vocabulary does not list as holding clauses ("Table 2", "KPI 1") holds none.
    const table = structureOf([para('Table 2 – Targets', 0), para('B1. Pay shall be equal.', 1)], CLAUSES);
    expect(table.sections[table.sectionOf[1]!]!.parent).toBe(-1);
  });

  test('"(i)" after "(h)" is a letter, "(i)" on its own a roman numeral', () => {
    const lettered = structureOf(['(g) x', '(h) y', '(i) z'].map(para), CLAUSES);
    expect(lettered.sections.map((s) => s.label?.style)).toEqual(['paren-alpha', 'paren-alpha', 'paren-alpha']);
    const roman = structureOf(['(i) x', '(ii) y'].map(para), CLAUSES);
    expect(roman.sections.map((s) => s.label?.style)).toEqual(['paren-roman', 'paren-roman']);
  });
});

describe('label references', () => {
  const read = (words: string) => {
    const list = words.split(' ');
    return labelValues(list, { start: 0, end: 1 }, CLAUSES).values;
  };
  test.each([
    ['paragraphs i to vii', ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii']],
    ['paragraphs 1 2 and 3 above', ['1', '2', '3']],
    ['punkterna 1-4', ['1', '2', '3', '4']],
    ['avsnitt 5.3 om', ['5.3']],
    ['punkt 2 ovan', ['2']],
    ['section a through d', ['a', 'b', 'c', 'd']],
    ['paragraphs 7.2 to 7.5', ['7.2', '7.3', '7.4', '7.5']],
    ['punkt 4.2 a och 5', ['4.2', '5']],
    // A clause a variation inserts between 28 and 29.
    ['clause 28a.3', ['28a.3']],
    ['schedule 7 and 8', ['schedule 7', 'schedule 8']],
    ['enligt afc.361-afc.363', ['afc 361', 'afc 362', 'afc 363']],
    ['enligt 17 kap 1 §', []],
  ])('%j names %j', (words, values) => {
    expect(read(words)).toEqual(values);
  });

  test.each([
    ['kraven i 6.3 och 7.2 ska föras vidare', [['6.3', '7.2']]],
    ['vite utgår om kraven i afc.361-afc.364 inte uppfylls', [['afc 361', 'afc 362', 'afc 363', 'afc 364']]],
    ['a failure to comply with schedule 7 is a default under clause 22', [['schedule 7']]],
    ['enligt bilaga 3 och appendix c', [['bilaga 3'], ['appendix c']]],
    ['se svaret på fråga 12 och q14', [['q 12'], ['q 14']]],
    ['performance against kpis sv1 to sv4', [['sv 1', 'sv 2', 'sv 3', 'sv 4']]],
    ['any of kpis sv-e1 to sv-e3', [['sv-e 1', 'sv-e 2', 'sv-e 3']]],
    // A dash folds to '-': "kraven K1–K3".
    ['leverantören ska uppfylla kraven k1-k3', [['k 1', 'k 2', 'k 3']]],
    [
      'indikatorerna k2-4 och sv-kpi-1 till sv-kpi-2',
      [
        ['k 2', 'k 3', 'k 4'],
        ['sv-kpi 1', 'sv-kpi 2'],
      ],
    ],
    ['covid-19 and iso-9001', []],
    // A clause of section SC13, numbered 13.1 … there.
    ['obligations equivalent to those in sc13.1 to sc13.3', [['13.1', '13.2', '13.3']]],
    ['as required by gc12.2', [['12.2']]],
    ['the obligations in paragraphs b.2 and c.2', [['b 2'], ['c 2']]],
    ['kraven i b4.2-b4.4 är särskilda villkor', [['4.2', '4.3', '4.4']]],
    // "Part D – Fair Work First" is a part of the document, named by its letter.
    ['where the provider fails to comply with part d', [['part d']]],
    ['the hours of 1.500 people in 12.5.2027', []],
  ])('%j mentions %j by shape', (words, keys) => {
    expect(labelMentions(words.split(' '), false, CLAUSES).map((m) => m.keys)).toEqual(keys);
  });
});

describe('numbered headings a reader gives one level', () => {
  test('"3" holds "3.1" and "AFC.36" holds "AFC.361"; "4" closes them', () => {
    const { sections, sectionOf } = structureOf(
      [
        heading('3 Krav under avtalstiden', 2, 0),
        heading('3.1 Likabehandling', 2, 1),
        para('Leverantören ska motverka diskriminering.', 2),
        heading('AFC.36 Arbetsvillkor', 2, 3),
        heading('AFC.361 Etablering', 2, 4),
        heading('4 Sanningsförsäkran', 2, 5),
      ],
      CLAUSES,
    );
    const at = (b: number) => sections[sectionOf[b]!]!;
    expect(sections[at(1).parent]!.block).toBe(0);
    expect(sections[at(4).parent]!.block).toBe(3);
    expect(at(5).parent).toBe(-1);
  });
});

describe('the index of clause labels', () => {
  test('a part is found by its name and number, a clause by its number', () => {
    const { byLabel, sections } = structureOf(
      [
        heading('Bilaga 4 Särskilda kontraktsvillkor', 1, 0),
        heading('4 Jämställdhet', 2, 1),
        heading('AFC.36 Arbetsvillkor', 2, 2),
      ],
      CLAUSES,
    );
    expect(byLabel.get('bilaga 4')?.map((i) => sections[i]!.block)).toEqual([0]);
    expect(byLabel.get('4')?.map((i) => sections[i]!.block)).toEqual([1]);
    expect(byLabel.get('afc 36')?.map((i) => sections[i]!.block)).toEqual([2]);
  });
});

describe('the clause words come from the reading vocabulary', () => {
  test('a part name added in rules/reading.yaml labels a block and is found by name and number', () => {
    const spec = READING.clauses;
    const more = compileClauseWords({
      ...spec,
      names: [...spec.names, 'tillägg', 'addendum'],
      parts: { ...spec.parts, tillagg: ['tillägg', 'tillägget', 'addendum'] },
    });
    expect(labelOf('Tillägg 2 Villkor om jämställdhet', CLAUSES)).toBeNull();
    expect(labelOf('Tillägg 2 Villkor om jämställdhet', more)).toMatchObject({ value: '2', part: 'tillagg' });
    expect(labelOf('Addendum 3 Equality', more)).toMatchObject({ value: '3', part: 'tillagg' });
    expect(labelValues('enligt tillägget 2'.split(' '), { start: 1, end: 2 }, more).values).toEqual(['tillagg 2']);
  });
});
