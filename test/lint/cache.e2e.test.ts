// `lint --cache`: unchanged documents keep their results between runs; anything that could
// change a result, or a cache that cannot be trusted, means linting again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jamkrav } from '../cli/run.js';

const TENDER = 'Kontaktman för avtalet är Anna.\n';

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-cache-'));
  writeFileSync(join(dir, 'anbud.md'), TENDER);
  writeFileSync(join(dir, 'avtal.md'), TENDER);
  return dir;
}

/** The cached result's first finding message, rewritten: a run that shows it reused the cache. */
function forge(dir: string, path: string): void {
  const file = join(dir, '.jamkravcache');
  const cache = JSON.parse(readFileSync(file, 'utf8')) as {
    entries: Record<string, { result: { findings: { message: string }[] } }>;
  };
  cache.entries[path]!.result.findings[0]!.message = 'FRÅN CACHEN';
  writeFileSync(file, JSON.stringify(cache));
}

const lint = (dir: string, args: string[] = []) =>
  jamkrav(['lint', '--cache', '--rule', 'langsv.*', '--format', 'compact', ...args], { cwd: dir });

describe('jamkrav lint --cache', { timeout: 60_000 }, () => {
  it('keeps the results of unchanged documents and lints a changed one again', () => {
    const dir = repository();
    const first = lint(dir);
    expect(first.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    forge(dir, 'anbud.md');
    forge(dir, 'avtal.md');
    expect(lint(dir).stdout).toContain('anbud.md:1:1: varning FRÅN CACHEN');
    writeFileSync(join(dir, 'avtal.md'), `# Avtal\n\n${TENDER}`);
    const after = lint(dir).stdout;
    expect(after).toContain('anbud.md:1:1: varning FRÅN CACHEN');
    expect(after).toContain('avtal.md:3:1: varning Undvik');
  });

  it('works the same with a reader thread beside this one (-j 2)', () => {
    const dir = repository();
    const first = lint(dir, ['-j', '2']);
    expect(first.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    forge(dir, 'anbud.md');
    writeFileSync(join(dir, 'avtal.md'), `# Avtal\n\n${TENDER}`);
    const after = lint(dir, ['-j', '2']).stdout;
    expect(after).toContain('anbud.md:1:1: varning FRÅN CACHEN');
    expect(after).toContain('avtal.md:3:1: varning Undvik');
  });

  it('lints again when the settings, the level or the rules chosen change', () => {
    const dir = repository();
    lint(dir);
    forge(dir, 'anbud.md');
    writeFileSync(
      join(dir, 'jamkrav.config.yaml'),
      'overrides:\n  - files: ["anbud.md"]\n    rules: { langsv.kontaktman: error }\n',
    );
    expect(lint(dir).stdout).toContain('anbud.md:1:1: fel Undvik');
    forge(dir, 'anbud.md');
    expect(lint(dir, ['--level', 'advanced']).stdout).not.toContain('FRÅN CACHEN');
  });

  it('never uses a cache that git tracks: a pull request could forge one', () => {
    const dir = repository();
    lint(dir);
    forge(dir, 'anbud.md');
    for (const args of [
      ['init', '-q'],
      ['add', '.jamkravcache'],
    ])
      spawnSync('git', args, { cwd: dir });
    const r = lint(dir);
    expect(r.stdout).not.toContain('FRÅN CACHEN');
    expect(r.stderr).toContain(
      '.jamkravcache: cachen används inte (git följer filen, och en cache ur förrådet litar jamkrav inte på); den ' +
        'byggs om',
    );
  });

  it('rebuilds a cache it cannot read, and says so', () => {
    const dir = repository();
    writeFileSync(join(dir, '.jamkravcache'), '{"jamkravCache": 1, "entries": ');
    const r = lint(dir);
    expect(r.stderr).toContain(
      '.jamkravcache: cachen används inte (den kunde inte läsas som en jamkrav-cache); den byggs om',
    );
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(
      (JSON.parse(readFileSync(join(dir, '.jamkravcache'), 'utf8')) as { jamkravCache: number }).jamkravCache,
    ).toBe(1);
  });
});
