// isRequirementContext: does a sentence put an obligation on the supplier?

import { describe, expect, test } from 'vitest';
import { isRequirementContext } from '../../src/match/index.js';

const obliging = [
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
  'Redovisa hur ni arbetar med jämställdhet.',
  'a) Beskriv era rutiner.',
  'Anbud som uppfyller kriteriet ges 10 poäng.',
  'Svaret utvärderas enligt nedan.',
  'Leverantören får inte diskriminera någon.',
  'Leverantören ska inte diskriminera någon.',
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
  'The Contractor shall not discriminate.',
  'The following requirements apply:',
];

const notObliging = [
  'Kontaktpersonen är föräldraledig.',
  'Avtalet gäller i två år.',
  'Leverantören behöver inte redovisa lönekartläggningen.',
  'Lönekartläggning krävs inte.',
  'Det finns inga krav på jämställdhetsplan.',
  'Leverantören ska inte behöva redovisa detta.',
  'Leverantören är inte skyldig att ha en plan.',
  'Erfarenhet ges inte poäng.',
  'Myndigheten redovisar resultatet i en rapport.',
  'Tenderers need not describe their approach.',
  'The Contractor is not required to submit a plan.',
  'The Contractor shall not be required to submit a plan.',
  'The Contractor does not need to attach the policy.',
  'The contract will run for two years.',
  'There is no requirement for a plan.',
  'The price index applies.',
];

describe('isRequirementContext', () => {
  test.each(obliging)('obliges: %j', (sentence) => {
    expect(isRequirementContext(sentence)).toBe(true);
  });
  test.each(notObliging)('does not oblige: %j', (sentence) => {
    expect(isRequirementContext(sentence)).toBe(false);
  });
  test('a lifted duty does not cancel another one in the sentence', () => {
    expect(isRequirementContext('Leverantören behöver inte bifoga planen men ska visa den på begäran.')).toBe(true);
  });
  test('a negation after a new clause does not lift the duty', () => {
    expect(isRequirementContext('Det krävs att ingen diskrimineras.')).toBe(true);
  });
});
