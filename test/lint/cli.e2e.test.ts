// `jamkrav lint` end to end: the built binary on folders of small fixtures, checking stdout,
// stderr and exit codes 0, 1 and 2. `npm run test:e2e` builds first.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { jamkrav } from '../cli/run.js';

const scenario = (name: string) => join(__dirname, '../fixtures/lint/scenarios', name);
const PACK = join(__dirname, '../fixtures/lint/packs/lint-test.yaml');
// Each test spawns the binary a few times; a busy machine needs more than the default 5 s.
const lint = (dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  jamkrav(['lint', ...args], { cwd: scenario(dir), env });

interface Json {
  files: {
    path: string;
    format: string | null;
    lang: string | null;
    error: string | null;
    findings: { ruleId: string; severity: string; suggestion?: string }[];
    coverage: { ruleId: string; status: string; reason?: string }[];
  }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

describe('jamkrav lint: exit codes', { timeout: 60_000 }, () => {
  it('exits 0 on a tender that asks for everything (Swedish Markdown, English text)', () => {
    const r = lint('clean');
    expect(r.stdout).toBe('✔ Inga problem i 2 filer\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('exits 1 when an error-level requirement is missing, and shows the clause to insert', () => {
    const r = lint('missing');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('utkast.md (markdown, sv; 2 krav finns)');
    expect(r.stdout).toContain('  fel      Krav saknas: Föräldraskap och arbete.\n           lt.parenthood\n');
    expect(r.stdout).toContain('Leverantören ska ha rutiner för föräldraledighet i [Upphandlingens namn].');
    expect(r.stdout).toMatch(/✖ 1 problem \(1 fel, 0 varningar, 0 info\) i 1 fil\n$/);
  });

  it('exits 2 on unreadable files, one stderr line each, and still lints the good ones', () => {
    const r = lint('mixed', ['--format', 'json', '.', 'gammal.doc']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('jamkrav: tom.md: filen är tom');
    expect(lines[1]).toMatch(/^jamkrav: trasig\.docx: /);
    expect(lines[2]).toMatch(/^jamkrav: gammal\.doc: /);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.files.map((f) => [f.path, f.error === null])).toEqual([
      ['bra.md', true],
      ['tom.md', false],
      ['trasig.docx', false],
      ['zz-good.txt', true],
      ['gammal.doc', false],
    ]);
    expect(out.files[0]!.coverage).toHaveLength(3);
    expect(out.files[3]).toMatchObject({ format: 'text', lang: 'en', findings: [] });
  });

  it('exits 2 with a positioned line for an invalid config', () => {
    const r = lint('bad-config');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^jamkrav: jamkrav\.config\.yaml:2:8: .*base.*advanced.*leading/);
  });

  it('exits 2 when there is no document, naming where it looked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-none-'));
    writeFileSync(join(dir, 'bild.png'), '');
    const r = jamkrav(['lint', '--pack', PACK, '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jamkrav: .: inga dokument hittades (letade efter .docx .odt .pdf .md .markdown .txt i .)\n');
    const missing = jamkrav(['lint', '--pack', PACK, 'saknas.docx'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('jamkrav: saknas.docx: finns inte\n');
  });

  it('exits 2 on a bad flag value', () => {
    expect(lint('clean', ['--format', 'xml']).stderr).toMatch(
      /^jamkrav: --format: ogiltigt värde "xml" \(tillåtna: stylish, compact, json, sarif, junit, github/,
    );
    expect(lint('clean', ['--fail-on', 'panic']).code).toBe(2);
    expect(lint('clean', ['--max-warnings', '-1']).code).toBe(2);
    expect(lint('clean', ['--level', 'expert']).code).toBe(2);
    const jobs = lint('clean', ['--jobs', '0']);
    expect(jobs.stderr).toBe('jamkrav: --jobs: "0": ange ett heltal från 1 och uppåt\n');
    expect(jobs.code).toBe(2);
  });
});

describe('jamkrav lint: options', { timeout: 60_000 }, () => {
  it('--fail-on and --max-warnings decide what fails', () => {
    // missing/utkast.md lacks one error-level rule only.
    expect(lint('missing', ['--fail-on', 'never']).code).toBe(0);
    expect(lint('missing', ['--rule', 'lt.pay,lt.equal-service']).code).toBe(0);
    expect(lint('missing', ['--exclude', 'lt.parenthood']).code).toBe(0);
    // In suppress/, lt.pay is raised to error by the config but suppressed in stad.md.
    expect(lint('suppress', ['--fail-on', 'info']).code).toBe(0);
  });

  it('--quiet shows errors only; --max-warnings counts warnings all the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-quiet-'));
    writeFileSync(join(dir, 'tom.txt'), 'Leverantören ska städa lokalerna.\n');
    const all = jamkrav(['lint', '--pack', PACK], { cwd: dir });
    expect(all.stdout).toContain('Lönekartläggning');
    const quiet = jamkrav(['lint', '--pack', PACK, '--quiet'], { cwd: dir });
    expect(quiet.stdout).toContain('Föräldraskap och arbete');
    expect(quiet.stdout).not.toContain('Lönekartläggning');
    expect(jamkrav(['lint', '--pack', PACK, '--fail-on', 'never', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    expect(jamkrav(['lint', '--pack', PACK, '--fail-on', 'never', '--max-warnings', '1'], { cwd: dir }).code).toBe(0);
  });

  it('--fail-on takes the words the Swedish report prints, and names the allowed ones otherwise', () => {
    expect(lint('missing', ['--fail-on', 'aldrig']).code).toBe(0);
    expect(lint('missing', ['--fail-on', 'fel']).code).toBe(1);
    const bad = lint('missing', ['--fail-on', 'nej']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'jamkrav: --fail-on: ogiltigt värde "nej" (tillåtna: error, warning, info, never, fel, varning, aldrig)\n',
    );
  });

  it('refuses a --lang it does not speak, for every command', () => {
    for (const args of [['lint'], ['generate', '-o', 'x.docx'], ['rules', 'list']]) {
      const run = jamkrav([...args, '--lang', 'eng'], { cwd: scenario('missing') });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('jamkrav: --lang: ogiltigt värde "eng" (tillåtna: sv, en)\n');
      expect(run.stdout).toBe('');
    }
  });

  it('--lang en gives English messages whatever the document language', () => {
    const r = lint('missing', ['--lang', 'en']);
    expect(r.stdout).toContain('  error    Missing requirement: Parenthood and work.\n');
    // The suggestion is for the document, so it stays in the document's language.
    expect(r.stdout).toContain('Leverantören ska ha rutiner för föräldraledighet');
    expect(r.stdout).toContain('1 problem (1 error, 0 warnings, 0 info) in 1 file');
  });

  it('suggests the built-in clauses with their metadata as fields to fill in, never as {{placeholders}}', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-suggest-'));
    writeFileSync(join(dir, 'anbud.md'), '# Hemtjänst\n\nLeverantören ska leverera hemtjänst.\n');
    const r = jamkrav(['lint', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    const suggestions = (JSON.parse(r.stdout) as Json).files.flatMap((f) => f.findings.map((x) => x.suggestion ?? ''));
    expect(suggestions.length).toBeGreaterThan(5);
    expect(suggestions.filter((t) => t.includes('{{'))).toEqual([]);
    expect(suggestions.some((t) => t.includes('[Upphandlingens namn]'))).toBe(true);
  });

  it('reports a suppressed language rule with its reason, at the line of the comment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-suppress-'));
    writeFileSync(
      join(dir, 'anbud.md'),
      '<!-- jamkrav-disable langsv.kontaktman -- Rollens namn i avtalet -->\n\n# Anbud\n\nKontaktman för avtalet är ' +
        'Anna.\n',
    );
    const r = jamkrav(['lint', '--rule', 'langsv.*', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Json).files[0]!.coverage).toEqual([
      {
        ruleId: 'langsv.kontaktman',
        status: 'suppressed',
        reason: 'Rollens namn i avtalet',
        location: { block: 1, line: 1 },
      },
    ]);
    expect(jamkrav(['lint', '--rule', 'langsv.*', '--format', 'compact'], { cwd: dir }).stdout).toBe(
      'anbud.md:1:1: undantag Rollens namn i avtalet [langsv.kontaktman]\n',
    );
    // In every format.
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'html']) {
      expect(jamkrav(['lint', '--rule', 'langsv.*', '--format', format], { cwd: dir }).stdout, format).toContain(
        'Rollens namn i avtalet',
      );
    }
  });

  it('prints every problem of a config on a line of its own, in words rather than patterns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-config-'));
    writeFileSync(join(dir, 'jamkrav.config.yaml'), 'packs: 5\nlevel: expert\nrules:\n  diskrl3.pay: loud\n');
    writeFileSync(join(dir, 'anbud.md'), 'Leverantören ska leverera.\n');
    const r = jamkrav(['lint'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        'jamkrav: jamkrav.config.yaml:1:8: packs måste vara en lista',
        'jamkrav: jamkrav.config.yaml:2:8: level måste vara ett av: "base", "advanced", "leading"',
        'jamkrav: jamkrav.config.yaml:4:16: rules.diskrl3.pay måste vara ett av: "off", "info", "warning", "error"',
        '',
      ].join('\n'),
    );
  });

  it('--output makes the folders of the report path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-out-'));
    const r = lint('missing', ['--format', 'sarif', '--output', join(dir, 'reports', 'pr', 'jamkrav.sarif')]);
    expect(r.code).toBe(1);
    expect(
      (JSON.parse(readFileSync(join(dir, 'reports', 'pr', 'jamkrav.sarif'), 'utf8')) as { version: string }).version,
    ).toBe('2.1.0');
  });

  it('--output writes the report to a file, replacing an earlier one', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'jamkrav-out-')), 'rapport.json');
    writeFileSync(out, 'gammal rapport');
    const r = lint('missing', ['--format', 'json', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as Json).summary).toEqual({
      files: 1,
      errors: 1,
      warnings: 0,
      infos: 0,
    });
  });

  it('--output refuses to overwrite a document being checked', () => {
    const r = lint('missing', ['--output', 'utkast.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jamkrav: utkast\.md: är ett av dokumenten som granskas/);
    expect(readFileSync(join(scenario('missing'), 'utkast.md'), 'utf8')).toMatch(/^# Utkast/);
  });

  it('colours only when asked to (FORCE_COLOR) and never with --no-color', () => {
    expect(lint('missing', [], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toMatch(/\u001b\[/);
    expect(lint('missing', ['--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('jamkrav lint: suppressions in every format', { timeout: 60_000 }, () => {
  it('json: suppressed with the reason, from the config by glob and from the document', () => {
    const out = JSON.parse(lint('suppress', ['--format', 'json']).stdout) as Json;
    expect(out.files.map((f) => f.path)).toEqual(['tjanster/stad.md', 'varor/skruv.md']);
    expect(out.files[0]!.coverage).toContainEqual(
      expect.objectContaining({
        ruleId: 'lt.pay',
        status: 'suppressed',
        reason: 'lönekartläggning krävs redan i ramavtalet',
      }),
    );
    expect(out.files[1]!.coverage).toContainEqual({
      ruleId: 'lt.equal-service',
      status: 'suppressed',
      reason: 'Varuupphandling utan personal som möter allmänheten',
    });
    expect(out.summary).toEqual({ files: 2, errors: 0, warnings: 0, infos: 0 });
  });

  it('stylish, github, junit and sarif all show the reason', () => {
    const reason = 'Varuupphandling utan personal som möter allmänheten';
    for (const format of ['stylish', 'github', 'junit', 'sarif']) {
      expect(lint('suppress', ['--format', format]).stdout, format).toContain(reason);
    }
  });

  it('sarif from the binary validates against the official schema', () => {
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/lint/sarif-schema-2.1.0.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    for (const dir of ['suppress', 'missing', 'mixed']) {
      expect(validate(JSON.parse(lint(dir, ['--format', 'sarif']).stdout)), dir).toBe(true);
    }
  });
});

describe('jamkrav lint: many files', { timeout: 60_000 }, () => {
  it('reads in one thread and lints in another, or lints in several, with the same results in the same order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-many-'));
    const complete = readFileSync(join(scenario('clean'), 'komplett.md'), 'utf8');
    for (let i = 0; i < 40; i++) {
      const name = `anbud-${String(i).padStart(2, '0')}.md`;
      writeFileSync(
        join(dir, name),
        i % 3 === 0 ? complete : `# Anbud ${i}\n\nLeverantören ska ha rutiner för föräldraledighet.\n`,
      );
    }
    writeFileSync(join(dir, 'anbud-99.md'), '');
    // Two threads: a reader thread reads the files while this one lints them (see threadsFor).
    const many = jamkrav(['lint', '--pack', PACK, '--format', 'json', '-j', '2'], { cwd: dir });
    expect(many.code).toBe(2);
    const out = JSON.parse(many.stdout) as Json;
    expect(out.files.map((f) => f.path)).toEqual([
      ...Array.from({ length: 40 }, (_, i) => `anbud-${String(i).padStart(2, '0')}.md`),
      'anbud-99.md',
    ]);
    expect(out.files[40]!.error).toBe('filen är tom');
    // A few files alone are linted in this thread: the results must be the same.
    const few = JSON.parse(
      jamkrav(['lint', '--pack', PACK, '--format', 'json', 'anbud-00.md', 'anbud-01.md'], { cwd: dir }).stdout,
    ) as Json;
    expect(few.files).toEqual(out.files.slice(0, 2));
    // The default, one thread (--jobs 1), and three threads that each read and lint: the same report.
    expect(jamkrav(['lint', '--pack', PACK, '--format', 'json'], { cwd: dir }).stdout).toBe(many.stdout);
    expect(jamkrav(['lint', '--pack', PACK, '--format', 'json', '--jobs', '1'], { cwd: dir }).stdout).toBe(many.stdout);
    expect(jamkrav(['lint', '--pack', PACK, '--format', 'json', '--jobs', '3'], { cwd: dir }).stdout).toBe(many.stdout);
    const two = JSON.parse(
      jamkrav(['lint', '--pack', PACK, '--format', 'json', '-j', '2', 'anbud-00.md', 'anbud-01.md'], { cwd: dir })
        .stdout,
    ) as Json;
    expect(two.files).toEqual(out.files.slice(0, 2));
    // Each of the 26 one-line drafts: lt.pay missing, and its one requirement has no verification
    // and no follow-up (weak checks), so three warnings; lt.equal-service missing is info.
    expect(out.summary).toEqual({ files: 41, errors: 0, warnings: 78, infos: 26 });
    expect(out.files[1]!.findings.map((f) => f.ruleId)).toEqual([
      'lt.pay',
      'lt.equal-service',
      'weak.no-verification',
      'weak.no-follow-up',
    ]);
  });
});

describe('jamkrav lint: hostile and broken documents', { timeout: 60_000 }, () => {
  // The readers' own fixtures (test/fixtures/documents): each must cost one stderr line and an
  // `error` on that file, while the good documents around them are still linted.
  const DOCS = join(__dirname, '../fixtures/documents');
  const BAD = [
    'billion-laughs.docx',
    'deep-nesting.docx',
    'doctype-entity.docx',
    'zip-bomb.docx',
    'odt-encrypted.odt',
    'pdf-encrypted.pdf',
    'not-word.docx',
  ];
  const GOOD = ['odt-lists-tables.odt', 'pdf-hyphenated.pdf', 'docx-comment-suppression.docx'];

  it('reports each bad file in one line, exits 2, and lints the good ones', () => {
    const r = jamkrav(['lint', '--pack', PACK, '--format', 'json', ...BAD, ...GOOD], { cwd: DOCS });
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.split(':')[1]!.trim())).toEqual(BAD);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.files.filter((f) => f.error !== null).map((f) => f.path)).toEqual(BAD);
    expect(out.files.filter((f) => f.error === null).map((f) => [f.path, f.format])).toEqual([
      ['odt-lists-tables.odt', 'odt'],
      ['pdf-hyphenated.pdf', 'pdf'],
      ['docx-comment-suppression.docx', 'docx'],
    ]);
  });
});
