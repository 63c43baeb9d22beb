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
  'an item whose lead-in holds every concept says nothing of the rule itself',
  {
    all: [
      { sv: ['underrepresenter*'], en: ['under-represented'], from: ['unit', 'lead-in'] },
      { sv: ['*jämställd*'], en: ['*equality'], from: ['unit', 'lead-in'] },
    ],
  },
  {
    found: ['Leverantören ska för jämställdhetens skull:\n- rekrytera fler av det underrepresenterade könet'],
    missed: [
      'Kvinnor är underrepresenterade i branschen, och kommunen arbetar för jämställdhet. ' +
        'Därför gäller följande:\n- Leverantören ska ha rutiner mot trakasserier.',
    ],
  },
);

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
    // Clauses named by a two-word name: a call-off's "Special Term 2", a framework's clause quoted.
    'Special Term 1 – Staff. The Supplier shall not discriminate on grounds of sex.\nSpecial Term 2 – Delivery. The ' +
      'Supplier shall deliver on time.\nSpecial Term 3 – Remedy. Non-compliance with Special Term 1 entitles ' +
      'the Buyer to terminate the Contract.',
    'Framework clause 12.1. The Supplier shall work against discrimination.\nFramework clause 12.2. The ' +
      'Supplier shall deliver on time.\nA failure to comply with framework clause 12.1 entitles the Buyer to ' +
      'terminate the Contract.',
  ],
  missed: [
    // The clause named holds no equality topic.
    '(i) The Contractor shall not discriminate on the basis of sex.\n(ii) The Contractor shall deliver on ' +
      'time.\n(iii) A breach of paragraph (ii) entitles the City to terminate the Contract.',
  ],
});

evidenceTester(
  'a clause named by its number, code or part name, alone or in a list or range',
  sanction(['unit', 'reference']),
  {
    found: [
      // A code of AMA, and a range of them.
      '# AFC.361 Etablering\nEntreprenören ska ordna omklädningsrum så att ingen diskrimineras.\n' +
        '# AFC.59 Vite\nOm entreprenören inte uppfyller kraven i AFC.361–AFC.364 utgår vite.',
      // A code's clauses extend its digits: "AFC.36" holds AFC.361 even where headings are flat.
      '# AFC.36 Arbetsvillkor\nByggbranschen är mansdominerad.\n# AFC.361 Etablering\n' +
        'Entreprenören ska ordna omklädningsrum så att ingen diskrimineras.\n' +
        '# AFC.59 Vite\nBrister i villkoren enligt AFC.36 medför vite.',
      // A lettered part's clauses numbered in parts, and a range of them: "C.3.1–C.3.5".
      '# C.3 Personal\nC.3.4 Leverantören ska motverka diskriminering.\n' +
        '# C.4 Påföljder\nC.4.2 Brister i åtagandena enligt C.3.1–C.3.5 medför vite.',
      '# AFC.6 Villkor\nAFC.6.1 Entreprenören ska motverka diskriminering.\n' +
        'AFC.6.4 Brister Entreprenören i ett åtagande enligt AFC.6.1 utgår vite.',
      // An item whose own words name the clause, under a lead-in that names the sanction.
      '# 7 Jämställdhet\nEntreprenören ska motverka diskriminering.\n' +
        '# 10 Påföljder\nSom grund för vite räknas att Entreprenören\n' +
        '- upprepade gånger inte håller öppet,\n- trots anmaning inte uppfyller åtagandena i kapitel 7.',
      // "punkt 12" where only its clauses are numbered: 12.1, 12.2.
      '12.1 Leverantören ska motverka diskriminering.\n12.2 Leverantören ska ha rutiner.\n' +
        '# 3 Påföljder\nBrister i punkt 12 medför vite.',
      // A part of a contract lettered in Swedish: "enligt Del C".
      '# Del C – Jämställdhet i trafiken\nOperatören ska motverka diskriminering.\n' +
        '# A9 Avdrag\nÅsidosätter Operatören sina åtaganden enligt Del C utgår vite.',
      // General terms numbered "§ 12": "enligt § 12" names it as "enligt 12 §" would.
      '# § 12 Likabehandling\nLeverantören ska arbeta för jämställdhet.\n' +
        '# § 18 Hävning\nBeställaren får häva avtalet om Leverantören inte fullgör sina skyldigheter enligt § 12.',
      // Bare clause numbers, listed: no label word before them.
      '# 3.2 Likvärdig verksamhet\nLeverantören ska arbeta för jämställdhet.\n' +
        '# 7 Påföljder\nBrister i arbetet med 4.1 och 3.2 medför vite.',
      // "paragraphs 7.2 to 7.7": the numbers between count too.
      '7.2 The Contractor shall keep records.\n7.3 The Contractor shall not discriminate on the basis of sex.\n' +
        '7.4 The Contractor shall train staff.\n' +
        '8.1 A breach of paragraphs 7.2 to 7.4 entitles the Council to terminate.',
      // A heading that holds nothing but the declaration: "detta avsnitt" is the section above it.
      '# 14 Jämställdhet\n## 14.1 Villkorens karaktär\nBrott mot villkoren i detta avsnitt medför vite.\n' +
        '## 14.2 Åtaganden\nLeverantören ska motverka diskriminering.',
      // So does a numbered subsection that holds one paragraph, the sanction for the section's conditions.
      '# 5 Särskilda kontraktsvillkor\n## 5.2 Anställningsvillkor\nLeverantören ska motverka diskriminering.\n' +
        '## 5.4 Påföljd\nBrister i villkoren i detta avsnitt medför vite. Upprepade brister medför hävning.',
    ],
    missed: [
      // An unnumbered section's "kraven" are its own, not the whole document's.
      '# Jämställd verksamhet\nLeverantören ska motverka diskriminering.\n' +
        '# Avtal\nKommunen har rätt att säga upp avtalet om utföraren inte längre uppfyller kraven. ' +
        'Avtalet gäller i två år.',
      // A statute's chapter and section is no clause of the tender.
      '# 17 Jämställdhet\nLeverantören ska arbeta för jämställdhet.\n' +
        '# 18 Vite\nVite utgår enligt 17 kap. 1 § LOU.',
      // "Bilaga 2" is another document, not clause 2 of this one.
      '2 Leverantören ska motverka diskriminering.\n3 Vid försening utgår vite enligt bilaga 2.',
    ],
  },
);

