// Where a concept may come from: the unit, its lead-in, its section (title, opening and the
// units just before it), every heading above it, or the clause it refers to, as `from` allows.

import { describe, expect, test } from 'vitest';
import { exampleBlocks } from '../../src/match/index.js';
import type { EvidenceSpec } from '../../src/types.js';
import { newSession } from './session.js';
import { evidenceTester } from './tester.js';

/** A sanction tied to the equality obligations: the topic may stand outside the sentence. */
const sanction = (from: NonNullable<EvidenceSpec['all'][number]['from']>): EvidenceSpec => ({
  all: [
    { sv: ['*jämställd*', '*diskriminer*'], en: ['*equality', '*discriminat*'], from },
    { sv: ['vite', 'häva'], en: ['liquidated damages', 'terminate'] },
  ],
  context: 'any',
  parties: ['supplier', 'contract', 'authority-right'],
});

evidenceTester(
  'the section supplies the topic: its heading, its opening, the sentences just before',
  sanction(['unit', 'section']),
  {
    found: [
      '# 5.3 Villkor om jämställd bemanning\nLeverantören ska bemanna uppdraget.\nBrister i villkoret medför vite.',
      'Leverantören får inte diskriminera personalen.\nLeverantören ska redovisa arbetet.\nBrister medför vite.',
      '# 12. Equality\nThe Contractor shall not discriminate.\nA breach of this clause entitles the Council to ' +
        'terminate the Contract.',
    ],
    missed: [
      // Another heading's topic stays there.
      '# 4 Jämställdhet\nLeverantören ska arbeta för jämställdhet.\n# 9 Leveranstid\nVid försenad leverans utgår vite.',
      // So does another question's.
      'Fråga 12: Gäller kraven på jämställdhet hela avtalstiden?\nSvar: Ja.\nFråga 13: Vad gäller vid ' +
        'försening?\nSvar: Då utgår vite.',
      // Without `section`, the unit must hold the topic itself.
    ],
  },
);

evidenceTester(
  "the section's opening sets the topic for all of it, under a numbered heading too",
  sanction(['unit', 'section']),
  {
    found: [
      // "2. Villkor" is two sentences ("2." and "Villkor"): the opening is the first that is not the heading.
      '# 2. Villkor\nLeverantören får inte diskriminera personalen.\nLeverantören ska redovisa ' +
        'arbetet.\nLeverantören ska utse en kontaktperson.\nLeverantören ska lämna rapporter.\nBrister medför vite.',
    ],
    missed: [
      '# 2. Villkor\nLeverantören ska leverera i tid.\nLeverantören får inte diskriminera personalen.\nLeverantören ' +
        'ska utse en kontaktperson.\nLeverantören ska lämna rapporter.\nLeverantören ska svara i telefon.\nBrister ' +
        'medför vite.',
    ],
  },
);

evidenceTester('without `section` the unit must hold the topic', sanction(['unit']), {
  found: ['Vid brott mot jämställdhetsvillkoren utgår vite.'],
  missed: ['# 5.3 Villkor om jämställd bemanning\nBrister i villkoret medför vite.'],
});

evidenceTester('every heading above may frame a clause (`headings`)', sanction(['unit', 'headings']), {
  found: ['# Bilaga 6 Särskilda villkor: antidiskriminering\n## 4 Påföljder\nBrister medför vite.'],
  missed: ['# Bilaga 6 Särskilda villkor\n## 4 Påföljder\nBrister medför vite.'],
});

evidenceTester('a reference brings the clause it names', sanction(['unit', 'reference']), {
  found: [
    '(i) The Contractor shall not discriminate on the basis of sex.\n(ii) The Contractor shall keep records.\n(iii) ' +
      'A breach of paragraph (i) entitles the City to terminate the Contract.',
    '2.1 Leverantören får inte diskriminera.\n2.2 Kunden får häva avtalet vid brott mot punkt 2.1.',
    'Leverantören ska arbeta för jämställdhet.\nBrott mot villkoren i denna bilaga medför vite.',
  ],
  missed: [
    // The clause named holds no equality topic.
    '(i) The Contractor shall not discriminate on the basis of sex.\n(ii) The Contractor shall deliver on ' +
      'time.\n(iii) A breach of paragraph (ii) entitles the City to terminate the Contract.',
  ],
});

describe('what a hit says', () => {
  const session = newSession();
  const evidence = session.compile(sanction(['unit', 'section', 'reference']));
  test('each concept, its word and where it came from; whom the unit binds and the words that decide', () => {
    const text = session.prepare(
      exampleBlocks('# 5.3 Jämställd bemanning\nBeställaren har rätt att häva avtalet vid brister.'),
      { tender: true },
    );
    const hit = session.find(text, evidence)!;
    expect(hit.party).toBe('authority');
    expect(hit.force).toBe('right');
    expect(hit.trigger).toBe('har rätt');
    expect(hit.concepts).toEqual([
      { term: '*jämställd*', word: 'jämställd', from: 'section', where: '5.3 Jämställd bemanning' },
      { term: 'häva', word: 'häva', from: 'unit' },
    ]);
  });

  test('near misses: the passages closest to a missing rule, and why each does not count', () => {
    const text = session.prepare(
      exampleBlocks('Kommunen ska häva sina egna avtal om jämställdhet brister.\nLeverantören ska leverera.'),
      { tender: true },
    );
    expect(session.find(text, evidence)).toBeNull();
    const [first] = session.nearMisses(text, evidence);
    expect(first).toMatchObject({
      unit: 'Kommunen ska häva sina egna avtal om jämställdhet brister.',
      party: 'authority',
      reason: 'party',
    });
    expect(first!.concepts.map((c) => c?.word)).toEqual(['jämställdhet', 'häva']);
  });
});
