// Writing quality end to end: the built binary on small tenders with biased words and weak
// requirements, in every format, with --fix, --fix-dry-run and --shard.
// `npm run test:e2e` builds first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { Document as DocxDocument, Packer, Paragraph } from 'docx';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { jamkrav } from '../cli/run.js';

// Built on the real packs (both requirement packs, both language packs): what a user gets.
const TENDER = [
  '# Förfrågningsunderlag: räddningstjänst',
  '',
  '## 3 Krav på leverantören',
  '',
  'Leverantören ska ha rutiner som gör det möjligt att förena arbete och föräldraskap och redovisa dem på begäran.',
  '',
  'Brandmannen i tjänst ska bära skyddsutrustning. Leverantören ska utse en kontaktman för avtalet.',
  '',
  'Ordföranden i styrgruppen kallar till möte. Han ska också se till att protokoll förs.',
  '',
  'Leverantören bör om möjligt erbjuda personalen utbildning i jämställdhet och likabehandling.',
  '',
].join('\n');

interface JsonFinding {
  ruleId: string;
  kind: string;
  severity: string;
  message: string;
  location?: {
    block: number;
    line?: number;
    column?: number;
    range?: { start: number; end: number };
    heading?: string;
  };
  suggestion?: string;
}
interface Json {
  version: number;
  files: {
    path: string;
    format: string | null;
    lang: string | null;
    findings: JsonFinding[];
    coverage: unknown[];
    error: string | null;
  }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

function project(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'jamkrav-quality-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const json = (stdout: string) => JSON.parse(stdout) as Json;
const quality = (f: Json['files'][number]) => f.findings.filter((x) => x.kind === 'language' || x.kind === 'weak');

async function docxWith(...paragraphs: string[]): Promise<Uint8Array> {
  const doc = new DocxDocument({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('jamkrav lint: biased language and weak requirements', { timeout: 60_000 }, () => {
  it('flags the words where they stand (line:column) and the requirement asked as a wish', () => {
    const root = project({ 'anbud.md': TENDER });
    const r = jamkrav(['lint', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    const found = quality(json(r.stdout).files[0]!).map((f) => [
      f.ruleId,
      f.kind,
      f.location?.line,
      f.location?.column,
    ]);
    expect(found).toEqual([
      ['langsv.brandman', 'language', 7, 1],
      ['langsv.kontaktman', 'language', 7, 74],
      ['langsv.generiskt-pronomen', 'language', 9, 45],
      ['weak.wish', 'weak', 11, 1],
      ['weak.no-verification', 'weak', 11, 1],
      ['weak.no-follow-up', 'weak', undefined, undefined],
    ]);
    const wish = json(r.stdout).files[0]!.findings.find((f) => f.ruleId === 'weak.wish')!;
    expect(wish.message).toContain('(”bör”)');
    expect(wish.suggestion).toBe(
      'Leverantören ska om möjligt erbjuda personalen utbildning i jämställdhet och likabehandling.',
    );

    const stylish = jamkrav(['lint'], { cwd: root }).stdout;
    expect(stylish).toMatch(
      /varning {2}språk: Undvik ”kontaktman”: .*\n {11}langsv\.kontaktman · rad 7, kolumn 74, ”3 Krav på leverantören”/,
    );
    expect(stylish).toMatch(/varning {2}svagt krav: Kravet \(.*\) är bara formulerat som en önskan/);
    const english = jamkrav(['lint', '--lang', 'en'], { cwd: root }).stdout;
    expect(english).toMatch(/warning {2}language: Avoid "kontaktman": .*\n {11}langsv\.kontaktman · line 7, column 74/);
    expect(english).toContain('weak requirement: The requirement (');
  });

  it('goes quiet for a rule set to off in the config, and for a suppression in the document', () => {
    const off = project({
      'anbud.md': TENDER,
      'jamkrav.config.yaml': 'rules:\n  langsv.brandman: off\n  weak.wish: off\n',
    });
    const ids = quality(json(jamkrav(['lint', '--format', 'json'], { cwd: off }).stdout).files[0]!).map(
      (f) => f.ruleId,
    );
    expect(ids).toEqual([
      'langsv.kontaktman',
      'langsv.generiskt-pronomen',
      'weak.no-verification',
      'weak.no-follow-up',
    ]);
    const suppressed = project({
      'anbud.md': `${TENDER}\n<!-- jamkrav-disable langsv.kontaktman -- så heter rollen i ramavtalet -->\n`,
    });
    const out = json(jamkrav(['lint', '--format', 'json'], { cwd: suppressed }).stdout).files[0]!;
    expect(out.findings.map((f) => f.ruleId)).not.toContain('langsv.kontaktman');
    expect(out.findings.filter((f) => f.kind === 'suppression')).toEqual([]);
  });

  it('--fix-dry-run prints a diff that git apply reads, and changes nothing', () => {
    const root = project({ 'anbud.md': TENDER });
    const before = readFileSync(join(root, 'anbud.md'));
    const r = jamkrav(['lint', '--fix-dry-run'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        '--- a/anbud.md',
        '+++ b/anbud.md',
        '@@ -4,7 +4,7 @@',
        ' ',
        ' Leverantören ska ha rutiner som gör det möjligt att förena arbete och föräldraskap och redovisa dem på ' +
          'begäran.',
        ' ',
        '-Brandmannen i tjänst ska bära skyddsutrustning. Leverantören ska utse en kontaktman för avtalet.',
        '+Brandmannen i tjänst ska bära skyddsutrustning. Leverantören ska utse en kontaktperson för avtalet.',
        ' ',
        ' Ordföranden i styrgruppen kallar till möte. Han ska också se till att protokoll förs.',
        ' ',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('jamkrav: --fix-dry-run: 1 ord i 1 fil skulle ersättas; ingenting skrevs\n');
    expect(readFileSync(join(root, 'anbud.md')).equals(before)).toBe(true);
    // git applies it as it stands, and the result is what --fix writes.
    const apply = spawnSync('git', ['apply', '-'], { cwd: root, input: r.stdout, encoding: 'utf8' });
    expect(apply.status, apply.stderr).toBe(0);
    expect(readFileSync(join(root, 'anbud.md'), 'utf8')).toBe(
      TENDER.replace('en kontaktman för', 'en kontaktperson för'),
    );
    // Nothing left to change: exit 0 and no output.
    const clean = project({ 'a.md': 'Leverantören ska utse en kontaktperson.\n' });
    expect(jamkrav(['lint', '--fix-dry-run'], { cwd: clean })).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('--fix rewrites only the replaced words of a Markdown file, never a DOCX, then reports what remains', async () => {
    const docx = await docxWith('Leverantören ska utse en kontaktman för avtalet.');
    const root = project({ 'anbud.md': TENDER, 'bilaga.docx': docx });
    const r = jamkrav(['lint', '--fix', '--format', 'json'], { cwd: root });
    expect(r.stderr).toBe('jamkrav: --fix: ersatte 1 ord i 1 fil\n');
    expect(readFileSync(join(root, 'anbud.md'), 'utf8')).toBe(
      TENDER.replace('en kontaktman för', 'en kontaktperson för'),
    );
    expect(readFileSync(join(root, 'bilaga.docx')).equals(Buffer.from(docx))).toBe(true);
    const out = json(r.stdout);
    expect(out.files.map((f) => f.path)).toEqual(['anbud.md', 'bilaga.docx']);
    expect(quality(out.files[0]!).map((f) => f.ruleId)).not.toContain('langsv.kontaktman');
    // The DOCX finding says what to change, in its paragraph.
    expect(quality(out.files[1]!).find((f) => f.ruleId === 'langsv.kontaktman')).toMatchObject({
      suggestion: 'kontaktperson',
      location: { block: 1, range: { start: 25, end: 35 } },
    });
    expect(r.code).toBe(1);
  });

  it('refuses --fix together with --fix-dry-run', () => {
    const r = jamkrav(['lint', '--fix', '--fix-dry-run'], { cwd: project({ 'a.md': TENDER }) });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('jamkrav: --fix: kan inte kombineras med --fix-dry-run: välj det ena\n');
  });
});

describe('jamkrav lint: writing quality in the machine formats', { timeout: 60_000 }, () => {
  const root = project({
    'anbud.md': TENDER,
    'en/tender.txt': 'The supplier shall appoint a chairman. The chairman should preferably report on equal pay.\n',
  });

  it('json: the version 1 contract, unchanged in shape', () => {
    const out = json(jamkrav(['lint', '--format', 'json'], { cwd: root }).stdout);
    expect(Object.keys(out)).toEqual(['version', 'files', 'summary']);
    expect(out.version).toBe(1);
    for (const f of out.files) {
      expect(Object.keys(f)).toEqual(['path', 'format', 'lang', 'findings', 'coverage', 'error']);
      for (const x of f.findings) {
        expect(['ruleId', 'kind', 'severity', 'message', 'location', 'suggestion']).toEqual(
          expect.arrayContaining(Object.keys(x)),
        );
        expect(['missing', 'weak', 'language', 'suppression']).toContain(x.kind);
        if (x.location)
          expect(['block', 'line', 'column', 'page', 'range', 'heading']).toEqual(
            expect.arrayContaining(Object.keys(x.location)),
          );
      }
    }
    expect(Object.keys(out.summary)).toEqual(['files', 'errors', 'warnings', 'infos']);
    const all = out.files.flatMap((f) => f.findings);
    expect(out.summary.warnings).toBe(all.filter((f) => f.severity === 'warning').length);
  });

  it('sarif: still valid against the official schema, with language and weak rule metadata', () => {
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/lint/sarif-schema-2.1.0.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    for (const lang of ['sv', 'en']) {
      const log = JSON.parse(jamkrav(['lint', '--format', 'sarif', '--lang', lang], { cwd: root }).stdout) as {
        runs: {
          tool: {
            driver: {
              rules: {
                id: string;
                help: { text: string; markdown: string };
                helpUri?: string;
                shortDescription: { text: string };
              }[];
            };
          };
          results: {
            ruleId: string;
            ruleIndex?: number;
            partialFingerprints: Record<string, string>;
            locations: { physicalLocation: { region: { startLine: number; startColumn?: number } } }[];
          }[];
        }[];
      };
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      const run = log.runs[0]!;
      const rules = run.tool.driver.rules;
      const word = rules.find((r) => r.id === 'langsv.kontaktman')!;
      expect(word.help.text).toContain(lang === 'sv' ? 'Språkrådet rekommenderar' : 'Språkrådet recommends');
      expect(word.helpUri).toMatch(/^https:\/\/frageladan\.isof\.se\//);
      const wish = rules.find((r) => r.id === 'weak.wish')!;
      expect(wish.shortDescription.text).toBe(
        lang === 'sv' ? 'Krav formulerat som önskan' : 'Requirement asked only as a wish',
      );
      expect(wish.help.text).toContain('LOU 17 kap. 1 §');
      // Every result points at its rule's metadata, and no two results share a fingerprint.
      for (const r of run.results) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
      const prints = run.results.map((r) => r.partialFingerprints['jamkrav/v1']);
      expect(new Set(prints).size).toBe(prints.length);
      const kontakt = run.results.find((r) => r.ruleId === 'langsv.kontaktman')!;
      expect(kontakt.locations[0]!.physicalLocation.region).toEqual({ startLine: 7, startColumn: 74 });
    }
  });

  it(
    'junit: well-formed; a case per file × requirement rule, ' + 'and a failing case per language or weak rule found',
    () => {
      const xml = jamkrav(['lint', '--format', 'junit'], { cwd: root }).stdout;
      const suites: { name: string; cases: { name: string; failures: number }[] }[] = [];
      const parser = new SaxesParser();
      parser.on('opentag', (t) => {
        const a = t.attributes as Record<string, string>;
        if (t.name === 'testsuite') suites.push({ name: a.name!, cases: [] });
        if (t.name === 'testcase') suites[suites.length - 1]!.cases.push({ name: a.name!, failures: 0 });
        if (t.name === 'failure') {
          const cases = suites[suites.length - 1]!.cases;
          cases[cases.length - 1]!.failures++;
        }
      });
      parser.on('error', (e) => {
        throw e;
      });
      parser.write(xml).close();
      const md = suites.find((s) => s.name === 'anbud.md')!;
      expect(
        md.cases
          .filter((c) => c.name.startsWith('langsv.') || c.name.startsWith('weak.'))
          .map((c) => [c.name, c.failures]),
      ).toEqual([
        ['langsv.brandman', 1],
        ['langsv.kontaktman', 1],
        ['langsv.generiskt-pronomen', 1],
        ['weak.wish', 1],
        ['weak.no-verification', 1],
        ['weak.no-follow-up', 1],
      ]);
      // Two chairmen in one file: one case, a failure for each.
      const en = suites.find((s) => s.name === 'en/tender.txt')!;
      expect(en.cases.find((c) => c.name === 'langen.chairman')?.failures).toBe(2);
      expect(md.cases.filter((c) => c.name.startsWith('diskrl3.')).length).toBeGreaterThan(5);
      expect(xml).toContain('Plats: rad 7, kolumn 74');
    },
  );

  it('github: an annotation at the word, titled with the rule id', () => {
    const out = jamkrav(['lint', '--format', 'github'], { cwd: root }).stdout;
    expect(out).toMatch(
      /^::warning file=anbud\.md,line=7,col=74,title=jamkrav langsv\.kontaktman::Undvik ”kontaktman”/m,
    );
    expect(out).toMatch(
      /^::warning file=en\/tender\.txt,line=1,col=\d+,title=jamkrav langen\.chairman::Undvik ”chairman”/m,
    );
  });

  it("html: language and weak findings in each document's details, the matrix for requirement rules", () => {
    const page = jamkrav(['lint', '--format', 'html'], { cwd: root }).stdout;
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain('<h4>Skrivkvalitet: språk och svaga krav</h4>');
    expect(page).toContain('<code>langsv.kontaktman</code>');
    expect(page).toContain('<code>weak.wish</code>');
    expect(page).not.toMatch(/<th[^>]*>[^<]*langsv\./);
  });

  it('-o report.html infers nothing: without --format the file holds stylish text', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'jamkrav-out-')), 'report.html');
    jamkrav(['lint', '-o', out], { cwd: root });
    expect(readFileSync(out, 'utf8')).toMatch(/^anbud\.md \(markdown, sv;/);
  });
});

describe('jamkrav lint --shard', { timeout: 60_000 }, () => {
  it('gives disjoint shards whose JSON files together are the unsharded run', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10; i++) files[`anbud-${i}.md`] = `# Anbud ${i}\n\nLeverantören ska utse en kontaktman.\n`;
    files['trasig.docx'] = 'inte ett zip-arkiv';
    const root = project(files);
    const whole = json(jamkrav(['lint', '--format', 'json'], { cwd: root }).stdout).files;
    const shards = [1, 2, 3].map(
      (i) => json(jamkrav(['lint', '--format', 'json', '--shard', `${i}/3`], { cwd: root }).stdout).files,
    );
    const paths = shards.map((s) => s.map((f) => f.path));
    expect(paths.flat().sort()).toEqual(whole.map((f) => f.path).sort());
    expect(new Set(paths.flat()).size).toBe(paths.flat().length);
    expect(shards.flat().sort((a, b) => a.path.localeCompare(b.path))).toEqual(
      [...whole].sort((a, b) => a.path.localeCompare(b.path)),
    );
    expect(jamkrav(['lint', '--shard', '2'], { cwd: root })).toMatchObject({
      code: 2,
      stderr: 'jamkrav: --shard: "2": skriv --shard som i/n, t.ex. --shard 2/4 (del 2 av 4)\n',
    });
  });
});

describe('jamkrav lint --help', () => {
  it('names every format and the new flags, in Swedish and English', () => {
    // Commander wraps help text at the terminal width: compare with the lines joined.
    const sv = jamkrav(['lint', '--help']).stdout.replace(/\s+/g, ' ');
    expect(sv).toContain('stylish, compact (ett fynd per rad), json, sarif, junit, github eller html');
    for (const flag of ['--fix ', '--fix-dry-run', '--shard <i/n>']) expect(sv).toContain(flag);
    expect(sv).toContain('DOCX, ODT och PDF skrivs aldrig om');
    const en = jamkrav(['lint', '--help', '--lang', 'en']).stdout.replace(/\s+/g, ' ');
    expect(en).toContain('stylish, compact (one finding a line), json, sarif, junit, github or html');
    expect(en).toContain('DOCX, ODT and PDF are never rewritten');
  });
});
