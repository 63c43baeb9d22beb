// A long lint run shows its progress on a terminal (a pseudo-terminal here, made by `script`),
// and never in a pipe or a CI log.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, jamkrav } from './run.js';

/** 25 small tenders: more than the 20 from which a run shows progress. */
function tenders(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-progress-'));
  for (let i = 0; i < 25; i++)
    writeFileSync(join(dir, `anbud-${i}.md`), `# Anbud ${i}\n\nLeverantören ska leverera tjänsten.\n`);
  return dir;
}

/** What a terminal shows of `jamkrav lint` run in `dir`, stdout sent elsewhere. */
function onTerminal(dir: string, env: string): string {
  const log = join(dir, 'terminal.log');
  const command = `${env} '${process.execPath}' '${BIN}' lint . --format json > '${join(dir, 'report.json')}'`;
  spawnSync('script', ['-qfc', command, log], { cwd: dir, env: { ...process.env, LANG: 'sv_SE.UTF-8' } });
  return readFileSync(log, 'utf8');
}

describe('lint progress', { timeout: 60_000 }, () => {
  const dir = tenders();

  it('is drawn on a terminal and cleared at the end, so the report stands alone', () => {
    const shown = onTerminal(dir, 'env -u CI');
    expect(shown).toContain('granskar ');
    expect(shown).toMatch(/25\/25 \d+:\d\d\r\u001b\[K/);
  });

  it('is never drawn in a CI log or a pipe', () => {
    expect(onTerminal(dir, 'env CI=true')).not.toContain('granskar');
    expect(jamkrav(['lint', '.', '--format', 'json'], { cwd: dir }).stderr).toBe('');
  });
});