evidenceTester(
  'a label the document has no clause for is known by what the document says where it names it',
  sanction(['unit', 'reference']),
  {
    found: [
      'Q15. Schedule 7 (Equality and Inclusion) requires an annual pay analysis.\nResponse: Yes.\n' +
        'Q26. What happens on a failure?\n' +
        'Response: A failure to comply with Schedule 7 entitles the Council to terminate.',
      // A clarification log that discusses the tender's clause 6.3 in another answer.
      '# Fråga 3\nVad menas med 6.3?\nSvar: Att utföraren inte får diskriminera de boende.\n' +
        '# Fråga 5\nVad gäller vid brister?\nSvar: Brister i 6.3 medför vite.',
      // The same table as a reader split it into lines: a code standing alone names what follows.
      'SV1\nEquality training completed\nSV2\nStaff turnover\n' +
        'Failure against KPIs SV1 to SV2 entitles the Council to terminate the contract.',
      // A table row by its code: "KPIs SV1 to SV3".
      '| KPI | Measure |\n|---|---|\n| SV1 | Equality training completed |\n| SV2 | Staff turnover |\n' +
        'Failure against KPIs SV1 to SV2 entitles the Council to terminate the contract.',
      // A requirement register's identifiers, with leading zeros: "EQ-01 to EQ-03".
      '| Id | Requirement |\n|---|---|\n| EQ-01 | Equality training for supervisors |\n| EQ-02 | Staff turnover |\n' +
        'A breach of requirements EQ-01 to EQ-03 entitles the Council to terminate the contract.',
      // A clause named by number that is not in this document: what is said where it is named.
      'Q3. The questionnaire checks the equality commitments in Clause 18.\nResponse: Yes.\n' +
        'Q7. What if a commitment is not met?\nResponse: A breach of Clause 18 entitles the Council to terminate.',
      // A table of sanctions whose lead-in names the clause ("the terms in punkt 9.2").
      '- d) Särskilda kontraktsvillkor om jämställdhet (ramavtalet punkt 9.2)\n' +
        'Om leverantören inte uppfyller villkoren i punkt 9.2 tillämpas följande trappa:\n' +
        '| Steg | Åtgärd |\n|---|---|\n| 1 | Skriftlig anmärkning |\n| 2 | Vite utgår med 15 000 kronor |',
      // A sub-clause of the tender's clause, known by what the answers say of that clause.
      '# Fråga 1\nI punkt 5.3 finns krav om jämställdhet. Gäller de hela avtalstiden?\nSvar: Ja.\n' +
        '# Fråga 6\nVad gäller vid brister?\nSvar: Brister i punkt 5.3.2 medför vite.',
    ],
    missed: [
      'Q15. Schedule 5 (Payment) sets out the price.\nQ16. Schedule 7 applies to staff.\n' +
        'Response: A failure to comply with Schedule 7 entitles the Council to terminate.',
      // The document's own clause 18 is what "Clause 18" names, whatever is said of it elsewhere.
      '18 Payment\nInvoices are paid monthly.\nQ3. Clause 18 does not limit the equality commitments.\n' +
        'Q7. A breach of Clause 18 entitles the Council to terminate.',
      // Clause 5 says nothing of what 5.3.2 is about: only a clause two levels up is read.
      '# Fråga 1\nI avsnitt 5 finns krav om jämställdhet.\nSvar: Ja.\n' +
        '# Fråga 6\nVad gäller vid brister?\nSvar: Brister i punkt 5.3.2 medför vite.',
    ],
  },
);

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

  test('near misses in a guide: its quoted clauses are examples', () => {
    const guide = [
      'Tänk på att kraven ska ha koppling till kontraktsföremålet.',
      'Vi rekommenderar att ni följer upp kraven årligen.',
      'Undvik krav på leverantörens allmänna policy.',
      'Överväg om kraven ska gälla underleverantörer.',
      'Exempel: Om leverantören brister i jämställdhetskraven har beställaren rätt att häva avtalet.',
    ];
    const text = session.prepare(exampleBlocks(guide.join('\n')));
    expect(session.find(text, evidence)).toBeNull();
    const [first] = session.nearMisses(text, evidence);
    expect(first).toMatchObject({ reason: 'guide' });
  });
});

