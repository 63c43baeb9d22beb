// lint does not follow symbolic links out of the folders it was asked to check (a pull request
// can add `leak.md -> ../secret.txt`, whose text a finding would quote in the CI log), unless
// --follow-symlinks says so. Links that stay inside are followed as before.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { jamkrav } from '../cli/run.js';
import { expectCleanStderr, folder } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const MARKER = `HEMLIG-${randomBytes(6).toString('hex')}`;
const TEXT = 'Leverantören ska betala lika lön för lika arbete.\n';

/** A checkout in `repo/` beside a secret outside it, with links of each kind. */
function layout(): string {
  const top = folder({
    'secret.txt': `Leverantören ska utse en kontaktman ${MARKER}.\n`,
    'hemligt/b.md': `Leverantören ska utse en kontaktman ${MARKER}.\n`,
    'repo/docs/a.md': TEXT,
    'repo/docs/del/c.md': TEXT,
    'repo/other/e.md': TEXT,
  });
  made.push(top);
  symlinkSync('../../secret.txt', join(top, 'repo/docs/leak.md'));
  symlinkSync('../../hemligt', join(top, 'repo/docs/mapp'));
  symlinkSync('del/c.md', join(top, 'repo/docs/inne.md'));
  symlinkSync('../other/e.md', join(top, 'repo/docs/andra.md'));
  return top;
}

describe('symbolic links out of the linted folders', () => {
  it('are not followed (a notice names each), links inside are, and the secret never shows', () => {
    const top = layout();
    const r = jamkrav(['lint', 'docs', '--lang', 'en', '--format', 'json'], { cwd: join(top, 'repo') });
    expect(r.stdout + r.stderr).not.toContain(MARKER);
    const notFollowed = (name: string) =>
      `jamkrav: docs/${name}: a symbolic link out of the folders being checked; not followed (use --follow-symlinks ` +
      `to follow it)`;
    expect(expectCleanStderr(r.stderr)).toEqual([notFollowed('andra.md'), notFollowed('leak.md'), notFollowed('mapp')]);
    // inne.md leads to del/c.md, inside: read once, under the name that reached it first.
    const paths = (JSON.parse(r.stdout).files as { path: string }[]).map((f) => f.path);
    expect(paths).toEqual(['docs/a.md', 'docs/del/c.md']);
  });

  it('a link into another folder named on the command line is inside', () => {
    const top = layout();
    const r = jamkrav(['lint', 'docs', 'other', '--lang', 'en', '--format', 'json'], { cwd: join(top, 'repo') });
    expect(r.stderr).not.toContain('andra.md');
    expect((JSON.parse(r.stdout).files as { path: string }[]).map((f) => f.path)).toEqual([
      'docs/a.md',
      'docs/andra.md',
      'docs/del/c.md',
    ]);
  });

  it('--follow-symlinks follows them; a link named on the command line is always read', () => {
    const top = layout();
    const r = jamkrav(['lint', 'docs', '--lang', 'en', '--format', 'json', '--follow-symlinks'], {
      cwd: join(top, 'repo'),
    });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout).files as { path: string }[]).map((f) => f.path)).toEqual([
      'docs/a.md',
      'docs/andra.md',
      'docs/del/c.md',
      'docs/leak.md',
      'docs/mapp/b.md',
    ]);
    const named = jamkrav(['lint', 'docs/leak.md', '--lang', 'en', '--format', 'json'], { cwd: join(top, 'repo') });
    expect(named.stdout).toContain(MARKER);
  });

  it('the default folder (.) and a glob are roots too', () => {
    const top = layout();
    mkdirSync(join(top, 'repo/docs/sub'));
    writeFileSync(join(top, 'repo/docs/sub/d.md'), TEXT);
    const dot = jamkrav(['lint', '--lang', 'en', '--format', 'json'], { cwd: join(top, 'repo') });
    expect(dot.stdout).not.toContain(MARKER);
    const glob = jamkrav(['lint', 'docs/**/*.md', '--lang', 'en', '--format', 'json'], { cwd: join(top, 'repo') });
    expect(glob.stdout).not.toContain(MARKER);
    expect(glob.stderr).toContain('docs/leak.md: a symbolic link out of the folders being checked');
  });
});
