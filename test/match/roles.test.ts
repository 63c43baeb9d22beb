// Who a sentence binds and how: the party a duty falls on and its force, as a procurement
// lawyer reads it. Each sentence is read on its own, as an excerpt of a tender.

import { describe, expect, test } from 'vitest';
import { BINDS, exampleBlocks, type Force, type Party, type PrepareOptions } from '../../src/match/index.js';
import { SUPPLIER_SIDE } from '../../src/match/binds.js';

import type { EvidenceSpec } from '../../src/types.js';
import { bindsAny } from '../../src/match/prepared-units.js';
import { newSession } from './session.js';
import { evidenceTester, find } from './tester.js';

const session = newSession();
const read = (sentence: string): [Force, Party] => {
  const role = session.roleOf(sentence);
  return [role.force, role.party];
};
/** The last unit of a short text, read as a document. */
const lastUnit = (text: string) => session.prepare(exampleBlocks(text)).units.at(-1)!;
/** The role of the unit that starts with `text` in a document of these lines. */
const roleOf = (lines: readonly string[], text: string) =>
  session.prepare(exampleBlocks(lines.join('\n'))).units.find((u) => u.text.startsWith(text))!.role;
/** Where `spec` is found in the document of these lines (null: nowhere it counts). */
const findWith = (spec: EvidenceSpec, lines: readonly string[], options: PrepareOptions = {}) =>
  session.find(session.prepare(exampleBlocks(lines.join('\n')), options), session.compile(spec));
/** Harassment routines: the spec several examples below look for. */
const HARASSMENT: EvidenceSpec = {
  all: [
    { sv: ['*trakasseri*'], en: ['*harass*'] },
    { sv: ['rutin*'], en: ['procedure*'] },
  ],
};
/** Whether the document of these lines (or this text) reads as a guide for buyers. */
const guide = (text: string | readonly string[]): boolean =>
  session.prepare(exampleBlocks(typeof text === 'string' ? text : text.join('\n'))).guide;
/** Whether the sentence binds the supplier's side: the supplier, a tenderer, the contract or an unnamed party. */
const binds = (sentence: string): boolean => {
  const role = session.roleOf(sentence);
  return (
    (role.force === 'duty' || role.force === 'prohibition' || role.force === 'right') &&
    (role.binds & (1 | 2 | 4 | 16)) !== 0
  );
};

describe('duties that bind the supplier', () => {
  test.each([
    'Leverantören ska ha en jämställdhetsplan.',
    'Leverantören skall redovisa lönekartläggningen.',
    'Anbudsgivaren ska bifoga en beskrivning.',
    'Leverantören måste kunna visa rutiner.',
    'Leverantören bör ha en policy.',
    'Det åligger leverantören att följa diskrimineringslagen.',
    'Leverantören ansvarar för att personalen utbildas.',
    'Leverantören åtar sig att genomföra lönekartläggning.',
    'Leverantören förbinder sig att följa lagen.',
    'Det krävs att leverantören har kollektivavtal.',
    'Leverantören är skyldig att redovisa detta.',
    'Följande krav gäller:',
    'Anbudsgivaren ombeds beskriva sitt arbete.',
    'Krav på lönekartläggning: årlig kartläggning och analys av löner.',
    'Requirement 4: an annual gender pay gap analysis.',
    'Redovisa hur ni arbetar med jämställdhet.',
    'a) Beskriv era rutiner.',
    'Grant recipients shall deliver support of equal quality to women and men.',
    'Economic operators shall comply with the equality conditions.',
    // Present passive of how the work is arranged, as specifications state it.
    'Turlistorna läggs så att delade turer kan kombineras med hämtning och lämning på förskola.',
    'En kartläggning av löneskillnader mellan kvinnor och män genomförs en gång per år.',
    'Arbetet enligt 2.1–2.8 dokumenteras skriftligen en gång per år.',
    'Bidragsmottagaren ska redovisa hur stödet når kvinnor och män.',
    'Anbud som uppfyller kriteriet ges 10 poäng.',
    'Mervärdet ges om teamet består av minst en person av vardera kön.',
    'Full marks where neither women nor men make up less than 40 % of the named team.',
    // Who asks for it is not who must do it.
    'Intyg ska bifogas på kommunens begäran.',
    'Intyg ska lämnas på begäran av beställaren.',
    'Certificates shall be provided upon request by the Council.',
    "Certificates shall be provided at the Council's request.",
    'Svaret utvärderas enligt nedan.',
    'Leverantören får inte diskriminera någon.',
    // An opening negation of a person forbids: no requirement is struck.
    'Ingen anställd i uppdraget får diskrimineras.',
    'Leverantören ska inte diskriminera någon.',
    'Under avtalstiden ska leverantören redovisa statistiken.',
    'Om Lulebo begär det ska entreprenörerna lämna dokumentation.',
    'Vi kommer i våra upphandlingar att kräva att entreprenörer arbetar aktivt mot trakasserier.',
    'The Contractor shall provide a gender equality plan.',
    'Tenderers must describe their approach.',
    'The Supplier should have a policy.',
    'The Contractor will ensure equal pay.',
    'The Contractor is required to submit a plan.',
    'Tenderers are required to attach the policy.',
    'The Supplier undertakes to comply.',
    'The Contractor is responsible for training its staff.',
    'Answers will be assessed as follows.',
    'Describe your routines for parental leave.',
    'Please describe your equality policy.',
    'SV1 Describe how you will attract women into supervisor roles.',
    'The Contractor shall not discriminate.',
    'The following requirements apply:',
    'It is expected that the Contractor will have measures that secure equal pay.',
    'Respect for gender equality in the workplace is expected of the Contractor.',
    'Affirmative action will be taken by the contractor so that applicants are hired without regard to sex.',
    'In performing this contract, no contractor shall discriminate against any applicant.',
    'There is a requirement for the contractor to report annually.',
    'Det kan krävas att leverantören visar intyg om detta.',
    'Det är leverantörens ansvar att personalen känner till rutinerna.',
    'The successful bidder has to provide a parental leave policy.',
    // A form's row: a short title, then what to report.
    '3.3 Training and development: state the percentage of employees trained in equal treatment.',
    'U5 Arbete och familj – beskriv hur konsulterna kan förena uppdraget med föräldraskap.',
    'Tenderers are invited to describe their approach to equal pay.',
    'Det finns ett krav på att leverantören redovisar statistiken årligen.',
    // Taking on the authority's responsibility is a duty.
    'Utföraren tar på sig samma ansvar för jämställdhet som kommunen har.',
    'In delivering the service, the Provider takes on the same responsibility for equality as the Council.',
  ])('binds: %j', (sentence) => {
    expect(binds(sentence)).toBe(true);
  });
});

describe('sentences that bind no one on the supplier side', () => {
  test.each([
    'Kontaktpersonen är föräldraledig.',
    'Avtalet gäller i två år.',
    'Leverantören behöver inte redovisa lönekartläggningen.',
    'Lönekartläggning krävs inte.',
    'Leverantören ska inte behöva redovisa detta.',
    'Ingen rapportering från leverantören krävs.',
    'Uptake is monitored by the Trust; no reporting by the supplier is required.',
    'Section 6.3(e) has been withdrawn and no harassment policy is required.',
    'The proposals, set out in the draft framework, were approved by the Committee.',
    // The negation that opens the sentence covers the whole list before the passive duty.
    'No pay survey, gender pay reporting or equality plan is required from bidders in any Lot.',
    'Ingen lönekartläggning, jämställdhetsplan eller rapport krävs av leverantören.',
    // What an opening negation denies is to be handed in: a requirement struck, no prohibition.
    'Ingen lönekartläggning ska bifogas anbudet.',
    'Leverantören är inte skyldig att ha en plan.',
    'Erfarenhet ges inte poäng.',
    'Myndigheten redovisar resultatet i en rapport.',
    'Tenderers need not describe their approach.',
    'The Contractor is not required to submit a plan.',
    'The Contractor shall not be required to submit a plan.',
    // "points" names clauses here, not an award weighting ("Equality measures: 20 points.").
    'A strong response gives measurable commitments for points (e) and (f).',
    'The Contractor does not need to attach the policy.',
    'The contract will run for two years.',
    'The price index applies.',
    'Leverantören får anlita underleverantörer.',
    // What the authority required in the past is a report, not a requirement.
    'Under 2026 krävde kommunen att leverantörerna redovisade sina löneskillnader.',
    // Encouragement leaves the choice to the supplier.
    'Leverantören uppmuntras att erbjuda flexibla arbetstider.',
    'The Contractor is encouraged to offer flexible working.',
    'The Contractor does not have to provide a policy.',
    // An answer that something is not required.
    'Svar: Nej, kommunen kräver inte att leverantören har en jämställdhetsplan.',
    'Response: No, there is no requirement for the contractor to submit an equality plan.',
    'The Council does not require the contractor to publish a plan.',
    'There is no obligation on the contractor to publish its pay gap.',
    'A pay audit is not a legal requirement for the contractor.',
    'Det är inte ett formellt krav att leverantören har en jämställdhetsplan.',
  ])('does not bind: %j', (sentence) => {
    expect(binds(sentence)).toBe(false);
  });

  test('a lifted duty does not cancel another one in the sentence', () => {
    expect(binds('Leverantören behöver inte bifoga planen men ska visa den på begäran.')).toBe(true);
  });
  test('"whether or not" concedes, it does not lift', () => {
    expect(
      binds('The Contractor shall analyse pay each year, whether or not it is required to publish a report.'),
    ).toBe(true);
    expect(binds('Leverantören ska, oavsett om det krävs eller inte, göra en lönekartläggning.')).toBe(true);
  });
  test('a negation after a new clause does not lift the duty', () => {
    expect(binds('Det krävs att ingen diskrimineras.')).toBe(true);
  });
  test('what other authorities have done is described, whatever their clauses ask', () => {
    const others =
      'Andra kommuner har infört klausuler som kan innehålla krav på att leverantören genomför lönekartläggning.';
    expect(binds(others)).toBe(false);
    expect(binds('Some councils have introduced clauses that require the supplier to carry out a pay survey.')).toBe(
      false,
    );
    // A supplier of theirs is still a supplier.
    expect(binds("Other councils' suppliers shall report.")).toBe(true);
  });
});

describe('trusts, universities and partnerships buy too', () => {
  test('their rights are the authority’s', () => {
    expect(read('The Trust reserves the right to request evidence of compliance with this Code.')).toEqual([
      'right',
      'authority',
    ]);
    expect(read('The Partnership may suspend an Agency from the Framework.')[1]).toBe('authority');
  });
});

describe('a semicolon starts a clause of its own', () => {
  test('the subject before it does not reach past it', () => {
    const award =
      'The Agency encourages balanced teams; a team in which neither women nor men make up less than 40 per cent ' +
      'will be awarded 5 additional points.';
    expect(read(award)).toEqual(['duty', 'none']);
    expect(read('The Contractor shall report; the Council may audit.')).toEqual(['duty', 'supplier']);
  });
});

describe('security officers are staff, not buyers', () => {
  test('their duties are the supplier’s side, and a call-off with them is no guide', () => {
    expect(binds('All officers shall hold a valid SIA licence before deployment.')).toBe(true);
    const callOff = [
      'Framework: Security and Guarding Services (Lot 2).',
      'Uniforms shall be provided in sizes that fit female and male officers alike.',
      'The Buyer may inspect the Supplier’s records relating to compliance with Call-Off Schedule 7.',
      'All officers shall complete conflict-management training before deployment.',
    ];
    expect(guide(callOff)).toBe(false);
  });
});

