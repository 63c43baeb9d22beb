// `rules validate` as a library: every bad pack kind gives a positioned problem, never a throw.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackFile, validatePacks } from '../../src/packs/index.js';

const fixture = (name: string) => join(__dirname, '../fixtures/packs', name);

describe('a valid pack', () => {
  it('loads with no problems and keeps its rules', async () => {
    const { pack, problems } = await loadPackFile(fixture('minimal.yaml'));
    expect(problems).toEqual([]);
    expect(pack?.rules.map((r) => r.id)).toEqual(['kommun.language-support']);
    expect(pack?.rules[0]?.pack).toBe('kommun-extra');
  });

  it('can extend a built-in pack, remove a rule and override another', async () => {
    const { pack, problems } = await loadPackFile(fixture('extends-builtin.yaml'));
    expect(problems).toEqual([]);
    const ids = pack!.rules.map((r) => r.id);
    expect(ids).not.toContain('cemr12.procurement-competence');
    expect(ids).toContain('cemr12.equal-service');
    const followUp = pack!.rules.find((r) => r.id === 'cemr12.follow-up')!;
    expect(followUp.severity).toBe('error');
    expect(followUp.title.sv).toBe('Uppföljning varje år');
    expect(followUp.title.en).not.toBe('');
    expect(followUp.pack).toBe('lulea-cemr');
  });
});

