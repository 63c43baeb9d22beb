// `weak` findings on realistic tender text: a wish where a requirement is due, nothing to verify,
// a corporate-policy award criterion, no follow-up. Each case in Swedish and English.
import { describe, expect, it } from 'vitest';
import { weakFindings, type CoveredRule } from '../../src/quality/index.js';
import type { Document, Rule } from '../../src/types.js';
import { builtinWeak, doc, rule } from './helpers.js';

// The checks as rules/weak.yaml defines them (ids, words, severities, texts).
const WEAK = await builtinWeak();

const harassment = rule('diskrl3.harassment', 'Rutiner mot trakasserier');
const pay = rule('diskrl3.pay', 'Jämställda löner');
const scored = rule('cemr12.team-balance', 'Jämn könsfördelning i leveransteamet', 'award-criterion');

/** The covered entry for `r` in the block whose text contains `unit` (the unit itself). */
function at(d: Document, r: Rule, unit: string): CoveredRule {
  const block = d.blocks.find((b) => b.text.includes(unit));
  if (!block) throw new Error(`no block holds: ${unit}`);
  return { rule: r, block, unit };
}

/** The ids of the weak findings for a document where `unit` asks for `r` (follow-up planned). */
function checks(lines: string[], unit: string, r: Rule = harassment): string[] {
  const d = doc([...lines, 'Beställaren följer upp kraven vid årliga uppföljningsmöten.']);
  return weakFindings(d, [at(d, r, unit)], WEAK, 'sv').map((f) => f.ruleId);
}

describe('weak.wish: a wish where the rule expects a requirement', () => {
  it.each([
    [
      'sv',
      [
        'Leverantören bör ha rutiner mot sexuella trakasserier för den personal som utför uppdraget. Rutinerna ' +
          'redovisas på begäran.',
      ],
      'Leverantören bör ha rutiner mot sexuella trakasserier för den personal som utför uppdraget.',
    ],
    [
      'sv',
      ['Det är önskvärt att leverantören om möjligt har rutiner mot trakasserier, som bifogas anbudet.'],
      'Det är önskvärt att leverantören om möjligt har rutiner mot trakasserier, som bifogas anbudet.',
    ],
    [
      'sv (lead-in)',
      ['Leverantören bör, för personalen i uppdraget:', '- ha rutiner mot trakasserier som redovisas på begäran'],
      'ha rutiner mot trakasserier som redovisas på begäran',
    ],
    [
      'en',
      [
        'The Contractor should have procedures against harassment for staff assigned to the contract, submitted on ' +
          'request.',
      ],
      'The Contractor should have procedures against harassment for staff assigned to the contract, submitted on ' +
        'request.',
    ],
    [
      'en',
      ['Where possible, the Supplier is encouraged to provide equality training and to submit the training plan.'],
      'Where possible, the Supplier is encouraged to provide equality training and to submit the training plan.',
    ],
  ])('flags (%s): %j', (_lang, lines, unit) => {
    expect(checks(lines, unit)).toEqual(['weak.wish']);
  });

  it.each([
    [
      'a duty',
      ['Leverantören ska ha rutiner mot trakasserier och redovisa dem på begäran.'],
      'Leverantören ska ha rutiner mot trakasserier och redovisa dem på begäran.',
      harassment,
    ],
    [
      'a scored "bör" in an award context',
      ['# Tilldelningskriterier', 'Leverantören bör ha rutiner mot trakasserier; det ges 5 poäng om rutinen bifogas.'],
      'Leverantören bör ha rutiner mot trakasserier; det ges 5 poäng om rutinen bifogas.',
      harassment,
    ],
    [
      'an award-criterion rule',
      ['Det offererade teamet bör ha en jämn könsfördelning, vilket redovisas i bilaga 3.'],
      'Det offererade teamet bör ha en jämn könsfördelning, vilket redovisas i bilaga 3.',
      scored,
    ],
    [
      'a duty (en)',
      ['The Contractor shall have procedures against harassment and submit them on request.'],
      'The Contractor shall have procedures against harassment and submit them on request.',
      harassment,
    ],
  ])('leaves alone %s', (_what, lines, unit, r) => {
    expect(checks(lines, unit, r)).not.toContain('weak.wish');
  });

  it('explains the law and suggests the duty word', () => {
    const d = doc([
      'Leverantören bör ha rutiner mot trakasserier, som redovisas på begäran.',
      'Uppföljning sker årligen.',
    ]);
    const [f] = weakFindings(
      d,
      [at(d, harassment, 'Leverantören bör ha rutiner mot trakasserier, som redovisas på begäran.')],
      WEAK,
      'sv',
    );
    expect(f).toMatchObject({ ruleId: 'weak.wish', kind: 'weak', severity: 'warning', location: { block: 1 } });
    expect(f!.message).toContain('LOU 17 kap. 1 §');
    expect(f!.message).toContain('Rutiner mot trakasserier [diskrl3.harassment]');
    expect(f!.suggestion).toBe('Leverantören ska ha rutiner mot trakasserier, som redovisas på begäran.');
    const [en] = weakFindings(
      d,
      [at(d, harassment, 'Leverantören bör ha rutiner mot trakasserier, som redovisas på begäran.')],
      WEAK,
      'en',
    );
    expect(en!.message).toContain('directive 2014/24/EU art. 70');
  });
});