describe('"the Buyer" of a call-off is the authority', () => {
  test('its rights are rights towards the supplier', () => {
    expect(
      read('Where the Supplier fails to deliver the commitments, the Buyer may require a Rectification Plan.'),
    ).toEqual(['right', 'buyer']);
  });
  test('its duties stay its own', () => {
    expect(read('The Buyer shall publish the award notice.')).toEqual(['own-duty', 'buyer']);
  });
});

describe('a table a PDF flattened into paragraphs', () => {
  test('a cell that is a duty word alone makes the description before it a requirement', () => {
    const units = session.prepare(
      exampleBlocks('SOC-02\nÅrlig kartläggning och analys av löner mellan kvinnor och män\nSka\nRedovisas på begäran'),
    ).units;
    expect(units[1]!.binding).toBe(true);
  });
  test('lower-case cells finish the sentence of an open header ("Anbudsgivaren intygar att den")', () => {
    const rows =
      'Anbudsgivaren intygar att den\nJA\n1\nårligen genomför lönekartläggning\n☐\n2\nhar rutiner mot trakasserier\n☐';
    const units = session.prepare(exampleBlocks(rows)).units;
    expect(units.filter((u) => u.binding).map((u) => u.text)).toEqual([
      'Anbudsgivaren intygar att den',
      'årligen genomför lönekartläggning',
      'har rutiner mot trakasserier',
    ]);
  });
  test('a full sentence after them ends the table', () => {
    const text =
      'Anbudsgivaren intygar att den\nhar rutiner mot trakasserier\nKommunen har en egen plan.\nsom gäller alla.';
    expect(session.prepare(exampleBlocks(text)).units.at(-1)!.binding).toBe(false);
  });
  test('a description with no such cell after it stays a description', () => {
    const units = session.prepare(exampleBlocks('SOC-02\nÅrlig kartläggning och analys av löner\nSe bilaga 3')).units;
    expect(units[1]!.binding).toBe(false);
  });
});

describe('a list a PDF ran into one paragraph goes on with its opening duty', () => {
  test('each numbered part after "Det åligger Leverantören att" binds the supplier', () => {
    const text =
      'B.2 Det åligger Leverantören att 1. kartlägga risker för diskriminering; 2. vidta åtgärder; ' +
      '3. varje år dokumentera arbetet; 4. ha rutiner mot trakasserier.';
    const units = session.prepare(exampleBlocks(text)).units;
    expect(units.map((u) => [u.binding, u.role.party])).toEqual([
      [true, 'supplier'],
      [true, 'supplier'],
      [true, 'supplier'],
      [true, 'supplier'],
    ]);
  });
  test('a sentence of its own after it is not part of the list', () => {
    expect(lastUnit('Leverantören ska 1. kartlägga risker. Kommunen har en egen plan.').binding).toBe(false);
  });
});

describe('party and force', () => {
  test.each<[string, Force, Party]>([
    // A form the tenderer signs: "vi" is the tenderer, and it is a pronoun here, not the roman numeral vi.
    ['Vi intygar på heder och samvete att vi har rutiner.', 'duty', 'tenderer'],
    ['vi) Leverantören ska ha rutiner för föräldraledighet.', 'duty', 'supplier'],
    ['Anbudsgivaren intygar att kraven uppfylls.', 'duty', 'tenderer'],
    ['Proponents shall describe their pay equity plan.', 'duty', 'tenderer'],
    ['Trafikutövaren ska ha rutiner mot trakasserier.', 'duty', 'supplier'],
    // A deadline is no negation of the duty.
    ['No later than 1 March each year a pay survey is required.', 'duty', 'none'],
    // The authority's own duty, and its staff's.
    ['Kommunens egen personal ska ha rutiner för föräldraledighet.', 'own-duty', 'authority'],
    ['Kommunen ska säkerställa att leverantören har rutiner.', 'own-duty', 'authority'],
    ['Förvaltningarna ska ta fram könsuppdelad statistik i sin uppföljning.', 'own-duty', 'authority'],
    [
      'The Signatory will ensure that whichever legal entity wins the contract bears the same responsibility.',
      'own-duty',
      'authority',
    ],
    // The authority's right, with its two-word name between the words of "ger … rätt".
    ['Brister i villkoren ger Region Ålvik rätt att häva avtalet.', 'right', 'authority'],
    ['Vid brister har Luleå kommun rätt att häva avtalet.', 'right', 'authority'],
    // The law, and employers in general.
    [
      'Diskrimineringslagen kräver att arbetsgivare arbetar med löner, rekrytering och föräldraskap.',
      'description',
      'law',
    ],
    ['Alla arbetsgivare måste ha riktlinjer och rutiner mot trakasserier.', 'description', 'employer'],
    ['Enligt lagen ska arbetsgivare göra en lönekartläggning varje år.', 'description', 'employer'],
    // "State law" is the law, not the state as a contracting authority.
    ['State law requires employers with 15 or more employees to provide training.', 'description', 'law'],
    // Advice to the buyer, questions and hypotheticals.
    ['Ställ gärna krav på att leverantören ska ha rutiner.', 'advice', 'buyer'],
    ['Ni kan ställa krav på att leverantören ska redovisa sin lönekartläggning.', 'advice', 'buyer'],
    ['Consider including conditions that the contractor must pay equal pay.', 'advice', 'buyer'],
    ['Draft the contract clause so that the contractor must pay equal pay.', 'advice', 'buyer'],
    ['Buyers can also ask suppliers to commit to improvements.', 'advice', 'buyer'],
    // A guide's reader, the officer who procures: a duty of theirs is the authority's own.
    ['The officer should plan a yearly follow-up meeting on the equality conditions.', 'own-duty', 'buyer'],
    // Authorities in general, as a guide describes what they do.
    ['Offentliga organisationer ställer ofta krav på att leverantörer betalar lika lön.', 'description', 'law'],
    ['Public bodies may ask suppliers about their equality policy.', 'description', 'law'],
    ['Public sector bodies often require contractors to pay the living wage.', 'description', 'law'],
    [
      'Authorities should plan follow-up from the outset, for example a report from the supplier.',
      'description',
      'law',
    ],
    ['Kommuner ställer ofta krav på att leverantörer redovisar könsfördelningen.', 'description', 'law'],
    // What a guide tells the buyer to avoid, plan or adapt.
    ['Undvik att ställa krav på leverantörens allmänna policy som kvalificeringskrav.', 'advice', 'buyer'],
    ['Planera hur kravet ska följas upp under avtalstiden.', 'advice', 'buyer'],
    ['Avoid requiring the supplier to hold a general equality policy.', 'advice', 'buyer'],
    ['Plan how the conditions will be monitored during the contract.', 'advice', 'buyer'],
    ['Tailor the requirement to what the contract is about.', 'advice', 'buyer'],
    // An example or an option the guide offers is no requirement.
    ['Ett exempel på ett villkor är att leverantören ska ha rutiner mot trakasserier.', 'advice', 'buyer'],
    ['Exempel: ”Leverantören ska ha rutiner mot trakasserier och sexuella trakasserier.”', 'advice', 'buyer'],
    // How the buyer should draft the requirements is advice, whatever they ask.
    ['Kraven bör formuleras som särskilda kontraktsvillkor och följas upp under avtalstiden.', 'advice', 'buyer'],
    ['The equality conditions should be drafted as contract performance conditions.', 'advice', 'buyer'],
    ['En möjlighet är att kräva att leverantören redovisar könsuppdelad statistik.', 'advice', 'buyer'],
    ['One option is to require the contractor to provide equality training.', 'advice', 'buyer'],
    ['It is common to require suppliers to report their pay gap.', 'advice', 'buyer'],
    ['Hur arbetar kommunen med jämställdhet?', 'question', 'none'],
    ['Det skulle kunna vara att leverantören ska ha rutiner.', 'hypothetical', 'none'],
    ['It would be possible to require the contractor to report.', 'hypothetical', 'none'],
    // The authority's rights towards the supplier.
    ['Beställaren har rätt att granska leverantörens arbete.', 'right', 'authority'],
    ['Throughout the contract term, the council will monitor its suppliers.', 'right', 'authority'],
    ['The City may terminate the contract.', 'right', 'authority'],
    // The authority under the names framework agreements and consultancy contracts give it.
    ['Om leverantören brister i sina åtaganden har uppdragsgivaren rätt att häva avtalet.', 'right', 'authority'],
    ['Avropande organisation har rätt att ta del av leverantörens lönekartläggning.', 'right', 'authority'],
    ['Ramavtalsansvarig har rätt att säga upp ramavtalet.', 'right', 'authority'],
    ['If the supplier fails to remedy it, the contracting body may terminate the contract.', 'right', 'authority'],
    ['The contracting entity reserves the right to audit the pay records.', 'right', 'authority'],
    // What it does to the contract's terms is its hold on the supplier; its own goals stay its own.
    ['Kommunen följer årligen upp villkoren i avsnitt 4 vid ett uppföljningsmöte.', 'right', 'authority'],
    ['Nämnden följer upp sina mål varje år.', 'own-duty', 'authority'],
    // Only the buyer can ask something of the supplier, whatever name it goes by.
    ['Storviks Renhållning kan under avtalstiden begära att leverantören visar intygen.', 'right', 'authority'],
    ['Acme Housing may request that the contractor shows how the conditions are met.', 'right', 'authority'],
    // A label set off by a colon or a dash names no subject.
    ['Modul 2: Leverantören ska ha rutiner mot trakasserier.', 'duty', 'supplier'],
    ['Module 2 – The Contractor shall have procedures against harassment.', 'duty', 'supplier'],
    ['Krav 3 - Leverantören ska ha kollektivavtal.', 'duty', 'supplier'],
    // A second clause with its own subject just before its duty word.
    ['Åtagandena blir en del av det nya avtalet och leverantören ska redovisa dem.', 'duty', 'supplier'],
    ['The commitments form part of the call-off contract and the supplier will report on them.', 'duty', 'supplier'],
    // A duty placed on the contract.
    ['Avtalet ska innehålla villkor om jämställdhet.', 'duty', 'contract'],
    ['Every contract entered into by the city shall contain the provisions below:', 'duty', 'contract'],
    // A consequence the contract states (it counts for rules whose context is `any`).
    ['If the Consultant does not comply, then the Agreement may be cancelled.', 'statement', 'contract'],
    // A condition with no comma after it: its own passive binds no one, the main clause decides.
    ['Om krav ställs på leverantören bör kommunen följa upp dem.', 'own-duty', 'authority'],
    ['If requirements are placed on the contractor the council should follow them up.', 'own-duty', 'authority'],
    ['Om det krävs av beställaren ska leverantören redovisa lönekartläggningen.', 'duty', 'supplier'],
    ['Where required by the Council the Contractor shall provide its pay gap report.', 'duty', 'supplier'],
    // A supplier's permission obliges no one.
    ['Leverantören får anlita underleverantörer.', 'permission', 'supplier'],
  ])('%j is %s of %s', (sentence, force, party) => {
    expect(read(sentence)).toEqual([force, party]);
  });

  test('"skyldig" binds only as "skyldig att", not in the sense of guilty', () => {
    expect(binds('Leverantören är skyldig att redovisa detta.')).toBe(true);
    expect(binds('Leverantören har gjort sig skyldig till diskriminering.')).toBe(false);
  });

  test('a question to the tenderer asks of the supplier; one about others does not', () => {
    expect(read('Hur arbetar leverantören med jämställdhet i uppdraget?')).toEqual(['duty', 'supplier']);
    expect(read('How will the contractor ensure equal pay?')).toEqual(['duty', 'supplier']);
    expect(read('Vad gör kommunen för jämställdheten?')[0]).toBe('question');
  });
  test('a question about what follows if the supplier fails asks nothing of it', () => {
    expect(read('What happens if the Contractor does not meet a condition?')[0]).toBe('question');
    expect(read('Vilka påföljder gäller om leverantören bryter mot villkoren?')[0]).toBe('question');
    expect(read('Vilka åtgärder vidtar leverantören mot trakasserier?')).toEqual(['duty', 'supplier']);
  });
});

