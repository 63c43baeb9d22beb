// Clauses marked as struck out require nothing, whatever they still quote.
import { describe, expect, test } from 'vitest';
import { exampleBlocks } from '../../src/match/index.js';
import { opensStruck } from '../../src/match/struck.js';
import { newSession } from './session.js';

const session = newSession();
const markers = [['utgår'], ['deleted'], ['not', 'used'], ['ej', 'tillämplig']];

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
  const spec = {
    all: [
      { sv: ['lönekartlägg*'], en: ['pay survey'] },
      { sv: ['leverantör*'], en: ['contractor*'] },
    ],
  };
  const findIn = (text: string) =>
    session.find(session.prepare(exampleBlocks(text), { tender: true }), session.compile(spec))?.unit ?? null;
  test('a paragraph marked deleted, and a table row one of whose cells says so', () => {
    expect(findIn('14.6 [Deleted: "The Contractor shall carry out a pay survey each year."]')).toBeNull();
    expect(findIn('12.7 Leverantören ska göra en lönekartläggning varje år. Utgår (beslut KS 2025-05-14).')).toBeNull();
    expect(
      findIn(
        '| Nr | Krav | Typ |\n| 6.4 | Utgår (se rättelse nr 1). Leverantören ska göra en lönekartläggning. | Ska |',
      ),
    ).toBeNull();
  });
  test('the clause next to it still binds', () => {
    expect(findIn('14.5 [Not used.]\n14.6 The Contractor shall carry out a pay survey each year.')).toBe(
      '14.6 The Contractor shall carry out a pay survey each year.',
    );
  });
});
