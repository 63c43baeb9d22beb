// `language` findings on whole documents: where they point, what they say, and when they stay quiet.
import { describe, expect, it } from 'vitest';
import { LanguageChecks, languageFindings } from '../../src/quality/index.js';
import { builtinPacks, doc } from './helpers.js';

const loaded = await builtinPacks();
const packs = new LanguageChecks(loaded);
const sv = new LanguageChecks(loaded.filter((p) => p.lang === 'sv'));

describe('languageFindings', () => {
  it('reports the rule, block, character range, heading, and the replacement', () => {
    const d = doc(['# 3 Krav på leverantören', 'Leverantören ska utse en kontaktman för avtalet.']);
    const [f, ...rest] = languageFindings(d, packs, 'sv');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'langsv.kontaktman',
      kind: 'language',
      severity: 'warning',
      suggestion: 'kontaktperson',
      location: { block: 2, heading: '3 Krav på leverantören', range: { start: 25, end: 35 } },
    });
    expect(d.blocks[1]!.text.slice(25, 35)).toBe('kontaktman');
  });

  it('quotes the match in context with a few words either side, in the message language', () => {
    const text =
      'Det här är en lång inledning om avtalet och leverantören ska utse en kontaktman för avtalet som gäller i fyra ' +
      'år med option.';
    const [sv1] = languageFindings(doc([text]), packs, 'sv');
    expect(sv1!.message).toContain('Undvik ”kontaktman”');
    expect(sv1!.message).toContain('Skriv hellre ”kontaktperson”');
    expect(sv1!.message).toContain('”…och leverantören ska utse en kontaktman för avtalet som gäller i…”');
    const [en1] = languageFindings(doc([text]), packs, 'en');
    expect(en1!.message).toMatch(
      /^Avoid "kontaktman": Språkrådet recommends .* Write "kontaktperson" instead\. In context: /,
    );
  });

  it('gives advice instead of a replacement where no word-for-word one fits', () => {
    const [f] = languageFindings(doc(['Utbildningen riktar sig till brandmän.']), packs, 'sv');
    expect(f).toMatchObject({ ruleId: 'langsv.brandman', severity: 'info' });
    expect(f!.suggestion).toContain('räddningspersonal');
  });

  it('finds line and column in a Markdown source, past markup and joined lines', () => {
    const source = ['# Krav', '', 'Leverantören ska **utse** en', 'kontaktman och en *kontaktman* till.', ''].join(
      '\n',
    );
    const d = doc(['Krav', 'Leverantören ska utse en kontaktman och en kontaktman till.'], 'markdown');
    d.blocks[1]!.loc = { block: 2, line: 3, column: 1 };
    const found = languageFindings(d, packs, 'sv', { source });
    expect(found.map((f) => [f.location?.line, f.location?.column])).toEqual([
      [4, 1],
      [4, 20],
    ]);
  });

  it('gives DOCX findings the block and range only', () => {
    const [f] = languageFindings(doc(['Två policemen will attend.']), packs, 'en');
    expect(f!.location).toEqual({ block: 1, range: { start: 4, end: 13 } });
  });

  it('checks only the packs it was compiled with', () => {
    const d = doc(['The chairman shall appoint a kontaktman.']);
    expect(languageFindings(d, packs, 'en').map((f) => f.ruleId)).toEqual(['langen.chairman', 'langsv.kontaktman']);
    const english = new LanguageChecks(loaded.filter((p) => p.lang === 'en'));
    expect(languageFindings(d, english, 'en').map((f) => f.ruleId)).toEqual(['langen.chairman']);
  });

  it('takes severities from the config and skips rules set to off', () => {
    const d = doc(['Leverantören ska utse en kontaktman och en förman.']);
    const found = languageFindings(d, sv, 'sv', { severity: { 'langsv.kontaktman': 'error', 'langsv.forman': 'off' } });
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['langsv.kontaktman', 'error']]);
  });

  it('skips rules the caller disables (e.g. suppressed in the document)', () => {
    const d = doc(['Leverantören ska utse en kontaktman.']);
    expect(languageFindings(d, sv, 'sv', { isEnabled: (id) => id !== 'langsv.kontaktman' })).toEqual([]);
  });
});

/** RuleTester-style tables for the exclusions every rule shares. */
describe.each([
  {
    name: 'proper names and titles',
    flag: ['Kontaktmannen ska nås dygnet runt.', 'KONTAKTMAN: Anna Svensson', 'Our Chairman shall sign the contract.'],
    ok: [
      'Avtalet har förhandlats med Brandmännens riksförbund.',
      'Se Sjömanslag (1973:282) och Tjänstemännens centralorganisation.',
      'The report was written for the Ministry of Manpower.',
      'Fireman Sam is not part of the order.',
    ],
  },
  {
    name: 'quotations',
    flag: ['Ordet kontaktman används i "bilaga 2" men ska bytas.'],
    ok: [
      'Rubriken ”Kontaktman” i bilaga 2 ändras inte.',
      'The form says "Chairman" in field 3.',
      'Fältet «kontaktman» finns kvar.',
    ],
  },
  {
    name: 'generic pronouns',
    flag: [
      'Leverantören ska utse en kontaktperson. Han ska tala svenska.',
      'Om den sökande inte har F-skattsedel ska han bifoga ett intyg.',
      'Each tenderer shall state whether he intends to use subcontractors.',
    ],
    ok: [
      'Han ska leverera senast fredag.',
      'Leverantören ska utse en kontaktperson. Hon eller han ska tala svenska.',
      'Leverantören utser Per Holm. Han ska tala svenska.',
      'Om en anställd man är föräldraledig får han behålla sin tjänst.',
      'Each tenderer shall state whether he or she intends to use subcontractors.',
      'The supplier named Ms Jones as contact. She speaks Swedish.',
    ],
  },
])('$name', ({ flag, ok }) => {
  it.each(flag)('flags: %s', (text) => {
    expect(languageFindings(doc([text]), packs, 'en')).not.toEqual([]);
  });
  it.each(ok)('leaves alone: %s', (text) => {
    expect(languageFindings(doc([text]), packs, 'en').map((f) => f.ruleId)).toEqual([]);
  });
});

describe('the built-in requirement packs', () => {
  it('write their own clauses and examples in gender-neutral language', async () => {
    const { loadCatalogue } = await import('../../src/packs/index.js');
    const catalogue = await loadCatalogue();
    const texts: string[] = [];
    for (const r of catalogue.rules) {
      for (const clause of Object.values(r.levels)) {
        if (!clause) continue;
        for (const lang of ['sv', 'en'] as const)
          texts.push(
            clause.text[lang],
            clause.verification[lang],
            clause.followUp.check[lang],
            clause.followUp.proof[lang],
          );
      }
    }
    expect(languageFindings(doc(texts), packs, 'en').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