describe('a modal in a relative clause is about what the relative pronoun stands for', () => {
  test.each<[string, Force, Party]>([
    // Not the supplier's permission: "kan" is what the measures can be.
    ['Leverantören åtar sig att vidta de åtgärder som skäligen kan krävas.', 'duty', 'supplier'],
    ['The Contractor undertakes to take the measures which can reasonably be expected.', 'duty', 'supplier'],
    // The party just before the pronoun is the subject.
    ['Underleverantörer som ska utföra arbete i uppdraget omfattas av kraven.', 'duty', 'supplier'],
    ['Subcontractors who will work on the contract are covered.', 'duty', 'supplier'],
    // No party before the pronoun: the clause's own subject does it.
    ['Kommunen genomför varje år en lönekartläggning som redovisas till personalutskottet.', 'own-duty', 'authority'],
    // The authority's follow-up, aimed at the supplier: its right towards the supplier.
    [
      'Beställaren följer upp åtagandena vid avstämningsmöten där leverantören redovisar statistiken.',
      'right',
      'authority',
    ],
    // The authority's own departments, named in the definite form.
    ['HR-avdelningen ska varje år genomföra en lönekartläggning.', 'own-duty', 'authority'],
  ])('%j is %s of %s', (sentence, force, party) => {
    expect(read(sentence)).toEqual([force, party]);
  });
  test('an item going on from its lead-in is not made a permission by its relative clause', () => {
    const spec = {
      all: [
        { sv: ['*diskriminer*'], en: ['*discriminat*'] },
        { sv: ['åtgärd*'], en: ['measure*'] },
      ],
    };
    expect(
      find(spec, 'Leverantören åtar sig att:\n- motverka diskriminering med de åtgärder som kan krävas;'),
    ).not.toBeNull();
    expect(
      find(spec, 'The Contractor undertakes to:\n- prevent discrimination by the measures that may be needed;'),
    ).not.toBeNull();
    // The Act's own words: what "kan krävas" in a relative clause says asks nothing of anyone.
    expect(
      find(
        spec,
        'Leverantören åtar sig att:\n- vidta de åtgärder mot diskriminering som skäligen kan krävas ' +
          'samt följa upp dessa;',
      ),
    ).not.toBeNull();
  });
});

describe('a phrase set off before the verb does not hide it', () => {
  const last = (text: string): [boolean, Party] => {
    const unit = session.prepare(exampleBlocks(text)).units.at(-1)!;
    return [unit.binding, unit.role.party];
  };
  test('an item that asks on request goes on with its lead-in', () => {
    const lead = 'Vi intygar att vi under hela avtalstiden kommer att\n1. ';
    expect(last(`${lead}på regionens begäran, inom 20 arbetsdagar, lämna en redovisning av villkoren.`)).toEqual([
      true,
      'supplier',
    ]);
  });
  test('the subject of a statement stands after an opening phrase', () => {
    const opening = 'In accordance with regulation 70 of the Public Contracts Regulations 2015,';
    expect(read(`${opening} the conditions in clause 3 are special conditions.`)).toEqual(['statement', 'contract']);
  });
});

describe('a personal pronoun after a clause naming a party is that party', () => {
  test('"Where the Contractor engages a sub-contractor, it shall …" binds the Contractor', () => {
    const text =
      'The Council may audit the records. Where the Contractor engages a sub-contractor, it shall impose the ' +
      'same obligations on it.';
    expect(lastUnit(text).role.party).toBe('supplier');
  });
  test('after an opening condition, the condition\'s subject ("If the Supplier is not an employer, it must")', () => {
    const text =
      'The Board may audit the records. If the Supplier is not a relevant employer under the Act, it must ' +
      'nevertheless analyse its pay data.';
    expect(lastUnit(text).role.party).toBe('supplier');
  });
  test('and in Swedish ("Om leverantören inte är en arbetsgivare …, ska den")', () => {
    const text =
      'Nämnden får granska underlagen. Om leverantören inte är en arbetsgivare med fler än 25 anställda, ska den ' +
      'ändå kartlägga lönerna.';
    expect(lastUnit(text).role.party).toBe('supplier');
  });
  test('not a party after a preposition ("on behalf of the Board, it shall")', () => {
    const text =
      'The Board may audit the records. Where the Provider delivers services on behalf of the Board, it shall ' +
      'assume the same responsibility.';
    expect(lastUnit(text).role.party).toBe('supplier');
  });
});

describe('a pronoun goes on with the party of the sentence before', () => {
  test('but "this" before a noun after "of" is a determiner, no agent', () => {
    const units = session.prepare(
      exampleBlocks('The Customer may ask for the records. Any failure to comply is a breach of this call-off.'),
    ).units;
    expect(units.at(-1)!.role.party).not.toBe('authority');
  });
  test('after advice to the buyer, "it" binds no supplier', () => {
    const units = session.prepare(
      exampleBlocks('The Director advised buyers to wait. It was usual to extend them to subcontractors.'),
    ).units;
    expect(units.at(-1)!.binds).toBe(0);
  });
});

describe('an item under a lead-in that binds', () => {
  const last = (text: string): [boolean, Party] => {
    const unit = session.prepare(exampleBlocks(text)).units.at(-1)!;
    return [unit.binding, unit.role.party];
  };
  test('opening with a verb a guide tells buyers, goes on with the duty', () => {
    expect(
      last('The Operator shall, in respect of Staff:\n(c) plan duty rosters so that staff can combine work.'),
    ).toEqual([true, 'supplier']);
  });
  test('what the staff may do or get is the content of the duty', () => {
    const item = '- ge de anställda möjlighet att förena arbete och föräldraskap, så att konsulterna kan gå ned i tid;';
    expect(last(`Leverantören ska:\n${item}`)).toEqual([true, 'supplier']);
    expect(last('Beskriv följande:\n- hur konsulterna får fortbildning om jämställdhet.')[0]).toBe(true);
  });
  test('nor is a statute named after a preposition', () => {
    const row =
      '| 3.6 | Policies to prevent sexual harassment, consistent with the duty of the Sex Discrimination Act |';
    expect(last(`Tenderers must set out commitments on:\n\n| Item | Commitment |\n|---|---|\n${row}`)[0]).toBe(true);
    expect(
      read('Policies shall prevent harassment, consistent with the duty of the Sex Discrimination Act.')[1],
    ).not.toBe('law');
  });
  test('opening with a question word, says what the lead-in asks to be described', () => {
    const lead = 'Leverantören ska i avropssvaret beskriva, och under uppdraget tillämpa,';
    expect(last(`${lead}\n- hur leverantören kartlägger risker för diskriminering;`)).toEqual([true, 'supplier']);
    expect(last('The Contractor shall describe:\n- how staff are trained in equal treatment.')).toEqual([
      true,
      'supplier',
    ]);
    // Under a lead-in that binds no one, it stays what it says.
    expect(last('Kommunen beskriver nedan:\n- hur personalen får fortbildning.')[0]).toBe(false);
  });
  test('a citation of the law is no subject', () => {
    const item = 'a) bedriva arbete med aktiva åtgärder enligt 3 kap. diskrimineringslagen, och analysera orsakerna.';
    expect(last(`Leverantören ska:\n${item}`)).toEqual([true, 'supplier']);
  });
});

describe('a determiner after a preposition is no subject', () => {
  test('"this Schedule" does not take the party of the sentence before', () => {
    const unit = lastUnit(
      'The Authority may require a Rectification Plan. A failure to deliver the commitments in this Schedule ' +
        'shall constitute a material Default.',
    );
    expect(unit.role.party).toBe('none');
    expect(unit.binding).toBe(true);
  });
  test('nor is a statute after "enligt": the passive binds the contract', () => {
    expect(binds('Arbetet med aktiva åtgärder enligt diskrimineringslagen ska bedrivas i fyra steg.')).toBe(true);
  });
  test('the party before the preposition is the subject', () => {
    expect(read('Verksamhet som kommunen enligt lag ansvarar för.')[1]).toBe('authority');
  });
  test('a date after a preposition is no citation', () => {
    expect(read('In 2025/26 the Board asked officers.')[1]).toBe('authority');
  });
});

describe("the authority's own tasks, item by item", () => {
  test('an item of its own duty names the supplier only as the content of the task', () => {
    const unit = lastUnit(
      'Under planperioden ska upphandlingsenheten:\n- utreda i vilka upphandlingar det är lämpligt att ställa ' +
        'krav på att leverantören gör en lönekartläggning;',
    );
    expect(unit.binds & (1 | 2 | 4 | 16)).toBe(0);
  });
});

describe('what the contract counts as a breach is one of its terms', () => {
  test.each([
    'Som väsentligt avtalsbrott räknas även upprepade brister i förhållande till kraven i avsnitt 4.',
    'Brister i arbetet mot trakasserier utgör ett väsentligt avtalsbrott.',
    'A failure to comply with Part D constitutes a material breach.',
  ])('binds: %j', (sentence) => {
    expect(binds(sentence)).toBe(true);
  });
  test('a negated subject states that no requirement applies', () => {
    expect(read('Inga krav enligt detta avsnitt gäller för befintliga avtal.')[0]).toBe('lifted');
    expect(read('No requirements in this section apply to existing contracts.')[0]).toBe('lifted');
  });
  test('a negation lifts it', () => {
    expect(binds('En enstaka försenad rapport utgör inte avtalsbrott.')).toBe(false);
  });
});

describe('a duty word in an indirect question asks nothing of anyone', () => {
  test.each([
    'Enheten vill förstå vad rapporterna visar och hur skillnaderna ska tolkas.',
    'The Unit wishes to understand what the reports show and how the gaps should be interpreted.',
    'Det är viktigt att analysera hur lönerna ska sättas.',
  ])('binds no one: %j', (sentence) => {
    expect(binds(sentence)).toBe(false);
  });
  test.each([
    // A relative clause, not a question.
    'Villkoren, vilka ska gälla även underleverantörer, tas in i avtalet.',
    'The equality conditions, which shall apply to subcontractors, form part of the contract.',
  ])('still binds the supplier’s side: %j', (sentence) => {
    expect(binds(sentence)).toBe(true);
  });
});