describe('weak.no-verification: nothing the supplier hands in or shows', () => {
  it.each([
    [
      'sv',
      ['Leverantören ska tillämpa jämställda löner för den personal som utför uppdraget.', 'Avtalet gäller i två år.'],
      'Leverantören ska tillämpa jämställda löner för den personal som utför uppdraget.',
    ],
    [
      'en',
      [
        'The Contractor shall pay staff assigned to the contract equally for work of equal value.',
        'The contract runs for two years.',
      ],
      'The Contractor shall pay staff assigned to the contract equally for work of equal value.',
    ],
  ])('flags (%s): %j', (_lang, lines, unit) => {
    expect(checks(lines, unit, pay)).toEqual(['weak.no-verification']);
  });

  it.each([
    [
      'proof in the same sentence',
      ['Leverantören ska tillämpa jämställda löner och på begäran redovisa sin lönekartläggning.'],
      'Leverantören ska tillämpa jämställda löner och på begäran redovisa sin lönekartläggning.',
    ],
    [
      'proof in the next block',
      ['Leverantören ska tillämpa jämställda löner.', 'Som verifikat bifogas lönekartläggningen.'],
      'Leverantören ska tillämpa jämställda löner.',
    ],
    [
      'proof in the lead-in of the list',
      ['Leverantören ska intyga att den uppfyller följande:', '- jämställda löner för personalen i uppdraget'],
      'jämställda löner för personalen i uppdraget',
    ],
    [
      'proof in the table',
      ['| Krav | Verifikat |', '| Jämställda löner | Intyg från leverantören |'],
      'Jämställda löner',
    ],
    [
      'proof on request (en)',
      ['The Contractor shall pay staff equally and provide evidence on request.'],
      'The Contractor shall pay staff equally and provide evidence on request.',
    ],
  ])('leaves alone %s', (_what, lines, unit) => {
    expect(checks(lines, unit, pay)).not.toContain('weak.no-verification');
  });

  it('cites equal treatment and says what to add', () => {
    const d = doc(['Leverantören ska tillämpa jämställda löner.', 'Uppföljning sker årligen.']);
    const [f] = weakFindings(d, [at(d, pay, 'Leverantören ska tillämpa jämställda löner.')], WEAK, 'sv');
    expect(f!.message).toContain('LOU 4 kap. 1 §');
    expect(f!.suggestion).toContain('på begäran redovisa');
  });
});

