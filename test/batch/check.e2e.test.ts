// `jamkrav batch --check` through the built binary, as CI on a repository that keeps its
// appendices in git runs it: exit 0 when every file holds exactly the bytes the manifest gives
// now, 1 naming each file that differs or is missing, 2 when the manifest or a tender is unusable.
// It never writes.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jamkrav, manyTenders, scratch, tree } from './helpers.js';

/** Three tenders, the second with an answer form: four files. */
const PLAN = manyTenders(3).replace('  - output: t001.docx\n', '  - output: t001.docx\n    answerForm: true\n');

describe('jamkrav batch --check', { timeout: 60_000 }, () => {
  it('passes on the files a batch wrote, and names each file that was edited or deleted since', () => {
    const dir = scratch({ 'plan.yaml': PLAN });
    expect(jamkrav(['batch', 'plan.yaml', '--out', 'bilagor'], dir).code).toBe(0);
    const ok = jamkrav(['batch', 'plan.yaml', '--out', 'bilagor', '--check'], dir);
    expect(ok.stdout).toBe('Every file matches the manifest (4 files).\n');
    expect(ok.code).toBe(0);

    writeFileSync(join(dir, 'bilagor/t000.docx'), 'edited by hand');
    rmSync(join(dir, 'bilagor/t001-form.docx'));
    const before = tree(join(dir, 'bilagor'));
    const bad = jamkrav(['batch', 'plan.yaml', '--out', 'bilagor', '--check'], dir);
    expect(bad.stdout).toBe(
      [
        'bilagor/t000.docx: differs from what the manifest gives now',
        'bilagor/t001-form.docx: missing',
        'Files that do not match the manifest: 2 of 4 files; run jamkrav batch without --check to write them ' +
          '(--force for files with other content).',
        '',
      ].join('\n'),
    );
    expect(bad.code).toBe(1);
    // Nothing written, no progress lines claiming otherwise.
    expect(tree(join(dir, 'bilagor'))).toEqual(before);
    expect(bad.stderr).not.toMatch(/\] (written|kept)/);
  });

  it('compares bytes: appendices dated by SOURCE_DATE_EPOCH match only under the same date', () => {
    const undated = manyTenders(2).replace(/, date: "2026-01-01"/g, '');
    const dir = scratch({ 'plan.yaml': undated });
    const epoch = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 4, 1) / 1000) };
    expect(jamkrav(['batch', 'plan.yaml', '--out', 'ut'], dir, epoch).code).toBe(0);
    expect(jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--check'], dir, epoch).code).toBe(0);
    const later = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--check'], dir, {
      SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 1) / 1000),
    });
    expect(later.stdout.split('\n').slice(0, 2)).toEqual([
      'ut/t000.docx: differs from what the manifest gives now',
      'ut/t001.docx: differs from what the manifest gives now',
    ]);
    expect(later.code).toBe(1);
  });

  it('says every file is missing before the first batch', () => {
    const r = jamkrav(
      ['batch', 'plan.yaml', '--out', 'ut', '--check', '--lang', 'sv'],
      scratch({ 'plan.yaml': manyTenders(2) }),
    );
    expect(r.stdout).toBe(
      'ut/t000.docx: saknas\nut/t001.docx: saknas\nFiler som inte stämmer med manifestet: 2 av 2 filer; kör jamkrav ' +
        'batch utan --check för att skriva dem (--force för filer med annat innehåll).\n',
    );
    expect(r.code).toBe(1);
  });

  it('exits 2 when a tender cannot be made, naming why, and still checks the others', () => {
    const dir = scratch({ 'plan.yaml': manyTenders(2, '  - output: trasig.docx\n    exclude: [test.nonexistent]\n') });
    jamkrav(['batch', 'plan.yaml', '--out', 'ut'], dir);
    rmSync(join(dir, 'ut/t001.docx'));
    const r = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--check'], dir);
    expect(r.stderr).toContain('jamkrav: trasig.docx: --exclude: unknown rule "test.nonexistent"');
    expect(r.stdout).toBe(
      [
        'ut/t001.docx: missing',
        'Files that do not match the manifest: 1 of 2 files; run jamkrav batch without --check to write them ' +
          '(--force for files with other content).',
        '1 of the tenders could not be made; their files are not checked (errors above).',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(2);
  });

  it('exits 2 on an unusable manifest and on --force, which has nothing to do with it', () => {
    const broken = jamkrav(
      ['batch', 'plan.yaml', '--check'],
      scratch({ 'plan.yaml': 'tenders:\n  - output: a.docx\n    level: top\n' }),
    );
    expect(broken.stderr).toBe(
      'jamkrav: plan.yaml:3:12: tenders.0.level must be one of: "base", "advanced", "leading"\n',
    );
    expect(broken.code).toBe(2);
    const force = jamkrav(['batch', 'plan.yaml', '--check', '--force'], scratch({ 'plan.yaml': manyTenders(1) }));
    expect(force.stderr).toBe('jamkrav: --check: --check writes nothing; --force cannot be used with it\n');
    expect(force.code).toBe(2);
  });

  it('with --dry-run, prints the plan before the verdict; the verdict decides the exit code', () => {
    const dir = scratch({ 'plan.yaml': manyTenders(2) });
    jamkrav(['batch', 'plan.yaml', '--out', 'ut'], dir);
    writeFileSync(join(dir, 'ut/t001.docx'), 'edited by hand');
    const r = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--check', '--dry-run'], dir);
    expect(r.stdout).toMatch(/^Tender +Output +Format .+Status\n/);
    expect(r.stdout).toMatch(/t001\.docx .+ kept: other content \(--force overwrites\)\n/);
    expect(r.stdout).toContain(
      '\n\nut/t001.docx: differs from what the manifest gives now\nFiles that do not match the manifest: 1 of 2 files;',
    );
    expect(r.code).toBe(1);
  });

  it('checks only its part under --shard, so a CI matrix can split the check too', () => {
    const dir = scratch({ 'plan.yaml': manyTenders(6) });
    jamkrav(['batch', 'plan.yaml', '--out', 'ut'], dir);
    const parts = [1, 2].map((i) =>
      jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--check', '--shard', `${i}/2`], dir),
    );
    const counts = parts.map((p) => Number(/\((\d+) files?\)/.exec(p.stdout)![1]));
    expect(counts[0]! + counts[1]!).toBe(6);
    expect(parts.map((p) => p.code)).toEqual([0, 0]);
  });
});