describe('under a lead-in that binds the supplier, "the employer" is the supplier as employer', () => {
  const last = (text: string): [boolean, Party] => {
    const unit = session.prepare(exampleBlocks(text)).units.at(-1)!;
    return [unit.binding, unit.role.party];
  };
  test('contract conditions that restate the law', () => {
    expect(last('Under avtalstiden gäller följande:\n- Arbetsgivaren ska varje år kartlägga lönerna.')).toEqual([
      true,
      'supplier',
    ]);
    expect(
      last('The Contractor shall comply with the following:\n- The employer shall review pay every year.'),
    ).toEqual([true, 'supplier']);
  });
  test('the law described binds no supplier', () => {
    expect(last('Enligt lagen gäller följande:\n- Arbetsgivaren ska varje år kartlägga lönerna.')[0]).toBe(false);
  });
});

describe('weighing whether to ask is not asking', () => {
  test.each([
    'Vi kommer att överväga att ställa krav på att leverantörerna redovisar sina löneskillnader.',
    'Nästa år ser vi över avtalsvillkoren och tar ställning till om leverantörerna ska rapportera statistik.',
    'Kommunen överväger om entreprenören ska redovisa könsfördelningen.',
    'Next year we will review our terms and consider whether to ask suppliers to report their pay gap.',
    'The council is exploring whether contractors should publish an equality plan.',
    'We will decide whether the contractor must report sex-disaggregated data.',
    'Vi planerar att kräva att leverantörerna redovisar löneskillnader.',
    'We plan to require suppliers to publish their gender pay gap.',
    'Frågan om uppföljning behöver utredas vidare.',
    'I en motion föreslås att kommunen ska kräva att leverantörer genomför årlig lönekartläggning.',
    'Motionären föreslår även vite vid brister och att kraven ska gälla underleverantörer.',
    'I upphandlingen av hemtjänst övervägdes krav på att utföraren ska ta samma ansvar för jämställdhet.',
    'The question of monitoring needs further investigation.',
    // Reported speech: what someone said, in an evaluation report or minutes.
    'Anbudsgivaren har på eget initiativ angett att företaget ska ha en jämställdhetsplan.',
    'The Equalities Officer noted that the contractor must report its gender pay gap.',
    'Upphandlingschefen svarar att leverantören ska redovisa sin lönekartläggning varje år.',
    'The Head of Procurement replied that the contractor must report its pay gap every year.',
    // A question raised at a meeting, an opinion: nothing is decided.
    'Ledamoten har ställt frågan om kommunen bör ställa krav på att entreprenören gör en lönekartläggning.',
    'Cllr Lindqvist asked whether the Council could require bidders to report their pay gap.',
    'Vite eller hävning kan övervägas vid väsentliga brister.',
    'Upphandlingsenheten har i uppdrag att utreda om jämställdhetskrav kan ställas och hur de ska följas upp.',
    'The procurement unit considers that more contracts should include equality conditions.',
    'The Council launched a consultation on proposals that could see suppliers asked to close gender pay gaps.',
    'Members discussed whether the next contract should require the operator to report its pay gap.',
    'Providers told us that they could supply data by sex but would need notice to change their systems.',
    'Suppliers were asked for views on whether an annual gender pay gap analysis would be feasible.',
    'Leverantörerna ombads lämna synpunkter på om en årlig lönekartläggning vore rimlig.',
  ])('binds no one: %j', (sentence) => {
    expect(binds(sentence)).toBe(false);
  });
  test.each([
    'Ledamöterna diskuterar om kommunen bör kräva att leverantören har samma ansvar för likabehandling.',
    'Members then discussed whether the operator should take on the same equality duties.',
    'For the home care tender due in 2027, officers will consider whether to include the following.',
  ])('an open question opening the sentence states nothing either: %j', (sentence) => {
    expect(read(sentence)).toEqual(['hypothetical', 'none']);
  });
  test('a certificate "om" a training is no weighing whether', () => {
    expect(read('Kommunen har rätt att begära en redovisning, inklusive intyg om genomförd utbildning.')).toEqual([
      'right',
      'authority',
    ]);
  });
  test("a survey's findings are stated, not weighed", () => {
    expect(
      read("The Municipality's leisure survey of 2025 showed that boys used 68 per cent of the hours.")[0],
    ).not.toBe('hypothetical');
  });
  test('a study named in a relative clause leaves the duty after it standing', () => {
    const sentence =
      "C2 Each member of the Supplier's team who conducts focus groups must have completed training in equality.";
    expect(read(sentence)[0]).toBe('duty');
  });
  test('an item that ends by reviewing whether its actions worked still states its actions', () => {
    const item =
      'every two years, assess where discrimination may arise, establish the causes, ' +
      'put actions in place and review whether they worked;';
    expect(read(item)[0]).not.toBe('hypothetical');
  });
  test.each([
    'Leverantören ska överväga om arbetsplatsen behöver anpassas.',
    'The Contractor shall consider whether reasonable adjustments are needed.',
  ])("the supplier's duty to weigh still binds: %j", (sentence) => {
    expect(read(sentence)).toEqual(['duty', 'supplier']);
  });
});

/** The role of the last unit of a document made of these paragraphs (and headings, as pairs). */
const lastRole = (texts: readonly (string | [string, 'heading'])[]): [Force, Party] => {
  const blocks = texts.map((t, i) => ({
    text: typeof t === 'string' ? t : t[0],
    kind: typeof t === 'string' ? ('paragraph' as const) : ('heading' as const),
    headingPath: [],
    loc: { block: i + 1 },
  }));
  const unit = session.prepare(blocks).units.at(-1)!;
  return [unit.role.force, unit.role.party];
};

describe('a table a PDF reader flattened into paragraphs', () => {
  test('a cell that opens with a question word is what the paragraph before asks to be described', () => {
    const asked = 'Anbudsgivaren ska beskriva hur följande tillämpas för personalen i uppdraget.';
    const cell = 'Hur personalen får kompetensutveckling i jämställdhet och likabehandling.';
    expect(lastRole([asked, 'Delområde', 'C.3.1', cell])[0]).toBe('duty');
    // A heading between ends what the paragraph asked.
    expect(lastRole([asked, ['4 Uppföljning', 'heading'], cell])[0]).not.toBe('duty');
  });
});

describe('a failure that entitles the authority to a remedy is its right', () => {
  test.each([
    'Underlåtenhet att uppfylla C.5 berättigar nämnden till prisavdrag om 2 procent av månadsersättningen.',
    'Failure to comply with clause 5 entitles the Council to terminate the contract.',
  ])('%j', (sentence) => {
    expect(read(sentence)).toEqual(['right', 'authority']);
  });
});

describe("a table of the authority's own actions", () => {
  test('a status "Complete" in a cell instructs no one; "Complete the form" does', () => {
    const plan = ['| Action | Owner | Status |', '| --- | --- | --- |', '| Equal pay audit | HR | Complete |'];
    expect(lastUnit(plan.join('\n')).role.force).not.toBe('duty');
    expect(read('Complete the form in Annex 2.')).toEqual(['duty', 'supplier']);
  });
});

describe('"ni" and "you" follow whom the document addresses', () => {
  const roleIn = (text: string, sentence: string): [Force, Party] => lastRole([...text.split('\n'), sentence]);
  test('"we" is the tenderer in a form it signs, the authority in its own report', () => {
    const form = 'We confirm that we will meet the conditions below.';
    const report = 'We confirm that the information in this report is accurate.';
    expect(roleIn(form, 'We will carry out an equal pay audit each year.')[1]).toBe('tenderer');
    expect(roleIn(report, 'We will carry out an equal pay audit each year.')[1]).toBe('authority');
  });
  test('a call-off speaks to tenderers', () => {
    expect(roleIn('Ert anbud ska vara inkommet senast den 1 mars.', 'Ni ska ha rutiner för föräldraledighet.')).toEqual(
      ['duty', 'supplier'],
    );
    expect(roleIn('Your tender must arrive by 1 March.', 'You must have a parental leave policy.')).toEqual([
      'duty',
      'supplier',
    ]);
  });
  test('contract terms that name the supplier "Ni", or speak to the one accepting them', () => {
    const defined = 'Bilagan är en del av kontraktet mellan kommunen (Beställaren) och leverantören (Ni).';
    expect(roleIn(defined, 'Ni ska ha skriftliga rutiner mot trakasserier.')).toEqual(['duty', 'supplier']);
    const accepting = 'Genom att lämna anbud accepterar Ni villkoren.';
    expect(roleIn(accepting, 'Ni ska ha skriftliga rutiner mot trakasserier.')).toEqual(['duty', 'supplier']);
    const english = 'These terms bind the Supplier ("you") and the Council.';
    expect(roleIn(english, 'You will keep written records of the measures taken.')).toEqual(['duty', 'supplier']);
  });
  test('a specification that says whom it means by "Ni" or "you"', () => {
    const sv = 'I denna kravspecifikation avses med "Ni" den leverantör som lämnar anbud.';
    expect(roleIn(sv, 'Ni ska ha rutiner mot trakasserier.')).toEqual(['duty', 'supplier']);
    const en = 'In this specification, "you" means the tenderer and, after award, the contractor.';
    expect(roleIn(en, 'You will keep written records of the measures taken.')).toEqual(['duty', 'supplier']);
  });
  test('a letter to the contractor about its contract speaks to the contractor', () => {
    const letter =
      'Kommunen utnyttjar förlängningsoptionen. Ni ska enligt punkt 8.3 i avtalet göra en lönekartläggning.';
    expect(roleIn(letter, 'Inför förlängningen ska ni lämna resultatet till kommunen.')).toEqual(['duty', 'supplier']);
  });
  test('"your organisation" is the tenderer\'s as often as the buyer\'s: it decides nothing', () => {
    expect(
      roleIn('Describe how your organisation will close any gender pay gap.', 'You must have a parental leave policy.'),
    ).toEqual(['duty', 'supplier']);
  });
  test('a guide speaks to buyers', () => {
    expect(roleIn('När ni upphandlar kan ni ställa krav på jämställdhet.', 'Ni ska följa upp kraven.')).toEqual([
      'own-duty',
      'buyer',
    ]);
    expect(roleIn('When you procure, think about equality.', 'You should follow up the conditions.')).toEqual([
      'own-duty',
      'buyer',
    ]);
  });
});

describe('a document that never names a supplier binds no supplier', () => {
  const units = (text: string) =>
    session.prepare(
      text.split('\n').map((t, i) => ({ text: t, kind: 'paragraph' as const, headingPath: [], loc: { block: i + 1 } })),
    );
  test('employer guidance with passive duties', () => {
    const text = units(
      'Riktlinjerna och rutinerna ska även utvärderas och följas upp.\nEn lönekartläggning ska göras varje år.',
    );
    expect(text.supplierFacing).toBe(false);
  });
  test('a tender with the same sentences names the supplier somewhere', () => {
    const text = units(
      'Leverantören ska följa avtalet.\nRiktlinjerna och rutinerna ska även utvärderas och följas upp.',
    );
    expect(text.supplierFacing).toBe(true);
  });
});

