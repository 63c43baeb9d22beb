// `jamkrav batch` end to end: the built binary, worker pool included (workers need the built
// dist/batch/batch-worker.js; vitest alone cannot start a TypeScript worker). Each appendix must be
// byte for byte what `jamkrav generate` makes alone from the same inputs.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, jamkrav, manyTenders, scratch, tree } from './helpers.js';

beforeAll(() => {
  // npm run test:e2e builds first; building here again would rewrite dist/ under other tests.
  expect(existsSync(join(ROOT, 'dist/batch/batch-worker.js'))).toBe(true);
});

const tmp = () => mkdtempSync(join(tmpdir(), 'jamkrav-batch-cli-'));

describe('jamkrav batch: the same bytes as jamkrav generate', { timeout: 60_000 }, () => {
  it("for every tender of the issue's example manifest", () => {
    const out = tmp();
    const r = jamkrav(['batch', 'manifest.yaml', '--out', out, '--lang', 'sv'], FIXTURES);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^jamkrav: \[1\/4\] skriven hemtjanst-2027\.docx \(5 regler, 2 varningar\)$/m);
    const pack = ['--pack', '../generate/test-pack.yaml'];
    const alone = tmp();
    writeFileSync(
      join(alone, 'hemtjanst.yaml'),
      'tender: { title: Hemtjänst 2027, reference: KS 2026/0412, date: "2026-03-01" }\nauthority: { name: Exempelby ' +
        'kommun }\n',
    );
    writeFileSync(join(alone, 'lokalvard.yaml'), 'tender: { title: Lokalvård, date: "2026-04-01" }\n');
    writeFileSync(join(alone, 'livsmedel.yaml'), 'tender: { title: Livsmedel }\n');
    const commands = [
      [
        'hemtjanst-2027.docx',
        [
          ...pack,
          '--template',
          'mall.docx',
          '--level',
          'base',
          '--lang',
          'sv',
          '--meta',
          join(alone, 'hemtjanst.yaml'),
        ],
      ],
      [
        'skolskjuts.docx',
        [
          ...pack,
          '--template',
          'mall.docx',
          '--level',
          'advanced',
          '--lang',
          'sv',
          '--meta',
          'anbud/skolskjuts.yaml',
          '--exclude',
          'test.harassment',
        ],
      ],
      [
        'markdown/lokalvard.md',
        [...pack, '--template', 'mall.docx', '--lang', 'sv', '--meta', join(alone, 'lokalvard.yaml')],
      ],
      [
        'json/livsmedel.json',
        [
          ...pack,
          '--template',
          'mall.docx',
          '--lang',
          'en',
          '--date',
          '2026-05-01',
          '--meta',
          join(alone, 'livsmedel.yaml'),
        ],
      ],
    ] as const;
    for (const [output, args] of commands) {
      const file = join(alone, output.replace('/', '-'));
      const g = jamkrav(['generate', ...args, '-o', file], FIXTURES);
      expect(g.code, g.stderr).toBe(0);
      expect(readFileSync(join(out, output)).equals(readFileSync(file)), output).toBe(true);
    }
  });

  it('for the CSV plan, too', () => {
    const out = tmp();
    expect(jamkrav(['batch', 'plan.csv', '--out', out, '--jobs', '1'], FIXTURES).code).toBe(0);
    const alone = tmp();
    writeFileSync(
      join(alone, 'm.yaml'),
      'tender: { title: Skolskjuts "norr", reference: BUN 2026/7 }\nauthority: { name: Exempelby kommun }\n',
    );
    const g = jamkrav(
      [
        'generate',
        '--pack',
        '../generate/test-pack.yaml',
        '--level',
        'advanced',
        '--lang',
        'en',
        '--meta',
        join(alone, 'm.yaml'),
        '-o',
        join(alone, 'x.docx'),
      ],
      FIXTURES,
    );
    expect(g.code, g.stderr).toBe(0);
    expect(readFileSync(join(out, 'skolskjuts.docx')).equals(readFileSync(join(alone, 'x.docx')))).toBe(true);
  });
});