evidenceTester('`heading` is the title of the unit’s own section only', sanction(['unit', 'heading']), {
  found: ['# 7 Avtalets upphörande\n## 7.2 Jämställdhetsvillkoren\nBrister medför vite.'],
  missed: [
    // A heading further up is not its own section's title.
    '# 7 Jämställdhet\n## 7.2 Försening\nBrister medför vite.',
    // Nor is the document's title line.
    'Upphandling av jämställd hemtjänst 2027\n# 9 Leveranstid\nVid försenad leverans utgår vite.',
  ],
});

evidenceTester(
  'a passive duty whose subject repeats a noun of the binding sentence before goes on from it',
  {
    all: [
      { sv: ['dokumentera* skriftlig*'], en: ['record* in writing'] },
      { sv: ['aktiva åtgärder'], en: ['equality plan'], from: ['unit', 'lead-in'] },
    ],
  },
  {
    found: [
      'Leverantören ska bedriva ett systematiskt arbete med aktiva åtgärder. ' +
        'Arbetet ska dokumenteras skriftligen årligen.',
      // A run of them goes on from the sentence that opened it.
      'Leverantören ska bedriva ett systematiskt arbete med aktiva åtgärder. Arbetet ska omfatta alla anställda. ' +
        'Arbetet ska dokumenteras skriftligen årligen.',
      'The Contractor shall keep an equality plan. The plan shall be recorded in writing every year.',
    ],
    missed: [
      // Another noun: nothing refers back.
      'Leverantören ska bedriva ett systematiskt arbete med aktiva åtgärder. Avvikelser ska dokumenteras skriftligen.',
      // A sentence before that binds no supplier lends it nothing.
      'Kommunen har en plan för aktiva åtgärder. Planen ska dokumenteras skriftligen.',
      // A clause numbered on its own starts afresh.
      'C2.1 Leverantören ska ha en plan för aktiva åtgärder. C2.2 Planen ska dokumenteras skriftligen.',
    ],
  },
);

evidenceTester(
  'a question answered in the same row gives the answer its topic',
  {
    all: [
      { sv: ['*jämställd*'], en: ['*equality'] },
      { sv: ['innehålla'], en: ['withhold'] },
    ],
    context: 'any',
    parties: ['supplier', 'contract', 'authority-right'],
  },
  {
    found: [
      '| No. | Question | Response |\n|---|---|---|\n' +
        '| 28 | What happens if a provider does not submit the equality information? | ' +
        'The Council may withhold 3% of the monthly fee. |',
    ],
    missed: [
      // An answer that says no takes nothing from the question.
      '| No. | Question | Response |\n|---|---|---|\n' +
        '| 29 | Will you withhold payment for late equality reports? | ' +
        'No, but the Council may withhold payment for late invoices. |',
    ],
  },
);

evidenceTester(
  'a list run into one paragraph: its labelled sentences have the colon sentence as lead-in',
  {
    all: [
      { sv: ['utbildning'], en: ['training'] },
      { sv: ['*jämställd*'], en: ['*equality'] },
    ],
  },
  {
    found: [
      'Your response must cover: (a) how you will recruit coaches; (b) the training in equality that all ' +
        'coaches will complete; (c) your procedure for reporting concerns.',
    ],
    missed: ['The programme has grown. (b) the training in equality that all coaches will complete; (c) the rest.'],
  },
);