describe('a list led in by advice is what the buyer is advised to ask', () => {
  /** Training in equality for the supplier's staff. */
  const training = {
    all: [
      { sv: ['utbild*'], en: ['training'] },
      { sv: ['*jämställd*'], en: ['equality'] },
    ],
  };
  evidenceTester('items under advice', training, {
    found: [
      // A lead-in that obliges.
      'Leverantören ska:\n- ge personalen utbildning i jämställdhet;\n- följa lagen.',
      'The Contractor shall:\n- provide equality training to its staff;\n- comply with the law.',
    ],
    missed: [
      // Model clauses quoted under advice that offers examples: examples, whoever they name.
      'Exempel på krav:\n- Leverantören ska ge personalen utbildning i jämställdhet.',
      'Consider requiring, for example:\n- The Contractor shall provide equality training to its staff.',
      'Du kan till exempel kräva att leverantören:\n- ger personalen utbildning i jämställdhet;\n- har en plan.',
      'Det kan vara bra att kräva att leverantören:\n- bifogar en plan för utbildning i jämställdhet.',
      'Consider requiring, where proportionate, that suppliers:\n- provide equality training to staff;\n- pay equally.',
      // Numbered paragraphs and their items at one level, as word processors often leave them.
      '1. Ni kan be leverantören att:\n2. redovisa hur personalen får utbildning i jämställdhet;\n3. följa lagen.',
      '1. Consider requiring that suppliers:\n2. provide equality training to staff;\n3. pay equally.',
      // Examples weighed in a policy: a that-clause item is the lead-in's, whatever party it names.
      'Exempel på krav som kan övervägas:\n- att leverantören ska ge personalen utbildning i jämställdhet,',
      'Examples of conditions that could be considered:\n- that the contractor shall provide equality training.',
      // A motion quoted in a council paper: proposed, not decided (its lead-in ends unfinished).
      'Ledamoten har i en motion föreslagit att fullmäktige beslutar\n- att leverantören ska utbilda i jämställdhet;',
      'A councillor proposed that the council require of suppliers:\n- equality training for all staff;',
      // Minutes of a market dialogue: examples others used, nothing decided.
      'Hon nämnde krav från andra kommuner, utan att kommunen tagit ställning:\n- krav på utbildning i jämställdhet,',
      'She listed conditions used elsewhere; the council has not decided:\n- a requirement of equality training,',
    ],
  });
});

describe('what is delivered to the authority for its staff is no duty about the supplier', () => {
  test.each<[string, Force, Party]>([
    ['Modul 4 ska behandla trakasserier och diskriminering.', 'description', 'content'],
    ['Kursinnehållet ska spegla kommunens riktlinjer mot trakasserier.', 'description', 'content'],
    ['Module 3 will cover non-discriminatory recruitment.', 'description', 'content'],
    ['The curriculum must reflect the council policy on harassment.', 'description', 'content'],
    // A system delivered to the authority: its functions serve the authority's own staff work.
    ['Systemet ska stödja kommunens årliga lönekartläggning.', 'description', 'content'],
    ['Rekryteringsmodulen ska kunna dölja sökandes kön.', 'description', 'content'],
    ['The system shall report the gender balance of council managers.', 'description', 'content'],
    // The supplier that delivers it is still bound.
    ['Leverantören ska se till att systemet stödjer lönekartläggningen.', 'duty', 'supplier'],
    ['The Contractor shall ensure that the system records applicants by sex.', 'duty', 'supplier'],
  ])('%j is %s of %s', (sentence, force, party) => {
    expect(read(sentence)).toEqual([force, party]);
  });

  /** Procedures against harassment. */
  const harassment = {
    all: [
      { sv: ['*trakasser*'], en: ['harass*'] },
      { sv: ['förebygg*', 'rutin*'], en: ['prevent*', 'procedure*'] },
    ],
  };
  evidenceTester('rows and items under a lead-in about the training', harassment, {
    found: [
      'Leverantören ska uppfylla följande krav:\n| Nr | Krav | Ska/Bör |\n| 4 | Rutiner mot trakasserier | Ska |',
      'The Contractor shall meet these requirements:\n| No | Requirement |\n| 4 | Procedures against harassment |',
      'Leverantören ska:\n- förebygga trakasserier bland sin personal.',
    ],
    missed: [
      'Utbildningsprogrammet ska ha dessa moduler:\n| Modul | Innehåll | Nivå |\n| 4 | Förebygga trakasserier | Ska |',
      'The training programme shall hold these modules:\n| Module | Content |\n| 4 | Preventing harassment | Shall |',
      'Utbildningsprogrammet ska omfatta:\n- att förebygga trakasserier på arbetsplatsen.',
      'The course content shall include:\n- preventing bullying and harassment at work.',
    ],
  });
});

describe('"utbildningen", "the course" are what is delivered only where a training is bought', () => {
  const lastRole = (text: string): [Force, Party] => {
    const role = session.prepare(exampleBlocks(text)).units.at(-1)!.role;
    return [role.force, role.party];
  };
  test('a call for a training for the authority’s managers', () => {
    const sv = [
      'Kommunen upphandlar en utbildning för sina chefer.',
      'Kursledarna ska ha lång erfarenhet. Kursmaterial lämnas digitalt.',
      'Utbildningen ska behandla trakasserier och kommunens jämställdhetsplan.',
    ].join('\n');
    expect(lastRole(sv)).toEqual(['description', 'content']);
    const en = [
      'The Council seeks quotations from training providers.',
      'Trainers must be qualified. Course materials are sent in advance.',
      'The course must cover harassment and the Council’s equality plan.',
    ].join('\n');
    expect(lastRole(en)).toEqual(['description', 'content']);
  });
  test('a care tender whose supplier trains its own staff', () => {
    expect(lastRole('Leverantören ska utbilda personalen.\nUtbildningen ska omfatta jämställdhet.')[0]).toBe('duty');
    expect(lastRole('The Contractor shall train its staff.\nThe training shall cover equality.')[0]).toBe('duty');
  });
});

describe('where a study is bought, what the supplier is to examine is the study, not its own staff', () => {
  const lastRole = (text: string): [Force, Party] => {
    const role = session.prepare(exampleBlocks(text)).units.at(-1)!.role;
    return [role.force, role.party];
  };
  test('a call for a study of pay and careers in a sector', () => {
    const sv = [
      'Myndigheten upphandlar ett utredningsuppdrag om löneskillnader i vården.',
      'Uppdraget redovisas i en startrapport och en delrapport.',
      'Leverantören ska genomföra fallstudier av arbetsgivare som har gjort lönekartläggningar.',
    ].join('\n');
    expect(lastRole(sv)[1]).toBe('content');
    const en = [
      'This study examines pay and careers of women in the sector.',
      'The inception report is due in month 2 and the interim report in month 7.',
      'The contractor shall carry out case studies of employers that have run recruitment campaigns for women.',
    ].join('\n');
    expect(lastRole(en)[1]).toBe('content');
  });
  test('a mid-term evaluation of a programme is a study bought', () => {
    const en = [
      'The Agency seeks a consultancy to carry out a mid-term evaluation of the Regional Skills Programme.',
      'Desk review of programme documents and monitoring data.',
      'The evaluation report is delivered in English.',
      'The evaluation shall cover whether the programme reaches women and men equally.',
    ].join('\n');
    expect(lastRole(en)[1]).toBe('content');
  });
  test('what "the evaluation" is to assess is its content, item by item', () => {
    const en = [
      'The study is reported in an inception report and an interim report.',
      'Focus groups and case studies are part of the method.',
      'The evaluation shall assess whether participating employers:',
      '- carried out pay audits and reduced pay differences between women and men.',
    ].join('\n');
    expect(lastRole(en)[1]).toBe('content');
  });
  test('what the questionnaire asks is the study’s content too', () => {
    const sv = [
      'Studien genomförs under 2027.',
      'Fallstudierna och fokusgrupper med arbetsgivare redovisas i en delrapport.',
      'Enkäten ska omfatta föräldraledighet och lön.',
    ].join('\n');
    expect(lastRole(sv)[1]).toBe('content');
    const en = [
      'The study runs in 2027.',
      'Case studies and focus groups are reported in the interim report.',
      'The questionnaire shall cover parental leave and pay.',
    ].join('\n');
    expect(lastRole(en)[1]).toBe('content');
  });
  test('the study’s tasks, as items of a lead-in or after the duty word, are what it delivers', () => {
    // The sentences that bind, but for the lead-in itself.
    const study = (task: string[]) =>
      session
        .prepare(exampleBlocks(task.join('\n')))
        .units.filter((u) => u.binding && !u.text.endsWith(':'))
        .map((u) => u.text);
    const en = [
      'The study concerns pay in local authorities.',
      'An inception report and an interim report are delivered before the draft final report.',
      'The successful tenderer will:',
      '- compile and analyse the published gender pay gap reports of all local authorities;',
      '- review the authorities’ policies on sexual harassment.',
      'The contractor shall analyse the representation of women in senior grades.',
    ];
    expect(study(en)).toEqual([]);
    const sv = [
      'Studien gäller löner i kommunerna.',
      'Till studien hör en startrapport, en delrapport och fallstudier.',
      'Konsulten ska kartlägga hur kommunerna arbetar mot sexuella trakasserier.',
    ];
    expect(study(sv)).toEqual([]);
    // The same items in a tender that buys no study bind the supplier.
    const ordinary = ['The successful tenderer will:', '- review its policy on sexual harassment every year.'];
    expect(study(ordinary)).toEqual(['review its policy on sexual harassment every year.']);
  });
  test('in an ordinary tender the supplier examines its own practice', () => {
    expect(lastRole('Leverantören ska undersöka hur lönerna sätts för personalen i uppdraget.')).toEqual([
      'duty',
      'supplier',
    ]);
    expect(lastRole('The contractor shall examine how pay is set for the staff on the contract.')).toEqual([
      'duty',
      'supplier',
    ]);
  });
});

describe('a guide binds no one, not even in the clauses it quotes', () => {
  const findIn = (lines: string[]) => findWith(HARASSMENT, lines);
  test('a model clause among advice is an example', () => {
    const sv = [
      'Tänk på att kraven ska ha koppling till kontraktsföremålet.',
      'Ställ gärna krav på rutiner i upphandlingar av tjänster.',
      'Undvik krav på leverantörens allmänna policy.',
      'Exempel: Leverantören ska ha rutiner mot trakasserier.',
    ];
    expect(findIn(sv)).toBeNull();
    const en = [
      'Consider whether the contract is relevant to equality.',
      'Think about proportionality before you set conditions.',
      'Avoid asking for a general corporate policy.',
      'Example: The Contractor shall maintain procedures against harassment.',
    ];
    expect(findIn(en)).toBeNull();
  });
});

describe('a guide that quotes model clauses is still a guide', () => {
  test('four sentences of advice outweigh three quoted clauses', () => {
    const text = [
      'Tänk på att kraven ska ha koppling till kontraktsföremålet.',
      'Vi rekommenderar att ni följer upp kraven årligen.',
      'Undvik krav på leverantörens allmänna policy.',
      'Överväg om kraven ska gälla underleverantörer.',
      'Exempel A: Leverantören ska ha rutiner mot trakasserier.',
      'Exempel B: Leverantören ska göra en lönekartläggning.',
      'Exempel C: Leverantören ska redovisa könsfördelningen.',
    ];
    expect(guide(text)).toBe(true);
  });
  test('"följande exempel", "exemplen" introduce examples, not requirements', () => {
    const text = [
      'Ställ bara krav som ni har resurser att följa upp.',
      'Upphandlaren kan överväga något av följande exempel.',
      'Exemplen är inte bindande och måste anpassas till upphandlingens föremål:',
      '- Leverantören ska genomföra en årlig lönekartläggning.',
      '- Leverantören ska ha rutiner mot sexuella trakasserier.',
      '- Leverantören ska redovisa könsfördelning i ledande befattningar.',
    ];
    expect(guide(text)).toBe(true);
  });
  test('guidance for officers and commissioners, with a table of example clauses', () => {
    const text = [
      'Officers should carry out an equality impact assessment before tendering.',
      'Commissioners should consider whether the specification needs equality requirements.',
      'Officers should seek advice before using liquidated damages.',
      'Topic | Example clause officers may adapt',
      'Pay | “The Provider shall carry out an annual gender pay gap analysis.”',
      'Harassment | “The Provider shall have a policy on sexual harassment.”',
      'Training | “The Provider shall train its staff in equality.”',
      'Officers should agree how the requirements will be followed up.',
    ];
    expect(guide(text)).toBe(true);
  });
});