describe('jamkrav batch: the worker pool', { timeout: 60_000 }, () => {
  it('gives the same files on two threads as in one, and reports in manifest order', () => {
    const dir = scratch({ 'plan.yaml': manyTenders(16) });
    const one = jamkrav(['batch', 'plan.yaml', '--out', 'ett', '--jobs', '1'], dir);
    const two = jamkrav(['batch', 'plan.yaml', '--out', 'två', '--jobs', '2'], dir);
    expect(two.code).toBe(0);
    expect(tree(join(dir, 'två'))).toEqual(tree(join(dir, 'ett')));
    expect(Object.keys(tree(join(dir, 'två')))).toHaveLength(16);
    const lines = two.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('jamkrav: ['));
    expect(lines).toHaveLength(16);
    lines.forEach((line, i) =>
      expect(line).toBe(
        `jamkrav: [${String(i + 1).padStart(2)}/16] written t${String(i).padStart(3, '0')}.docx (5 rules, 1 warning)`,
      ),
    );
    // Sixteen tenders with the same warning: one line, after the progress, with a count.
    const warnings = two.stderr.split('\n').filter((l) => l.startsWith('jamkrav: warning:'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^jamkrav: warning: metadata missing for .+ \(16 tenders: t000\.docx, t001\.docx, t002\.docx and 13 more\)$/,
      ),
    ]);
    expect(two.stderr.trimEnd().split('\n').pop()).toBe(warnings[0]);
    expect(two.stdout).toMatch(/^Tender +Output +Rules +Warnings +Status\n/);
    expect(two.stdout).toContain('16 tenders: 16 written, 0 unchanged, 0 kept, 0 failed');
    expect(one.stderr).toBe(two.stderr);
  });

  it('runs the second time without changing a byte', () => {
    const dir = scratch({ 'plan.yaml': manyTenders(8) });
    jamkrav(['batch', 'plan.yaml', '--out', 'ut'], dir);
    const before = tree(join(dir, 'ut'));
    const again = jamkrav(['batch', 'plan.yaml', '--out', 'ut'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('8 tenders: 0 written, 8 unchanged');
    expect(tree(join(dir, 'ut'))).toEqual(before);
  });

  it('--shard i/n over a CI matrix adds up to the unsharded run', () => {
    const dir = scratch({ 'plan.yaml': manyTenders(20) });
    jamkrav(['batch', 'plan.yaml', '--out', 'alla'], dir);
    const counts = [1, 2, 3].map((i) => {
      const r = jamkrav(['batch', 'plan.yaml', '--out', 'delar', '--shard', `${i}/3`], dir);
      expect(r.code).toBe(0);
      return Number(/part \d of 3: (\d+) of 20 tenders/.exec(r.stderr)![1]);
    });
    expect(counts.reduce((a, b) => a + b)).toBe(20);
    expect(tree(join(dir, 'delar'))).toEqual(tree(join(dir, 'alla')));
  });
});

describe('jamkrav batch: exit codes', { timeout: 60_000 }, () => {
  it('exits 1 when a tender fails, after writing the others; the summary shows the failure', () => {
    const dir = scratch({
      'plan.yaml': manyTenders(5, '  - output: trasig.docx\n    template: trasig.docx\n'),
      'trasig.docx': 'not a zip',
    });
    const r = jamkrav(['batch', 'plan.yaml', '--out', 'ut'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'jamkrav: [6/6] failed trasig.docx\njamkrav: trasig.docx: trasig.docx: is not a DOCX document',
    );
    expect(r.stdout).toMatch(/—\s+trasig\.docx\s+—\s+0\s+failed/);
    expect(Object.keys(tree(join(dir, 'ut')))).toHaveLength(5);
  });

  it('exits 2 on an unusable manifest, every problem on its own line, nothing written', () => {
    const dir = scratch({ 'plan.yaml': 'tenders:\n  - output: ../ut.docx\n  - output: a.docx\n    level: top\n' });
    const r = jamkrav(['batch', 'plan.yaml', '--out', 'ut'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      ['jamkrav: plan.yaml:4:12: tenders.1.level must be one of: "base", "advanced", "leading"', ''].join('\n'),
    );
    const paths = jamkrav(
      ['batch', 'plan.yaml', '--out', 'ut'],
      scratch({ 'plan.yaml': 'tenders:\n  - output: ../ut.docx\n  - output: /x.docx\n' }),
    );
    expect(paths.code).toBe(2);
    expect(paths.stderr).toBe(
      'jamkrav: plan.yaml:2:13: "../ut.docx" leads outside --out\njamkrav: plan.yaml:3:13: "/x.docx" is an absolute ' +
        'path; give a path inside --out\n',
    );
    expect(existsSync(join(dir, 'ut'))).toBe(false);
  });

  it('exits 2 on a bad flag, in Swedish by default', () => {
    const r = jamkrav(['batch', 'plan.yaml', '--shard', '5/4'], scratch(), { LANG: 'sv_SE.UTF-8' });
    expect(r.stderr).toBe('jamkrav: --shard: "5/4": delen i måste vara ett heltal från 1 till 4\n');
    expect(r.code).toBe(2);
  });

  it('--dry-run prints the plan and writes nothing', () => {
    const dir = scratch({ 'plan.yaml': manyTenders(2) });
    const r = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Tender +Output +Format +Level +Language +Template +Metadata +Status\n/);
    expect(r.stdout).toMatch(/Upphandling 0 +t000\.docx +docx +base +en +built-in +in the manifest +new\n/);
    expect(r.stdout).toContain(
      'dry run, nothing written: 2 tenders: 2 would be written, 0 unchanged, 0 would be kept, 0 failed',
    );
    expect(existsSync(join(dir, 'ut'))).toBe(false);
  });
});