describe('weak.corporate-policy: an award criterion about the company, not the contract', () => {
  it.each([
    [
      'sv',
      [
        '# Tilldelningskriterier',
        'Anbudsgivare som har en jämställdhetsplan för hela organisationen ges 5 poäng. Planen bifogas.',
      ],
      'Anbudsgivare som har en jämställdhetsplan för hela organisationen ges 5 poäng.',
    ],
    [
      'sv (table)',
      ['# Utvärdering', '| Kriterium | Poäng |', '| Företagets jämställdhetspolicy, bifogas | 10 |'],
      'Företagets jämställdhetspolicy, bifogas',
    ],
    [
      'en',
      ['Tenderers with a company-wide gender equality policy will be awarded 5 points. The policy shall be attached.'],
      'Tenderers with a company-wide gender equality policy will be awarded 5 points.',
    ],
  ])('flags (%s): %j', (_lang, lines, unit) => {
    expect(checks(lines, unit)).toEqual(['weak.corporate-policy']);
  });

  it.each([
    [
      'a team named in the tender',
      ['Anbudsgivare vars offererade leveransteam har jämn könsfördelning ges 5 poäng enligt bifogad förteckning.'],
      'Anbudsgivare vars offererade leveransteam har jämn könsfördelning ges 5 poäng enligt bifogad förteckning.',
    ],
    [
      'a contract condition, not an award criterion',
      ['Leverantören ska ha en jämställdhetsplan för den personal som utför uppdraget och redovisa den på begäran.'],
      'Leverantören ska ha en jämställdhetsplan för den personal som utför uppdraget och redovisa den på begäran.',
    ],
    [
      'the delivery team (en)',
      [
        'Points are awarded for the gender balance of the delivery team assigned to the contract, shown in the ' +
          'attached list.',
      ],
      'Points are awarded for the gender balance of the delivery team assigned to the contract, shown in the ' +
        'attached list.',
    ],
  ])('leaves alone %s', (_what, lines, unit) => {
    expect(checks(lines, unit)).not.toContain('weak.corporate-policy');
  });

  it('is an error citing LOU 16 kap., art. 67 and recital 97, and advises a contract condition', () => {
    const d = doc([
      'Anbudsgivare med jämställdhetsplan för koncernen ges 5 poäng, planen bifogas.',
      'Uppföljning sker årligen.',
    ]);
    const [sv] = weakFindings(
      d,
      [at(d, harassment, 'Anbudsgivare med jämställdhetsplan för koncernen ges 5 poäng, planen bifogas.')],
      WEAK,
      'sv',
    );
    expect(sv).toMatchObject({ ruleId: 'weak.corporate-policy', severity: 'error' });
    expect(sv!.message).toMatch(/LOU 16 kap\..*art\. 67\.3.*skäl 97.*LOU 17 kap\. 1 §/);
    const [en] = weakFindings(
      d,
      [at(d, harassment, 'Anbudsgivare med jämställdhetsplan för koncernen ges 5 poäng, planen bifogas.')],
      WEAK,
      'en',
    );
    expect(en!.message).toMatch(/recital 97.*special contract condition/);
  });
});

describe('weak.no-follow-up: requirements asked, no follow-up planned', () => {
  const asked = [
    'Leverantören ska på begäran redovisa sin lönekartläggning för personalen i uppdraget.',
    'Leverantören ska ha rutiner mot trakasserier och bifoga dem.',
  ];

  it('is reported once per document, naming every rule', () => {
    const d = doc(asked);
    const found = weakFindings(d, [at(d, pay, asked[0]!), at(d, harassment, asked[1]!)], WEAK, 'sv').filter(
      (f) => f.ruleId === 'weak.no-follow-up',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('Jämställda löner; Rutiner mot trakasserier');
    expect(found[0]!.location).toBeUndefined();
  });

  it.each([
    ['sv', 'Beställaren följer upp kraven en gång per år.'],
    ['sv', 'Kraven ingår i avtalsuppföljningen.'],
    ['en', 'The Authority will monitor compliance every quarter.'],
    ['en', 'The Contractor shall report on the requirements at each review meeting.'],
  ])('is not reported when the document plans follow-up (%s): %s', (_lang, line) => {
    const d = doc([...asked, line]);
    expect(weakFindings(d, [at(d, pay, asked[0]!)], WEAK, 'sv').map((f) => f.ruleId)).not.toContain(
      'weak.no-follow-up',
    );
  });

  it('is not reported when no requirement is asked', () => {
    expect(weakFindings(doc(['Avtalet gäller i två år.']), [], WEAK, 'sv')).toEqual([]);
  });
});

describe('configuration', () => {
  it('takes severities from the config and drops checks set to off', () => {
    const d = doc(['Leverantören bör tillämpa jämställda löner.']);
    const found = weakFindings(d, [at(d, pay, 'Leverantören bör tillämpa jämställda löner.')], WEAK, 'sv', {
      severity: { 'weak.wish': 'error', 'weak.no-verification': 'off', 'weak.no-follow-up': 'info' },
    });
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([
      ['weak.wish', 'error'],
      ['weak.no-follow-up', 'info'],
    ]);
  });

  it('merges rules matched in the same unit into one finding', () => {
    const unit = 'Leverantören bör ha jämställda löner och rutiner mot trakasserier, som redovisas på begäran.';
    const d = doc([unit, 'Uppföljning sker årligen.']);
    const found = weakFindings(d, [at(d, pay, unit), at(d, harassment, unit)], WEAK, 'sv');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      'Jämställda löner [diskrl3.pay]; Rutiner mot trakasserier [diskrl3.harassment]',
    );
  });
});