describe('weighing whether to require something is a guide’s advice', () => {
  test('guidelines that weigh requirements read as a guide', () => {
    const text = [
      'Upphandlaren bör i varje upphandling överväga om krav på jämställdhet är relevanta.',
      'I personalintensiva upphandlingar kan det vara lämpligt att ställa särskilda kontraktsvillkor.',
      'Upphandlaren kan överväga att föra in krav på lönekartläggning.',
      'Avtalsförvaltaren bör överväga om kraven ska följas upp årligen.',
    ];
    expect(guide(text)).toBe(true);
  });
});

describe('a list under advice does not make a tender a guide', () => {
  test('a tender with one advising lead-in and its items stays a tender', () => {
    const sv = session.prepare(
      exampleBlocks(
        'Leverantören ska ha kollektivavtal.\nTänk på att:\n- bifoga alla bilagor\n- underteckna anbudet\n- ange pris',
      ),
    );
    expect(sv.guide).toBe(false);
    const en = session.prepare(
      exampleBlocks(
        'The Contractor shall pay the living wage.\nRemember to:\n- attach all annexes\n- sign it\n- state a price',
      ),
    );
    expect(en.guide).toBe(false);
  });
});

describe("an employer's guide to the law is no tender, whatever tenders it mentions", () => {
  test('mostly what the law asks of employers: a guide', () => {
    expect(
      guide(
        [
          'Diskrimineringslagen kräver att arbetsgivare har riktlinjer mot trakasserier.',
          'Arbetsgivare ska varje år kartlägga lönerna.',
          'Arbetsgivaren måste dokumentera arbetet med aktiva åtgärder.',
          'Arbetsgivare får inte missgynna föräldralediga.',
          'Vid offentlig upphandling kan leverantören behöva visa sina rutiner.',
        ].join('\n'),
      ),
    ).toBe(true);
    expect(
      guide(
        [
          'The Equality Act requires employers to prevent harassment.',
          'Employers with 250 staff must publish their pay gap.',
          'An employer must not treat a pregnant worker less favourably.',
          'Employers must not dismiss a worker for taking parental leave.',
          'When you bid for public contracts, the contractor may be asked about equality.',
        ].join('\n'),
      ),
    ).toBe(true);
  });
  test('a tender that cites the law now and then stays a tender', () => {
    expect(
      guide(
        [
          'Diskrimineringslagen kräver att arbetsgivare kartlägger lönerna.',
          'Arbetsgivare ska dokumentera arbetet.',
          'Lagen kräver riktlinjer mot trakasserier.',
          'Leverantören ska redovisa sin lönekartläggning.',
          'Leverantören ska ha riktlinjer mot trakasserier.',
        ].join('\n'),
      ),
    ).toBe(false);
    expect(
      guide(
        [
          'The Equality Act requires employers to prevent harassment.',
          'Employers must publish their pay gap.',
          'The law requires equal pay for equal work.',
          'The Contractor shall report its pay gap each year.',
          'The Contractor shall have a harassment policy.',
        ].join('\n'),
      ),
    ).toBe(false);
  });
});

describe('a guide that does not say whom it speaks to speaks to the buyer', () => {
  const lastBinds = (text: string): number => {
    const prepared = session.prepare(exampleBlocks(text));
    expect(prepared.guide).toBe(true);
    return prepared.units[prepared.units.length - 1]!.binds;
  };
  test('"ni" and "you" in a guide are the buyer, not the supplier', () => {
    const sv = lastBinds(
      [
        'Tänk på jämställdhet i upphandlingen.',
        'Överväg att ställa krav på lika lön.',
        'Undvik krav som saknar koppling till kontraktet.',
        'Ni bör följa upp kraven under avtalstiden.',
      ].join('\n'),
    );
    expect(sv & (1 | 2 | 4 | 16)).toBe(0);
    const en = lastBinds(
      [
        'Think about equality in the procurement.',
        'Consider asking for equal pay.',
        'Avoid requirements with no link to the contract.',
        'You should follow up the conditions during the contract.',
      ].join('\n'),
    );
    expect(en & (1 | 2 | 4 | 16)).toBe(0);
  });
});

evidenceTester(
  'a sentence that goes on from the one before takes its topic from it',
  {
    all: [
      { sv: ['arbetsförhållanden'], en: ['working conditions'] },
      { sv: ['diskriminer*'], en: ['discriminat*'] },
    ],
  },
  {
    found: [
      'Leverantören ska motverka diskriminering bland personalen. Detta omfattar arbetsförhållanden och löner.',
      'The Supplier shall prevent discrimination among its staff. This covers working conditions and pay.',
    ],
    missed: [
      // A sentence of its own names no topic of the one before.
      'Leverantören ska motverka diskriminering bland personalen. Arbetsförhållanden beskrivs i bilaga 2.',
      'The Supplier shall prevent discrimination among its staff. Working conditions are set out in Annex 2.',
      // Nor does a sentence that goes on from a description.
      'Lagen förbjuder diskriminering. Detta omfattar arbetsförhållanden och löner.',
      'The law prohibits discrimination. This covers working conditions and pay.',
    ],
  },
);

describe("the authority's own plan or report does not face suppliers", () => {
  const facing = (lines: string[]): boolean => session.prepare(exampleBlocks(lines.join('\n'))).supplierFacing;
  const sv = [
    'Kommunen har 2 100 anställda.',
    'Kommunen har infört en ny rekryteringsprocess.',
    'Kommunen genomförde en lönekartläggning under våren.',
    'Kommunen har uppdaterat sin policy mot trakasserier.',
    'Kommunen erbjuder alla chefer utbildning i likabehandling.',
    'En checklista för upphandlingar med villkor för leverantörer tas fram.',
    'En uppföljning av lönerna planeras till nästa år.',
  ];
  const en = [
    'The Council employs 2,100 people.',
    'The Council introduced a new recruitment process.',
    'The Council completed a pay review in the spring.',
    'The Council updated its harassment policy.',
    'The Council offers all managers equality training.',
    'A checklist on conditions for contractors is being drafted.',
    'An audit of the pay data is scheduled for next year.',
  ];
  test('minutes that mention an operator once bind no supplier by their passive words', () => {
    const minutes = [
      'The Head of Procurement introduced the paper.',
      'The Lead noted that most drivers are men.',
      'Sanctions would be considered later.',
      'The operator of the current contract was thanked.',
    ];
    expect(facing(minutes)).toBe(false);
  });
  test('a contractor mentioned in passing', () => {
    expect(facing(sv)).toBe(false);
    expect(facing(en)).toBe(false);
  });
  test('a tender that speaks more of its tenders than of the authority, all in the passive', () => {
    const tenders = (n: number, sv: boolean): string[] =>
      Array.from({ length: n }, (_, i) =>
        sv ? `Anbud ska lämnas med bilaga ${i + 1}.` : `Each tender shall include annex ${i + 1}.`,
      );
    expect(facing([...sv, ...tenders(6, true)])).toBe(true);
    expect(facing([...en, ...tenders(6, false)])).toBe(true);
  });
  test('a tender that also describes the authority binds the supplier in several places', () => {
    const svDuties = [
      'Leverantören ska redovisa sin lönekartläggning.',
      'Leverantören ska ha rutiner mot trakasserier.',
    ];
    const enDuties = ['The Contractor shall report its pay gap.', 'The Contractor shall have a harassment policy.'];
    expect(facing([...sv, ...svDuties])).toBe(true);
    expect(facing([...en, ...enDuties])).toBe(true);
  });
  test('a plan that binds a supplier once, in passing, is still the authority’s own', () => {
    const own = [...sv, 'Kommunen har 40 förskolor.', 'Kommunen har infört heltid som norm.'];
    expect(facing([...own, 'Leverantören ska redovisa sin lönekartläggning.'])).toBe(false);
  });
  test('an agreement that binds its grantee clause after clause faces it, whatever it is called', () => {
    const grant = [
      'The Grantee shall deliver the Project.',
      'The Grantee shall collect data on participants by sex.',
      'The Grantee shall pay women and men equal pay for work of equal value.',
      'The Funder may withhold any instalment.',
    ];
    expect(facing(grant)).toBe(true);
  });
  test("what the authority's own report says of a supplier binds none; what it states of the users counts", () => {
    const own = [...en, 'The Council runs 40 leisure centres.', 'The Council introduced full-time work as the norm.'];
    const text = session.prepare(
      exampleBlocks(
        [...own, 'In 11 contracts officers asked whether the contractor should report its pay gap.'].join('\n'),
      ),
    );
    expect(text.own).toBe(true);
    expect(bindsAny(text, text.units.at(-1)!, SUPPLIER_SIDE)).toBe(false);
    const users = session.prepare(
      exampleBlocks([...own, 'The Council found that 61 per cent of visitors are boys.'].join('\n')),
    );
    expect(bindsAny(users, users.units.at(-1)!, BINDS.authority)).toBe(true);
  });
  test("in the authority's own report, its 'will' is its own doing, no right towards a supplier", () => {
    const report = [...en, 'We will carry out an equal pay audit in 2026 of all grades.'];
    const text = session.prepare(exampleBlocks(report.join('\n')));
    const audit = text.units.at(-1)!;
    expect(bindsAny(text, audit, BINDS.authorityRight)).toBe(false);
  });
});

describe("in an employer's guide to the law, 'you' is the employer reading it", () => {
  const lastBinds = (lines: string[]): number => {
    const prepared = session.prepare(exampleBlocks(lines.join('\n')));
    return prepared.units[prepared.units.length - 1]!.binds;
  };
  test('"you must" there says what the law asks of the reader, not of a supplier', () => {
    const sv = lastBinds([
      'Diskrimineringslagen kräver att arbetsgivare kartlägger lönerna.',
      'Arbetsgivare ska ha riktlinjer mot trakasserier.',
      'Arbetsgivaren får inte missgynna föräldralediga.',
      'Ni måste dokumentera arbetet med aktiva åtgärder för era medarbetare.',
      'Ni får inte ge en kvinna lägre lön än en man för lika arbete.',
    ]);
    expect(sv & (1 | 2 | 4 | 16)).toBe(0);
    const en = lastBinds([
      'The Equality Act requires employers to prevent harassment.',
      'Employers with 250 staff must publish their pay gap.',
      'An employer must not treat a pregnant worker less favourably.',
      'You must deal with requests for flexible working reasonably.',
      'You must not pay a woman less than a man for equal work.',
    ]);
    expect(en & (1 | 2 | 4 | 16)).toBe(0);
  });
  test('a tender that mentions the law in passing still speaks to the supplier', () => {
    const sv = lastBinds([
      'Diskrimineringslagen kräver att arbetsgivare kartlägger lönerna.',
      'Arbetsgivare ska ha riktlinjer mot trakasserier.',
      'Arbetsgivaren får inte missgynna föräldralediga.',
      'Ert anbud ska lämnas senast den 1 mars. Leverantören ska redovisa sin lönekartläggning.',
      'Anbudet ska vara undertecknat. Underleverantörer ska anges i anbudet.',
      'Ni får inte ge en kvinna lägre lön än en man för lika arbete.',
    ]);
    expect(sv & 1).not.toBe(0);
    const en = lastBinds([
      'The Equality Act requires employers to prevent harassment.',
      'Employers with 250 staff must publish their pay gap.',
      'An employer must not treat a pregnant worker less favourably.',
      'Your tender must reach us by 1 March. The Supplier shall report its pay gap.',
      'Bidders must sign the tender. Subcontractors must be named in the bid.',
      'You must not pay a woman less than a man for equal work.',
    ]);
    expect(en & 1).not.toBe(0);
  });
});

