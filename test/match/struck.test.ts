// Clauses marked as struck out require nothing, whatever they still quote.
import { describe, expect, test } from 'vitest';
import { exampleBlocks } from '../../src/match/index.js';
import { formerWordingSentences, opensStruck } from '../../src/match/struck.js';
import { layout } from '../../src/match/units.js';
import type { EvidenceSpec } from '../../src/types.js';
import { newSession } from './session.js';

const session = newSession();
const markers = [['utgår'], ['deleted'], ['not', 'used'], ['ej', 'tillämplig']];
/** A pay survey asked of the supplier. */
const paySurvey = {
  all: [
    { sv: ['lönekartlägg*'], en: ['pay survey'] },
    { sv: ['leverantör*'], en: ['contractor*'] },
  ],
};
/** The unit of a tender where the pay survey is asked for, or null. */
const findIn = (text: string) =>
  session.find(session.prepare(exampleBlocks(text), { tender: true }), session.compile(paySurvey))?.unit ?? null;

describe('a marker opens a clause past its number, standing alone', () => {
  test.each([
    '14.5 [Not used.]',
    '14.6 [Deleted by Special Conditions – not applicable to this Contract: "The Contractor shall …"]',
    '6.4 Utgår (se rättelse nr 1).',
    'Utgår i sin helhet.',
    'B5 | Not used.',
    '(c) Ej tillämplig.',
  ])('%j is struck', (text) => {
    expect(opensStruck(text, markers)).toBe(true);
  });
  test.each([
    'Utgår med 5 000 kronor per påbörjad vecka.',
    'Vite utgår med 5 000 kronor.',
    'Deleted data must be unrecoverable.',
    '4.2 The Contractor shall not use agency staff.',
    'Leverantören ska redovisa vad som utgår.',
  ])('%j is not', (text) => {
    expect(opensStruck(text, markers)).toBe(false);
  });
});

describe('a struck clause binds no one', () => {
  test('a paragraph marked deleted, and a table row one of whose cells says so', () => {
    expect(findIn('14.6 [Deleted: "The Contractor shall carry out a pay survey each year."]')).toBeNull();
    expect(findIn('12.7 Leverantören ska göra en lönekartläggning varje år. Utgår (beslut KS 2025-05-14).')).toBeNull();
    expect(
      findIn(
        '| Nr | Krav | Typ |\n| 6.4 | Utgår (se rättelse nr 1). Leverantören ska göra en lönekartläggning. | Ska |',
      ),
    ).toBeNull();
  });
  test('a struck clause whose former wording a correction quotes', () => {
    expect(
      findIn('Punkt 5.4 utgår i sin helhet. Punkten löd: "Leverantören ska göra en lönekartläggning."'),
    ).toBeNull();
  });
  test('the clause next to it still binds', () => {
    expect(findIn('14.5 [Not used.]\n14.6 The Contractor shall carry out a pay survey each year.')).toBe(
      '14.6 The Contractor shall carry out a pay survey each year.',
    );
  });
});

describe("a clause's former wording, quoted, binds no one", () => {
  const former = [['löd'], ['tidigare', 'lydelse'], ['previously', 'read'], ['as', 'originally', 'agreed']];
  const marked = (text: string) => {
    const { segments } = layout(exampleBlocks(text), new Set(), new Set());
    const flags = formerWordingSentences(segments, former);
    return segments.filter((_, s) => flags[s] === 1).map((seg) => seg.text);
  };
  test('the sentence saying what a struck clause read, to the end of its quotation', () => {
    expect(
      marked(
        'Punkt 5.4 utgår i sin helhet. Punkten löd: "Leverantören ska årligen genomföra lönekartläggning. ' +
          'Resultatet ska redovisas." Ändringen beror på ett förbiseende.',
      ),
    ).toEqual(['Punkten löd: "Leverantören ska årligen genomföra lönekartläggning.', 'Resultatet ska redovisas."']);
    expect(marked('Paragraph 6.3(e) previously read: "The Contractor shall have a harassment policy."')).toHaveLength(
      1,
    );
    // A deed of variation's recital of the clause it replaces.
    expect(marked('(B) Clause 21 of the Contract, as originally agreed, required equality training.')).toHaveLength(1);
  });
  test('the new wording, and the same words later in a sentence, are requirements still', () => {
    expect(marked('Ny lydelse: "Leverantören ska årligen genomföra lönekartläggning."')).toEqual([]);
    expect(
      marked(
        'Leverantören ska på begäran visa hur rutinen tillämpades och vad den tidigare lydelse sa: det ska framgå.',
      ),
    ).toEqual([]);
  });
});

