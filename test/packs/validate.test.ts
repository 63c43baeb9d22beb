// `rules validate` as a library: every bad pack kind gives a positioned problem, never a throw.
import { describe, expect, it } from 'vitest';
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
  ['bad-evidence.yaml', 36, 16, /beviset kan inte kompileras: a lone "\*"/],
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

  it('names a missing file instead of throwing', async () => {
    const [p] = await validatePacks([fixture('no-such-pack.yaml')], 'en');
    expect(p!.message).toMatch(/^file not found$/);
  });
});