describe("a contract written in the present tense states the supplier's duties", () => {
  const contract = [
    'Z12 Equality',
    'Z12.1 The Contractor maintains a process to identify risks of discrimination in its workforce.',
    'Z12.2 The Contractor records in writing, each year, the measures taken.',
    'Z12.3 The Contractor provides separate changing facilities for women and men.',
    'Z12.4 The Project Manager may inspect the records.',
  ];
  test('numbered clauses "Z12.2 The Contractor records …" bind the Contractor', () => {
    expect(roleOf(contract, 'Z12.2').force).toBe('duty');
    expect(roleOf(contract, 'Z12.2').party).toBe('supplier');
  });
  test('and in Swedish ("4.2 Leverantören genomför …")', () => {
    const avtal = [
      '4 Jämställdhet',
      '4.1 Leverantören genomför varje år en lönekartläggning.',
      '4.2 Leverantören dokumenterar arbetet med aktiva åtgärder skriftligen.',
      '4.3 Leverantören redovisar resultatet för beställaren vid det årliga uppföljningsmötet.',
    ];
    expect(roleOf(avtal, '4.1').force).toBe('duty');
  });
  test('where clauses saying "shall" outnumber them, only a present tense of doing', () => {
    const shall = [
      '1.1 The Contractor shall keep records of its pay survey.',
      '1.2 The Contractor shall report the survey to the Council each year.',
      '1.3 The Contractor shall train its staff in equal treatment.',
      '1.4 The Contractor shall have a policy against harassment.',
      '2.1 The Contractor reports the survey at the annual review.',
      '2.2 The Contractor reported a gap of 4 per cent last year.',
      '2.3 The Contractor has an office in the town centre.',
      '2.4 The Contractor or its subcontractor will be told.',
    ];
    expect(roleOf(shall, '2.1').force).toBe('duty');
    expect(roleOf(shall, '2.2').force).toBe('statement');
    expect(roleOf(shall, '2.3').force).toBe('statement');
    const avtal = [
      'C.3.1 Leverantören ska årligen kartlägga lönerna.',
      'C.3.2 Leverantören ska ha rutiner mot trakasserier.',
      'C.4.1 Leverantören lämnar årligen en rapport till Stadsfastigheter.',
      'C.4.2 Leverantören uppgav vid mötet att rutinerna finns.',
    ];
    expect(roleOf(avtal, 'C.4.1')).toMatchObject({ force: 'duty', party: 'supplier' });
    expect(roleOf(avtal, 'C.4.2').force).toBe('statement');
  });
  test('so does an unnumbered sentence, in either Swedish word order', () => {
    const avrop = [
      'Leverantören ska ha rutiner mot trakasserier.',
      'Leverantören ska utbilda konsulterna i likabehandling.',
      'Leverantören uppgav att arbetet pågår.',
      'Utöver kvartalsrapporten redovisar leverantören en gång per år hur arbetet har bedrivits.',
      'Vid uppföljningsmötet i december varje år redogör leverantören för hur villkoren har efterlevts.',
      'Vid varje tredje byggmöte redovisar leverantören hur villkoren uppfylls, med antal lärlingar och deras kön.',
      'Leverantören rapporterar kvartalsvis följande nyckeltal:',
    ];
    expect(roleOf(avrop, 'Vid uppföljningsmötet')).toMatchObject({ force: 'duty', party: 'supplier' });
    // A phrase set off by a comma at the end is no opening phrase before the subject.
    expect(roleOf(avrop, 'Vid varje tredje')).toMatchObject({ force: 'duty', party: 'supplier' });
    expect(roleOf(avrop, 'Leverantören rapporterar').force).toBe('duty');
    expect(roleOf(avrop, 'Utöver kvartalsrapporten')).toMatchObject({ force: 'duty', party: 'supplier' });
    expect(roleOf(avrop, 'Leverantören uppgav').force).toBe('statement');
  });
  test('nor sentences of a report that are not numbered clauses', () => {
    const report = [
      'The Council has one home care contract.',
      'The Contractor provides home care in the north district.',
      'The Contractor employs about 40 care workers.',
      'The Contractor has an office in the town centre.',
    ];
    expect(roleOf(report, 'The Contractor employs').force).toBe('statement');
  });
});

describe('under a heading of award criteria, a row naming no party is asked of the tenderer', () => {
  const tender = (heading: string): string[] => [
    'Anbudsgivaren ska lämna anbud senast den 1 mars.',
    `# ${heading}`,
    '| Kriterium | Vikt |',
    '| --- | --- |',
    '| Könsfördelning i det offererade teamet | 15 % |',
  ];
  test('"4 Tilldelningskriterier" | "Könsfördelning i det offererade teamet | 15 %"', () => {
    expect(roleOf(tender('4 Tilldelningskriterier'), 'Könsfördelning')).toMatchObject({
      force: 'duty',
      party: 'tenderer',
    });
    const award = [
      'The Contractor shall deliver the services.',
      '# 5 Award criteria',
      'Gender balance of the proposed team: 15 %.',
    ];
    expect(roleOf(award, 'Gender balance').force).toBe('duty');
    // A call-off's "2 Utvärdering": its rows say what the offer is scored on.
    expect(roleOf(tender('2 Utvärdering'), 'Könsfördelning').force).toBe('duty');
  });
  test('so is what the authority says it will weigh there', () => {
    const sv = [
      'Anbudsgivaren ska lämna anbud senast den 1 mars.',
      '# 5 Tilldelningskriterier',
      'Kommunen kommer att bedöma teamets sammansättning, inklusive en jämn könsfördelning.',
      'Kommunen kommer att meddela tilldelningsbeslut i maj.',
    ];
    expect(roleOf(sv, 'Kommunen kommer att bedöma')).toMatchObject({ force: 'duty', party: 'tenderer' });
    expect(roleOf(sv, 'Kommunen kommer att meddela').party).toBe('authority');
    const en = [
      'Tenderers shall submit a technical offer.',
      '## 5. Award criteria',
      'Under Q3 the evaluation committee will consider the composition of the team of key experts.',
    ];
    expect(roleOf(en, 'Under Q3')).toMatchObject({ force: 'duty', party: 'tenderer' });
  });
  test('not under another heading, nor where the document faces no supplier', () => {
    expect(roleOf(tender('2 Bakgrund'), 'Könsfördelning').force).toBe('statement');
    const report = ['# Award criteria we used in 2025', 'Gender balance of the proposed team was weighted 15 %.'];
    expect(roleOf(report, 'Gender balance').force).not.toBe('duty');
  });
});

describe('under a heading that names obligations, a statement naming no party is one', () => {
  const terms = (heading: string): string[] => [
    '14.2 The Service Provider shall meet the obligations in the table below.',
    heading,
    '14.2(a) Pay Ensure that men and women engaged on the Services receive equal pay for work of equal value.',
  ];
  test('the header of a table a PDF reader flattened, or a heading of its own', () => {
    // (The text reader takes such a short line for a heading.)
    expect(roleOf(terms('# Ref Obligation Evidence Timescale'), '14.2(a)').force).toBe('duty');
    expect(roleOf(terms('# 14.2 Obligations'), '14.2(a)').force).toBe('duty');
    const sv = ['Leverantören ska utföra uppdraget.', '# Leverantörens åtaganden', 'Lika lön för lika arbete.'];
    expect(roleOf(sv, 'Lika lön').force).toBe('duty');
  });
  test('not under another heading, nor a heading further up', () => {
    expect(roleOf(terms('# Ref Description Evidence Timescale'), '14.2(a)').force).toBe('statement');
    const nested = [
      '# 14 Obligations',
      'The Service Provider shall deliver the Services.',
      '## 14.3 Background',
      'Pay is set nationally.',
    ];
    expect(roleOf(nested, 'Pay is set').force).toBe('statement');
  });
});

describe('on a form the supplier fills in, its rows and numbered fields are what it must report', () => {
  const form = (cue: string): string[] => [
    '# Bilaga 4 Årlig redovisning',
    cue,
    'Omkring två tredjedelar av brukarna är kvinnor.',
    '## Del D Lönekartläggning',
    'D1. Datum då årets lönekartläggning avslutades.',
    '| Område | Vidtagna åtgärder |',
    '|---|---|',
    '| Löner och andra anställningsvillkor | |',
  ];
  test('a field with its code, and a row of a table', () => {
    const sv = form('Mallen ska fyllas i av utföraren och skickas till kommunen varje år.');
    expect(roleOf(sv, 'Datum då').force).toBe('duty');
    expect(roleOf(sv, 'Löner och andra').force).toBe('duty');
    // Background in a paragraph of its own is no field.
    expect(roleOf(sv, 'Omkring två tredjedelar').force).toBe('statement');
  });
  test('not where nothing says the supplier fills the form in', () => {
    const sv = form('Bilagan beskriver kommunens uppföljning.');
    expect(roleOf(sv, 'Datum då').force).toBe('statement');
  });
});

describe('where the document buys a training, the modules it lists are what is taught', () => {
  const rfq = [
    'The Council invites quotations from providers to design and deliver training for its managers.',
    'Trainers shall have three years of experience.',
    'The Provider shall supply course materials in accessible formats.',
    'The Provider shall deliver the following modules:',
    '- Preventing and responding to sexual harassment',
    '- Supporting working parents',
  ];
  test('a module under "shall deliver the following modules:" obliges no one', () => {
    expect(lastUnit(rfq.join('\n')).role).toMatchObject({ force: 'description', party: 'content' });
  });
  test('"The content shall reflect …" describes the training', () => {
    expect(
      lastUnit([...rfq.slice(0, 3), 'The content shall reflect the Council’s pay policy.'].join('\n')).role.party,
    ).toBe('content');
  });
  test('elsewhere the items under the lead-in are the supplier’s duties', () => {
    const tender = [
      'The Contractor shall deliver the following modules:',
      '- training in preventing sexual harassment',
    ];
    expect(lastUnit(tender.join('\n')).role.force).toBe('duty');
  });
});

