// `jamkrav … | head -1`: a reader that closes the pipe early ends the output, not the run.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './run.js';

/** Runs the CLI, reads the first chunk of its output, then closes the pipe as `head -1` does. */
function firstChunkThenClose(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let first = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, first }));
  });
}

/** A folder of tenders whose report is far larger than a pipe's buffer. */
function manyTenders(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-pipe-'));
  for (let i = 0; i < 60; i++)
    writeFileSync(join(dir, `anbud-${i}.md`), `# Anbud ${i}\n\nLeverantören ska leverera tjänsten.\n`);
  return dir;
}

describe('a closed pipe', { timeout: 60_000 }, () => {
  const dir = manyTenders();

  it.each([['stylish'], ['json'], ['sarif']])(
    'ends lint --format %s quietly, with the exit code of its findings',
    async (format) => {
      const r = await firstChunkThenClose(['lint', '.', '--format', format], dir);
      expect(r.first.length).toBeGreaterThan(0);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
    },
  );

  it('ends rules list quietly with exit 0', async () => {
    const r = await firstChunkThenClose(['rules', 'list', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