describe('a struck clause says nothing of what the clauses around it are about', () => {
  const sanction: EvidenceSpec = {
    all: [
      { sv: ['*diskriminer*'], en: ['*discriminat*'], from: ['unit', 'section', 'reference'] },
      { sv: ['vite'], en: ['liquidated damages'] },
    ],
    context: 'any',
    parties: ['supplier', 'tenderer', 'contract', 'authority-right'],
  };
  const findIn = (text: string) =>
    session.find(session.prepare(exampleBlocks(text), { tender: true }), session.compile(sanction))?.unit ?? null;
  const terms = (last: string) =>
    [
      '# 12 Särskilda kontraktsvillkor',
      '12.1 Leverantören ska tillämpa lägst villkoren om lön i bilaga 6.',
      '12.3 Om leverantören inte uppfyller villkoren i detta avsnitt utgår vite.',
      last,
    ].join('\n');
  test('its words lend the section no topic', () => {
    expect(findIn(terms('12.5 (Utgår. Punkten om åtgärder mot diskriminering har strukits.)'))).toBeNull();
  });
  test('a clause in force does', () => {
    expect(findIn(terms('12.5 Leverantören ska motverka diskriminering.'))).not.toBeNull();
  });
});

describe('a part attached for information only binds no one', () => {
  const annex = (note: string) =>
    [
      '# Kontraktsvillkor',
      'Leverantören ska utföra städningen enligt bilaga 2.',
      '## Bilaga 5 – Utdrag ur ett annat avtal',
      note,
      '1. Leverantören ska varje år genomföra en lönekartläggning.',
    ].join('\n\n');
  test('an annex whose first sentence says so, to the next heading of its level', () => {
    expect(findIn(annex('Bilagan bifogas för kännedom.'))).toBeNull();
    expect(
      findIn(
        '## Annex C (for information only)\n\n1. The Contractor shall carry out a pay survey each year.\n\n' +
          '## Annex D\n\nThe Contractor shall carry out a pay survey every second year.',
      ),
    ).toBe('The Contractor shall carry out a pay survey every second year.');
    // A marker of one hyphenated word.
    expect(
      findIn('## Annex C (non-contractual)\n\n1. The Contractor shall carry out a pay survey each year.'),
    ).toBeNull();
  });
  test('a paragraph that opens by saying so', () => {
    expect(findIn('D1 For information only: the Contractor shall carry out a pay survey each year.')).toBeNull();
  });
  test('without the note, or where the sentence saying it binds, the annex binds', () => {
    expect(findIn(annex('Bilagan gäller från avtalets start.'))).not.toBeNull();
    expect(findIn(annex('Leverantören ska för kännedom skicka bilagan till sina underleverantörer.'))).not.toBeNull();
  });
});

describe('a term a form leaves unticked requires nothing', () => {
  const form = (first: string, second: string) =>
    [
      'Kryssa i de krav som gäller för avropet. ☒ = kravet gäller. ☐ = kravet gäller inte.',
      `${first} 5.1 Leverantören ska ha rutiner för arbetsmiljön.`,
      `${second} 5.2 Leverantören ska göra en lönekartläggning varje år.`,
    ].join('\n\n');
  test('an empty box opens a term not chosen, where the form ticks one', () => {
    expect(findIn(form('☒', '☐'))).toBeNull();
    expect(findIn(form('☒', '☒'))).toBe('☒ 5.2 Leverantören ska göra en lönekartläggning varje år.');
    expect(
      findIn('- [x] The Contractor shall keep records.\n- [ ] The Contractor shall carry out a pay survey each year.'),
    ).toBeNull();
  });
  test('a table row whose first cell is an empty box, but not a row with an answer not given', () => {
    const row = (box: string) =>
      [
        '| Val | Krav | Ja | Nej |',
        '|---|---|---|---|',
        '| ☒ | Leverantören ska ha rutiner. | | |',
        `| ${box} | Leverantören ska göra en lönekartläggning varje år. | ☒ Ja | ☐ Nej |`,
      ].join('\n');
    expect(findIn(row('☐'))).toBeNull();
    expect(findIn(row('☒'))).not.toBeNull();
  });
  test('a blank form, no box ticked, is read as written', () => {
    expect(findIn(form('☐', '☐'))).not.toBeNull();
  });
});