/** Each bad pack: the file, the 1-based position and words of the message. */
const bad: [string, number, number, RegExp][] = [
  ['invalid-yaml.yaml', 13, 1, /ett tecken saknas här \(till exempel - före en listpunkt/],
  ['misspelt-key.yaml', 21, 9, /okänt fält "verfication"/],
  ['bad-enum.yaml', 13, 12, /stage måste vara ett av: "needs-analysis"/],
  ['unknown-placeholder.yaml', 19, 15, /okänd platshållare \{\{tender\.titel\}\}/],
  ['bad-evidence.yaml', 36, 16, /beviset kan inte kompileras: ett ensamt "\*" skulle träffa varje ord/],
  ['duplicate-ids.yaml', 45, 9, /regel-id kommun\.language-support finns redan \(rad 8\)/],
  ['unknown-extends.yaml', 7, 11, /okänt paket i extends: "cemr-art99"/],
  ['wrong-prefix.yaml', 8, 9, /ska börja med paketets prefix "kommun\."/],
  ['alias-bomb.yaml', 5, 8, /alias-bomb/],
];

describe('a bad pack', () => {
  it.each(bad)('%s: a problem at %i:%i', async (name, line, col, message) => {
    const problems = await validatePacks([fixture(name)]);
    expect(problems.length).toBeGreaterThan(0);
    const first = problems.find((p) => message.test(p.message));
    expect(first, JSON.stringify(problems)).toBeDefined();
    expect(first!.file).toBe(fixture(name));
    expect(first!.pos).toEqual({ line, col });
  });

  it('reports a cycle in extends where it closes, and the broken parent where it is used', async () => {
    const problems = await validatePacks([fixture('cycle-a.yaml')]);
    expect(problems.map((p) => [p.file, p.pos.line, p.pos.col, p.message])).toEqual([
      [fixture('cycle-b.yaml'), 7, 11, 'extends bildar en cykel: cycle-a.yaml → cycle-b.yaml → cycle-a.yaml'],
      [fixture('cycle-a.yaml'), 7, 11, 'paketet "./cycle-b.yaml" i extends har fel (se ovan)'],
    ]);
  });

  it('stops at the first YAML syntax error instead of a cascade', async () => {
    expect(await validatePacks([fixture('invalid-yaml.yaml')])).toHaveLength(1);
  });

  it('reports every problem at once, not just the first', async () => {
    const problems = await validatePacks([fixture('misspelt-key.yaml'), fixture('bad-enum.yaml')]);
    expect(new Set(problems.map((p) => p.file)).size).toBe(2);
  });

  it('speaks English when asked', async () => {
    const problems = await validatePacks([fixture('misspelt-key.yaml')], 'en');
    expect(problems.map((p) => p.message)).toContain('unknown field "verfication" in rules.0.levels.base (misspelt?)');
  });

  it('gives the reason evidence cannot compile in the language asked for', async () => {
    const lines = async (lang: 'sv' | 'en') =>
      (await validatePacks([fixture('bad-evidence.yaml')], lang)).map(
        (p) => `${p.pos.line}:${p.pos.col}: ${p.message}`,
      );
    expect(await lines('sv')).toEqual(['36:16: beviset kan inte kompileras: ett ensamt "*" skulle träffa varje ord']);
    expect(await lines('en')).toEqual(['36:16: the evidence spec cannot compile: a lone "*" would match every word']);
  });

  it('names a missing file instead of throwing', async () => {
    const [p] = await validatePacks([fixture('no-such-pack.yaml')], 'en');
    expect(p!.message).toMatch(/^file not found$/);
  });
});

describe('cumulative levels and award criteria in a user pack', () => {
  const minimal = readFileSync(fixture('minimal.yaml'), 'utf8');
  const write = (yaml: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'jamkrav-pack-')), 'pack.yaml');
    writeFileSync(file, yaml);
    return file;
  };
  const advanced = `      advanced:
        kind: technical-specification
        text:
          sv: Leverantören ska erbjuda tolk och redovisa antalet tolkade besök per år.
          en: The supplier shall offer interpreters and report the number of interpreted visits a year.
`;

  it('composes a level written with adds from the level below', async () => {
    const file = write(
      minimal.replace(
        advanced,
        `      advanced:
        kind: technical-specification
        adds:
          sv: Leverantören ska dessutom redovisa antalet tolkade besök per år.
          en: The supplier shall also report the number of interpreted visits a year.
`,
      ),
    );
    const { pack, problems } = await loadPackFile(file);
    expect(problems).toEqual([]);
    const rule = pack!.rules[0]!;
    expect(rule.levels.advanced!.text.sv).toBe(
      'Leverantören ska erbjuda tolk till brukare i {{tender.title}}.\n\nLeverantören ska dessutom redovisa antalet ' +
        'tolkade besök per år.',
    );
  });

  it('refuses adds with nothing below, or to a clause of another kind', async () => {
    const nothingBelow = write(
      minimal.replace(
        '      base:\n        kind: technical-specification\n        text:',
        '      base:\n        kind: technical-specification\n        adds:',
      ),
    );
    expect((await validatePacks([nothingBelow], 'en')).map((p) => p.message)).toContain(
      'adds on the lowest level the rule has: there is no level below to add to; write text',
    );
    const otherKind = write(
      minimal.replace(
        advanced,
        `      advanced:
        kind: special-contract-condition
        adds: { sv: Leverantören ska dessutom redovisa besöken., en: The supplier shall also report the visits. }
`,
      ),
    );
    expect((await validatePacks([otherKind], 'en')).map((p) => p.message)).toContain(
      'the level adds (special-contract-condition) to a level of another kind (technical-specification); a level can ' +
        'only build on a clause of the same kind',
    );
  });

  it('warns, and still loads, when an award criterion has no weight or leaves scores out of its guide', async () => {
    const file = write(
      minimal.replace(
        advanced,
        `      advanced:
        kind: award-criterion
        text: { sv: Anbudet utvärderas efter tolkmetoden., en: The tender is evaluated on the interpreting method. }
        evaluation:
          method: points
          max: 3
          guide: { sv: Metoden bedöms., en: The method is scored. }
          steps:
            - { score: 0, text: { sv: Ingen metod., en: No method. } }
            - { score: 3, text: { sv: En metod med mått., en: A method with measures. } }
`,
      ),
    );
    const { pack, problems } = await loadPackFile(file, { lang: 'en' });
    expect(pack).toBeDefined();
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      [
        'warning',
        'the award criterion has no weight (weight, per cent) or price deduction per point (deductionPerPoint); LOU ' +
          '16 kap. requires the weighting to be stated',
      ],
      [
        'warning',
        'the scoring guide does not cover the whole scale: steps must give every score from 0 to 3 (missing: 1, 2)',
      ],
    ]);
  });
});