describe('the minutes of a meeting bind no supplier', () => {
  const spec = {
    all: [
      { sv: ['lönekartlägg*'], en: ['pay survey'] },
      { sv: ['leverantör*'], en: ['supplier*'] },
    ],
  };
  const findIn = (lines: string[]) => findWith(spec, lines);
  test('what a committee heard of other authorities’ conditions is reported, not required', () => {
    const sv = [
      'Protokoll, upphandlingsutskottet, sammanträdesdatum 2026-03-04.',
      'Beslutande: Anna Berg, ordförande; Per Ek, ledamot.',
      'Strategen redogör för erfarenheter från andra kommuner, där leverantören ska göra en lönekartläggning varje år.',
      'Utskottet beslutar att lägga informationen till handlingarna.',
    ];
    expect(findIn(sv)).toBeNull();
    const en = [
      'Minutes of the Procurement Committee. Present: Councillors Hale and Ito.',
      'Apologies were received from Councillor Ray. The meeting was quorate.',
      'Officers reported that elsewhere the supplier shall carry out a pay survey each year.',
      'RESOLVED that the report be noted.',
    ];
    expect(findIn(en)).toBeNull();
  });
  test('a cabinet or a committee, and what its members say of suppliers, is the authority’s business', () => {
    const units = session.prepare(
      exampleBlocks(
        [
          'Cabinet is asked to:',
          'The Cabinet Member for Finance said that suppliers should be given time to prepare.',
          'Cabinet considered the report.',
        ].join('\n'),
      ),
    ).units;
    expect(units.map((u) => u.role.party)).toEqual(['authority', 'none', 'authority']);
    expect(units[1]!.role.force).toBe('hypothetical');
  });
  test('nor does a request for information, however its questions are put', () => {
    const sv = [
      '# Förfrågan om information (RFI) inför upphandling av IT-drift',
      'Kommunen önskar svar på följande frågor.',
      '| Nr | Fråga |',
      '| 2.3 | Leverantören ska beskriva: gör ni en lönekartläggning varje år? |',
    ];
    expect(findIn(sv)).toBeNull();
    const en = ['# Early Market Engagement: School Meals', 'The supplier shall describe its annual pay survey.'];
    expect(findIn(en)).toBeNull();
  });
  test('nor does a proposal its title marks as not adopted', () => {
    const sv = [
      'UTKAST – FÖRSLAG, EJ ANTAGET',
      '# Förslag till särskilda kontraktsvillkor',
      'Leverantören ska göra en lönekartläggning varje år.',
    ];
    expect(findIn(sv)).toBeNull();
    expect(
      findIn(['# Proposed equality conditions (not adopted)', 'The supplier shall carry out an annual pay survey.']),
    ).toBeNull();
    // A draft still to be decided is linted as what it will be.
    expect(
      findIn(['UTKAST', '# Särskilda kontraktsvillkor', 'Leverantören ska göra en lönekartläggning varje år.']),
    ).not.toBeNull();
  });
  test('a tender that held a market dialogue before still binds', () => {
    const sv = [
      '# Upphandling av IT-drift',
      'Inför upphandlingen genomfördes en marknadsdialog.',
      'Leverantören ska göra en lönekartläggning varje år.',
    ];
    expect(findIn(sv)).not.toBeNull();
  });
  test('a tender that mentions the minutes of its site meetings still binds', () => {
    const sv = [
      'Beställaren för protokoll vid byggmöten och upprättar dagordningen.',
      'Leverantören ska göra en lönekartläggning varje år.',
    ];
    expect(findIn(sv)).not.toBeNull();
  });
});

describe('the clauses a list of examples quotes bind no one', () => {
  const findIn = (lines: string[]) => findWith(HARASSMENT, lines, { tender: true });
  test('a table of example wording under a lead-in that offers examples', () => {
    const sv = [
      'Leverantören ska redovisa sitt arbete årligen.',
      'Nedan listas exempel på krav som kan ställas. Kontakta upphandlingsenheten innan kraven används.',
      '| Område | Formulering |',
      '| Trakasserier | ”Leverantören ska ha rutiner mot sexuella trakasserier.” |',
    ];
    expect(findIn(sv)).toBeNull();
    const en = ['Model clauses you may wish to use:', '- The Contractor shall maintain procedures against harassment.'];
    expect(findIn(en)).toBeNull();
  });
  test('a table whose header names examples of evidence still holds requirements', () => {
    const sv = [
      'Kraven nedan gäller under hela avtalstiden.',
      '| Krav | Exempel på underlag |',
      '| Leverantören ska ha rutiner mot sexuella trakasserier. | Rutinen |',
    ];
    expect(findIn(sv)).not.toBeNull();
  });
});

describe('what a tenderer states of itself on a form it signs, it undertakes', () => {
  const spec = {
    all: [
      { sv: ['skriftlig* dokumentation'], en: ['written record'] },
      { sv: ['*jämställd*'], en: ['*equality'] },
    ],
  };
  const findIn = (lines: string[]) => findWith(spec, lines);
  test('a commitment in the present tense on a declaration the tenderer signs', () => {
    const en = [
      'Form D – Supplier declaration. To be signed by an authorised signatory and returned with the tender.',
      '| No. | Commitment | Tick |',
      '| B6 | We keep a written record, updated each year, of the equality measures taken. | ☐ |',
    ];
    expect(findIn(en)).not.toBeNull();
    const sv = [
      'Leverantörsförsäkran. Undertecknad anbudsgivare lämnar följande uppgifter.',
      '| Nr | Åtagande |',
      '| 6 | Vi har en skriftlig dokumentation av vårt jämställdhetsarbete som uppdateras årligen. |',
    ];
    expect(findIn(sv)).not.toBeNull();
  });
  test('a form known by its signature line, inside a longer tender', () => {
    const sv = [
      'Ramavtal livsmedel. Leverantören ska leverera två gånger per vecka.',
      'Bilaga 4. Anbudsgivaren ska fylla i bilagan.',
      '| Nr | Åtagande | Ja |',
      '| 4.2 | Vi dokumenterar skriftligen varje år vårt jämställdhetsarbete, se skriftlig dokumentation. | ☐ |',
      'Underskrift behörig företrädare: ________',
    ];
    expect(findIn(sv)).not.toBeNull();
    const en = [
      'Annex C. The tenderer shall complete this annex.',
      '| No. | Commitment |',
      '| C2.5 | We keep a written record, updated every year, of our equality work. |',
      'Signed for and on behalf of the Supplier: ________',
    ];
    expect(findIn(en)).not.toBeNull();
  });
  test('a form whose signer says they may sign on behalf of the tenderer', () => {
    const en = [
      'Appendix 2 – Tender Response Form. The following declarations are contractual commitments.',
      '| No. | Declaration | Confirm |',
      '| D4 | We will keep a written record each year of the steps we take to promote equality. | ☐ |',
      'I declare that I am authorised to sign on behalf of the Tenderer.',
    ];
    expect(findIn(en)).not.toBeNull();
  });
  test('the same words in the authority’s own tender describe the authority', () => {
    const en = [
      'Invitation to tender for catering. Tenderers shall submit their tender by 1 May.',
      'We keep a written record, updated each year, of the equality measures taken.',
    ];
    expect(findIn(en)).toBeNull();
  });
});

describe('"the Agency" is the buyer in an EU agency’s tender, the supplier of agency staff', () => {
  const roleIn = (lines: string[]): [Force, Party] => {
    const role = session.prepare(exampleBlocks(lines.join('\n'))).units.at(-1)!.role;
    return [role.force, role.party];
  };
  test('an agency that buys', () => {
    expect(
      roleIn([
        'Tender specifications. The contractor shall deliver the services.',
        'The Agency shall pay within 30 days.',
      ]),
    ).toEqual(['own-duty', 'authority']);
  });
  test('an agency that supplies temporary staff', () => {
    const staffing = ['Call-off for temporary agency workers. The Council requires care assistants.'];
    expect(roleIn([...staffing, 'The Agency shall have a procedure against sexual harassment.'])).toEqual([
      'duty',
      'supplier',
    ]);
  });
});

describe('a party in a relative clause on the terms is not what a sentence is about', () => {
  test('the consequence of a breach of the terms, not what the authority does', () => {
    const breach =
      'Brister i uppfyllandet av villkoren i denna bilaga som inte åtgärdats inom den tid Myndigheten anger ' +
      'leder till avdrag.';
    expect(read(breach)).toEqual(['statement', 'none']);
    expect(read('Kommunen anger den tid inom vilken bristen ska åtgärdas.')[1]).toBe('authority');
  });
});

describe('an answer that says what a requirement covers states the requirement', () => {
  test('"Krav 7.4 avser …", "Requirement 9.3 covers …"', () => {
    expect(read('Krav 7.4 avser riktlinjer och rutiner mot trakasserier för era anställda.')[0]).toBe('duty');
    expect(read('Requirement 9.3 covers a written procedure against harassment.')[0]).toBe('duty');
    expect(read('Kravet avser inte underleverantörer.')[0]).toBe('lifted');
  });
});

describe('a supplier code of conduct states what it requires', () => {
  const pay: EvidenceSpec = { all: [{ sv: ['lika lön'], en: ['equal pay'] }] };
  test('"Women and men receive equal pay" under a code of conduct, in a contract', () => {
    const contract = [
      'The Contractor shall comply with the Code in Schedule 8.',
      '# Schedule 8 – Supplier Code of Conduct',
      '## 4 Equality at work',
      'Women and men receive equal pay for work of equal value.',
    ];
    expect(findWith(pay, contract)).not.toBeNull();
  });
  test('the same words elsewhere describe', () => {
    const report = [
      'The Contractor shall comply with the Code in Schedule 8.',
      '# Schedule 9 – Background',
      'Women and men receive equal pay for work of equal value.',
    ];
    expect(findWith(pay, report)).toBeNull();
  });
});

describe('a quotation after a colon is a clause of its own', () => {
  test('an answer that rewords a requirement states it', () => {
    expect(
      read('Vi förtydligar 6.4 så att det lyder: "Trafikföretaget ska ha skriftliga rutiner mot trakasserier."'),
    ).toEqual(['duty', 'supplier']);
    expect(read('Clause 9.3 is amended to read: “The Contractor shall keep a written record.”')).toEqual([
      'duty',
      'supplier',
    ]);
  });
  test('"Two failures … entitle the Customer to terminate": the authority’s right', () => {
    expect(read('Two failures of KPI E1 in any year entitle the Customer to terminate the Contract.')).toEqual([
      'right',
      'authority',
    ]);
  });
});

describe('state agencies are authorities', () => {
  test('"Länsstyrelsen har rätt att granska …", "Trafikverket har rätt att häva …"', () => {
    expect(read('Länsstyrelsen har rätt att granska leverantörens dokumentation.')).toEqual(['right', 'authority']);
    expect(read('Trafikverket har rätt att häva avtalet.')).toEqual(['right', 'authority']);
  });
});

describe('a code of conduct in an annex holds its numbered sections', () => {
  const pay: EvidenceSpec = { all: [{ sv: ['lika lön'], en: ['equal pay'] }] };
  test('the annex title opens it; numbered sections a reader put above it stay in it', () => {
    const contract = [
      'The Contractor shall comply with the Code.',
      '## Annex – Supply Chain Code of Conduct',
      '# 4. Equality at work',
      'Women and men receive equal pay for work of equal value.',
    ];
    expect(findWith(pay, contract)).not.toBeNull();
  });
  test('a numbered clause about staff conduct opens no code for the sections after it', () => {
    const tor = [
      'The Contractor shall deliver the services.',
      '## 4.3 Contractor’s team and staff conduct',
      'Staff shall behave professionally.',
      '# 5. Background',
      'Women and men receive equal pay for work of equal value.',
    ];
    expect(findWith(pay, tor)).toBeNull();
  });
});
