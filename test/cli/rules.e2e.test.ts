// `jamkrav rules …` end to end: the built binary, its output and exit codes.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jamkrav } from './run.js';

const fixture = (name: string) => join(__dirname, '../fixtures/packs', name);
const languageFixture = (name: string) => join(__dirname, '../fixtures/quality/packs', name);

describe('jamkrav rules list', () => {
  it('lists all 23 built-in rules as JSON', () => {
    const r = jamkrav(['rules', 'list', '--format', 'json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as { id: string; basis: string[]; levels: string[] }[];
    expect(rules).toHaveLength(23);
    expect(rules.every((x) => x.basis.length > 0 && x.levels.length > 0)).toBe(true);
    // Only the award criteria that the leading level adds start above base.
    expect(rules.filter((x) => !x.levels.includes('base')).map((x) => x.id)).toEqual([
      'cemr12.service-method',
      'cemr12.user-testing',
    ]);
  });

  it('filters by pack, kind and stage', () => {
    const r = jamkrav(['rules', 'list', '--pack', 'diskrl-3kap', '--format', 'json']);
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id);
    expect(ids).toHaveLength(10);
    expect(ids.every((id) => id.startsWith('diskrl3.'))).toBe(true);
    const k = jamkrav(['rules', 'list', '--kind', 'technical-specification', '--format', 'json']);
    expect((JSON.parse(k.stdout) as { kind: string }[]).every((x) => x.kind === 'technical-specification')).toBe(true);
  });

  it('takes a repeatable option as a comma list too, as every command does', () => {
    const r = jamkrav(['rules', 'list', '--pack', 'cemr-art12,diskrl-3kap', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toHaveLength(23);
  });

  it('prints a table in Swedish by default and in English with --lang en', () => {
    expect(jamkrav(['rules', 'list']).stdout).toMatch(/^Id\s+Titel\s+Typ\s+Skede/);
    expect(jamkrav(['rules', 'list', '--lang', 'en']).stdout).toMatch(/^Id\s+Title\s+Kind\s+Stage/);
    expect(jamkrav(['rules', 'list'], { env: { LANG: 'en_GB.UTF-8' } }).stdout).toMatch(/23 rules/);
  });

  it('rejects an unknown kind with one line and exit 2', () => {
    const r = jamkrav(['rules', 'list', '--kind', 'wish']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^jamkrav: --kind: ogiltigt värde "wish"/);
  });
});

describe('jamkrav rules show', () => {
  const ids = (JSON.parse(jamkrav(['rules', 'list', '--format', 'json']).stdout) as { id: string }[]).map((x) => x.id);

  it.each(ids)('%s in Swedish and English', (id) => {
    const sv = jamkrav(['rules', 'show', id]);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toMatch(/Rättslig grund: /);
    // Every rule starts at base and has advanced, except the award criteria only leading asks for.
    expect(sv.stdout).toMatch(/(Bas \(base\)|Spjutspets \(leading\)): /);
    if (!/\n\nSpjutspets \(leading\): Tilldelningskriterium\n/.test(sv.stdout))
      expect(sv.stdout).toMatch(/Avancerad \(advanced\): /);
    expect(sv.stdout).toMatch(/Verifiering: /);
    expect(sv.stdout).toMatch(/Bevis i ett dokument:/);
    // What counts, and a sentence that does not: an officer can check a verdict by hand.
    expect(sv.stdout).toMatch(/\n {2}Räknas som krav: .{40}/);
    expect(sv.stdout).toMatch(/\n {2}Räknas inte, till exempel: ".+"/);
    expect(sv.stdout).toMatch(/\n {2}Part som ska vara bunden: /);
    const en = jamkrav(['rules', 'show', id, '--lang', 'en']);
    expect(en.stdout).toMatch(/Legal basis: /);
    expect(en.stdout).toMatch(/Follow-up: /);
    expect(en.stdout).toMatch(/\n {2}Counts as asking for it: .{40}/);
    expect(en.stdout).toMatch(/\n {2}Does not count, for example: ".+"/);
  });

  it('shows what each level adds, the contract types, and an award criterion’s weight, scale and instructions', () => {
    const service = jamkrav(['rules', 'show', 'cemr12.equal-service']).stdout;
    expect(service).toContain('Kontraktstyper: services');
    expect(service).toMatch(
      /Avancerad \(advanced\): Teknisk specifikation\n {2}Lägger till: Leverantören ska dessutom varje halvår/,
    );
    const criterion = jamkrav(['rules', 'show', 'cemr12.user-testing', '--lang', 'en']).stdout;
    expect(jamkrav(['rules', 'show', 'cemr12.user-testing', '--level', 'base', '--lang', 'en']).stdout).toContain(
      'Base (base): (the rule starts at a higher level and is left out here)',
    );
    expect(criterion).toMatch(/Evaluation: at most 5 points, weight 15%\. /);
    expect(criterion).toContain('    3: At least 70 per cent of the women and of the men.');
    expect(criterion).toMatch(/\n {2}For the evaluators: Put the test group together/);
    const performance = jamkrav(['rules', 'show', 'cemr12.performance-conditions', '--lang', 'en']).stdout;
    expect(performance).toContain('are in the diskrl-3kap pack and are set there, once');
  });

  it('names where a concept may come from besides the passage', () => {
    const r = jamkrav(['rules', 'show', 'cemr12.subcontractors', '--lang', 'en']);
    expect(r.stdout).toContain(
      '(may also stand: in its section (title, opening, the passages before), in the headings above, in what the ' +
        'passage refers to)',
    );
  });

  it('names an unknown rule and suggests near ones', () => {
    const r = jamkrav(['rules', 'show', 'diskrl3.parental', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jamkrav: diskrl3\.parental: no such rule/);
  });
});

describe('browsing every rule, the writing rules too', () => {
  it('lists a language pack, by id or by file, and the weak checks', () => {
    const sv = jamkrav(['rules', 'list', '--pack', 'language-sv']);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toMatch(
      /^langsv\.kontaktman +Undvik ”kontaktman”; skriv ”kontaktperson” +varning +language-sv$/m,
    );
    expect(jamkrav(['rules', 'list', '--pack', 'rules/language-sv.yaml']).stdout).toBe(sv.stdout);
    const weak = JSON.parse(jamkrav(['rules', 'list', '--pack', 'weak', '--format', 'json']).stdout) as {
      id: string;
      kind: string;
    }[];
    expect(weak.map((r) => [r.id, r.kind])).toEqual([
      ['weak.wish', 'weak'],
      ['weak.no-verification', 'weak'],
      ['weak.corporate-policy', 'weak'],
      ['weak.no-follow-up', 'weak'],
    ]);
    expect(jamkrav(['rules', 'list']).stdout).toContain(
      'Skrivreglerna (ord och formuleringar) visas med: jamkrav rules list --pack language-sv',
    );
  });

  it('shows a writing rule: what it flags, why, and its source', () => {
    const r = jamkrav(['rules', 'show', 'langsv.kontaktman']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Former som flaggas (→ ersättning):\n  kontaktman → kontaktperson\n');
    expect(r.stdout).toContain('Källa: Språkrådet');
    expect(jamkrav(['rules', 'show', 'weak.wish', '--lang', 'en']).stdout).toMatch(
      /^weak\.wish: Requirement asked only as a wish\n/,
    );
  });

  it('rules show --format json gives the rule as data', () => {
    const rule = JSON.parse(jamkrav(['rules', 'show', 'diskrl3.pay', '--format', 'json']).stdout) as {
      id: string;
      levels: Record<string, unknown>;
    };
    expect(rule.id).toBe('diskrl3.pay');
    expect(Object.keys(rule.levels)).toContain('base');
    const word = JSON.parse(jamkrav(['rules', 'show', 'langsv.kontaktman', '--format', 'json']).stdout) as {
      forms: Record<string, string>;
    };
    expect(word.forms.kontaktman).toBe('kontaktperson');
  });
});

describe('jamkrav rules validate', () => {
  it('passes the built-in packs', () => {
    const r = jamkrav(['rules', 'validate', 'rules/cemr-art12.yaml', 'rules/diskrl-3kap.yaml']);
    expect(r.code).toBe(0);
  });

  it('checks the reading vocabulary against its own schema', () => {
    expect(jamkrav(['rules', 'validate', 'rules/reading.yaml']).code).toBe(0);
    const broken = jamkrav(['rules', 'validate', fixture('reading-unknown-key.yaml')]);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toMatch(/reading-unknown-key\.yaml:\d+:\d+ {2}fel {2}/);
  });

  it('rules test says when a pack could not be read, so its examples never ran', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-broken-'));
    const file = join(dir, 'paket.yaml');
    writeFileSync(file, 'id: x\n\tprefix: y\n');
    const r = jamkrav(['rules', 'test', file]);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '0 exempel, 0 fel. 1 fil(er) kunde inte läsas eller kontrolleras, och deras exempel kördes inte.',
    );
  });

  it("words the YAML parser's syntax errors in the user's language", () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-yaml-'));
    const file = join(dir, 'paket.yaml');
    writeFileSync(file, 'id: x\n\tprefix: y\n');
    expect(jamkrav(['rules', 'validate', file]).stdout).toContain(
      'paket.yaml:2:1  fel  tabbar får inte användas för indrag: använd mellanslag\n',
    );
    expect(jamkrav(['rules', 'validate', file, '--lang', 'en']).stdout).toContain(
      'paket.yaml:2:1  error  Tabs are not allowed as indentation\n',
    );
  });

  it('says why evidence cannot compile in Swedish, or in English when asked', () => {
    const file = fixture('bad-evidence.yaml');
    expect(jamkrav(['rules', 'validate', file]).stdout).toContain(
      'bad-evidence.yaml:36:16  fel  beviset kan inte kompileras: ett ensamt "*" skulle träffa varje ord\n',
    );
    expect(jamkrav(['rules', 'validate', file, '--lang', 'en']).stdout).toContain(
      'bad-evidence.yaml:36:16  error  the evidence spec cannot compile: a lone "*" would match every word\n',
    );
  });

  it('names the place of a lead-in ending that is not one word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-reading-'));
    const file = join(dir, 'reading.yaml');
    const source = readFileSync('rules/reading.yaml', 'utf8').replace(
      /^(lead-in-endings:\n {2}sv: \[)/m,
      '$1i enlighet med, ',
    );
    writeFileSync(file, source);
    const r = jamkrav(['rules', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/reading\.yaml:\d+:\d+ {2}fel {2}.*"i enlighet med"/);
  });

  it('prints every problem as file:line:col  fel  message and exits 2', () => {
    const r = jamkrav([
      'rules',
      'validate',
      fixture('misspelt-key.yaml'),
      fixture('duplicate-ids.yaml'),
      fixture('alias-bomb.yaml'),
    ]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => /^\S+\.yaml:\d+:\d+ {2}fel {2}\S/.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(r.stderr).toBe('');
  });

  it('checks a language pack against the language-pack schema, not the rule-pack one', () => {
    const all = jamkrav([
      'rules',
      'validate',
      'rules/cemr-art12.yaml',
      'rules/diskrl-3kap.yaml',
      'rules/language-sv.yaml',
      'rules/language-en.yaml',
    ]);
    expect(all.stdout).toBe('4 paket utan fel.\n');
    expect(all.code).toBe(0);
    const bad = jamkrav(['rules', 'validate', languageFixture('bad-schema.yaml'), '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/bad-schema\.yaml:\d+:\d+ {2}error {2}/);
    expect(bad.stdout).not.toMatch(/"evidence"|"levels"/);
  });
});

describe('jamkrav rules test', () => {
  it('runs the built-in examples and passes', () => {
    const r = jamkrav(['rules', 'test', 'rules/cemr-art12.yaml', 'rules/diskrl-3kap.yaml', '--lang', 'en']);
    expect(r.stdout).toMatch(/\d+ examples, 0 failed/);
    expect(r.code).toBe(0);
  });

  it('reports a failing example with its position and exits 1', () => {
    const r = jamkrav(['rules', 'test', fixture('failing-example.yaml'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /failing-example\.yaml:\d+:\d+ {2}error {2}kommun\.language-support \[sv\] should not count as evidence but does/,
    );
  });

  it("runs a language pack's examples through the writing checks: flagged, left alone, fixed", () => {
    const ok = jamkrav(['rules', 'test', 'rules/language-sv.yaml', 'language-en', '--lang', 'en']);
    expect(ok.stdout).toMatch(/^\d+ examples, 0 failed\.\n$/);
    expect(ok.code).toBe(0);
    const r = jamkrav(['rules', 'test', languageFixture('failing-examples.yaml'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${languageFixture('failing-examples.yaml')}  error  house.ombudsman [flag] should be flagged but is not: ` +
        `"Facket utser ett ombud."`,
      `${languageFixture('failing-examples.yaml')}  error  house.ombudsman [ok] should not be flagged but is: ` +
        `"Ombudsmannen svarar."`,
      `${languageFixture('failing-examples.yaml')}  error  house.ombudsman [fix] is fixed to "Facket utser en ` +
        `ombud.": "Facket utser en ombudsman."`,
      '5 examples, 3 failed.',
    ]);
  });
});

describe('jamkrav itself', () => {
  it('prints its version quickly', () => {
    const r = jamkrav(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('helps in Swedish by default and in English on request', () => {
    expect(jamkrav(['--help']).stdout).toMatch(/visa hjälp/);
    expect(jamkrav(['--help', '--lang', 'en']).stdout).toMatch(/show help/);
    expect(jamkrav(['rules', '--help']).stdout).toMatch(/validera regelpaket/);
  });

  it('rejects an unknown command with exit 2', () => {
    const r = jamkrav(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jamkrav: /);
  });
});
