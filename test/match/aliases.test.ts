// The names an agreement gives its parties: the counterpart it calls "Föreningen", "Jouren" or
// "the Recipient" is bound clause after clause as "leverantören" would be.
import { describe, expect, test } from 'vitest';
import { exampleBlocks } from '../../src/match/index.js';
import { newSession } from './session.js';

const session = newSession();
/** The role of the unit of a short document that starts with `text`. */
const roleOf = (lines: readonly string[], text: string) =>
  session.prepare(exampleBlocks(lines.join('\n'))).units.find((u) => u.text.startsWith(text))!.role;

describe('a party named in brackets is the supplier', () => {
  test('"(nedan Föreningen)" in an agreement', () => {
    const iop = [
      'Överenskommelse mellan Hagaby kommun (nedan Kommunen) och Föreningen Unga Rum (nedan Föreningen).',
      'Föreningen ska ha skriftliga rutiner mot trakasserier.',
    ];
    expect(roleOf(iop, 'Föreningen ska')).toMatchObject({ force: 'duty', party: 'supplier' });
  });
  test('("the Recipient") in a grant agreement', () => {
    const grant = [
      'Between Harrowdale Borough Council ("the Council") and Haven Way Women\'s Aid ("the Recipient").',
      'The Recipient shall keep a written policy against harassment.',
    ];
    expect(roleOf(grant, 'The Recipient')).toMatchObject({ force: 'duty', party: 'supplier' });
  });
  test('a bare name in brackets, where it names the party clause after clause', () => {
    const clauses = ['ha rutiner', 'redovisa statistik', 'utbilda personalen', 'följa lagen'].map(
      (what) => `Jouren ska ${what}.`,
    );
    const iop = ['mellan Bergsviks kommun (Kommunen) och Kvinnojouren Skogsstjärnan (Jouren)', ...clauses];
    expect(roleOf(iop, 'Jouren ska ha')).toMatchObject({ force: 'duty', party: 'supplier' });
    // Once only: a bracketed word is no name ("(Sverige)").
    expect(roleOf([iop[0]!, clauses[0]!], 'Jouren ska ha').party).not.toBe('supplier');
  });
  test('a name its marker defines, in lower case and without brackets ("nedan kallad föreningen")', () => {
    const iop = [
      'Hällestads kommun, genom kultur- och fritidsnämnden, nedan kallad kommunen.',
      'Föreningen Unga Rum Norrbacka (org.nr 802517-3390), ideell förening, nedan kallad föreningen.',
      'Föreningen ska ha skriftliga rutiner mot trakasserier.',
    ];
    expect(roleOf(iop, 'Föreningen ska')).toMatchObject({ force: 'duty', party: 'supplier' });
    const partner = [
      'Lindviks kommun (nedan kommunen) och Stiftelsen Brobyggarna, org.nr 802014-6632 (nedan partnern).',
      'Partnern ska redovisa antalet deltagare fördelat på kön.',
    ];
    expect(roleOf(partner, 'Partnern ska')).toMatchObject({ force: 'duty', party: 'supplier' });
    // The authority that grants, further back in the sentence, does not make the grantee one.
    const grant = [
      'Regionala utvecklingsnämnden beviljar Civilsamhällets Resurscentrum Västerlund (nedan föreningen) ett bidrag.',
      'Föreningen ska ha en plan för aktiva åtgärder.',
    ];
    expect(roleOf(grant, 'Föreningen ska')).toMatchObject({ force: 'duty', party: 'supplier' });
    // "nedan" that points ahead names nothing.
    const ahead = ['Villkoren anges nedan följande punkter.', 'Följande ska gälla för alla.'];
    expect(roleOf(ahead, 'Följande ska').party).not.toBe('supplier');
  });

  test('not the authority or a part of it', () => {
    const tender = [
      'The Local Government Research Unit ("the Unit") invites tenders.',
      'The Unit will monitor progress at monthly meetings.',
    ];
    expect(roleOf(tender, 'The Unit will').party).not.toBe('supplier');
    const trust = ['Calderbrook NHS Foundation Trust ("the Trust") invites tenders.', 'The Trust publishes a report.'];
    expect(roleOf(trust, 'The Trust publishes').party).not.toBe('supplier');
    expect(
      roleOf(['Bergsviks kommun (Kommunen) och Jouren.', 'Kommunen ska betala bidraget.'], 'Kommunen ska').party,
    ).toBe('authority');
  });
});

describe('the organisation a grant funds, named by a common noun', () => {
  test('is the supplier where the document sets the conditions of a grant', () => {
    const conditions = [
      'Villkor för utvecklingsbidraget 2027',
      'Förbundet ska ha skriftliga rutiner mot trakasserier.',
    ];
    expect(roleOf(conditions, 'Förbundet ska')).toMatchObject({ force: 'duty', party: 'supplier' });
    const grant = ['Conditions of grant for arts organisations', 'The organisation must publish an equal pay policy.'];
    expect(roleOf(grant, 'The organisation must')).toMatchObject({ force: 'duty', party: 'supplier' });
  });
  test('is no party elsewhere: a tender\'s "förbundet" is as often the authority', () => {
    const tender = ['Förfrågningsunderlag för städtjänster', 'Förbundet ska följa upp avtalet varje år.'];
    expect(roleOf(tender, 'Förbundet ska').party).not.toBe('supplier');
  });
  test('a document that defines it by name makes it the counterpart, grant words or not', () => {
    const iop = [
      'Föreningen Unga Rum (org.nr 802517-3390), ideell förening, nedan kallad föreningen.',
      'Föreningen ska ha skriftliga rutiner mot trakasserier.',
    ];
    expect(roleOf(iop, 'Föreningen ska')).toMatchObject({ force: 'duty', party: 'supplier' });
  });
});
