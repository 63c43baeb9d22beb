// `--fix` and `--fix-dry-run` on real files: atomic rewrite, mode kept, dry run writes nothing,
// files that are not UTF-8 are refused.
import { chmod, lstat, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUserError, type UserError } from '../../src/errors.js';
import { fixFile } from '../../src/quality/index.js';
import { writeSeam } from '../../src/fs/write.js';
import { builtinPacks } from './helpers.js';

const packs = await builtinPacks();
let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jamkrav-fix-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fixFile', () => {
  it('with dryRun returns the diff and leaves the file alone', async () => {
    const file = join(dir, 'krav.md');
    await writeFile(file, '# Krav\n\nLeverantören ska utse en kontaktman.\n');
    const result = await fixFile(file, 'markdown', packs, { dryRun: true, displayPath: 'krav.md' });
    expect(result.changed).toBe(true);
    expect(result.diff).toBe(
      '--- a/krav.md\n+++ b/krav.md\n@@ -1,3 +1,3 @@\n # Krav\n \n-Leverantören ska utse en ' +
        'kontaktman.\n+Leverantören ska utse en kontaktperson.\n',
    );
    expect(await readFile(file, 'utf8')).toBe('# Krav\n\nLeverantören ska utse en kontaktman.\n');
  });

  it('rewrites the file in place, keeps its mode and leaves no temporary file', async () => {
    const file = join(dir, 'krav.txt');
    await writeFile(file, '\uFEFFThe chairman signs.\n');
    await chmod(file, 0o640);
    const result = await fixFile(file, 'text', packs);
    expect(result.edits.map((e) => e.to)).toEqual(['chair']);
    expect(await readFile(file, 'utf8')).toBe('\uFEFFThe chair signs.\n');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['krav.txt']);
  });

  it('does not touch a file with nothing to fix', async () => {
    const file = join(dir, 'ok.md');
    await writeFile(file, 'Leverantören ska utse en kontaktperson.\n');
    const before = (await stat(file)).mtimeMs;
    expect(await fixFile(file, 'markdown', packs)).toEqual({ changed: false, edits: [], diff: '' });
    expect((await stat(file)).mtimeMs).toBe(before);
  });

  it('refuses a file that is not UTF-8 rather than change its bytes', async () => {
    const file = join(dir, 'latin1.txt');
    await writeFile(file, Buffer.from('Kontaktman f\xf6r avtalet.\n', 'latin1'));
    const error = await fixFile(file, 'text', packs, { lang: 'en' }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect(String((error as Error).message)).toContain('not UTF-8');
  });
});

describe('fixFile writes through the one atomic writer', () => {
  it('writes through a symbolic link: the target changes, the link stays a link', async () => {
    const target = join(dir, 'delad.md');
    const link = join(dir, 'krav.md');
    await writeFile(target, 'Leverantören ska utse en kontaktman.\n');
    await chmod(target, 0o640);
    await symlink('delad.md', link);
    await fixFile(link, 'markdown', packs);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('delad.md');
    expect(await readFile(target, 'utf8')).toBe('Leverantören ska utse en kontaktperson.\n');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect((await readdir(dir)).sort()).toEqual(['delad.md', 'krav.md']);
  });

  it('names a file it cannot write in one line, as the user gave it, and leaves it as it was', async () => {
    const file = join(dir, 'krav.md');
    await writeFile(file, 'Leverantören ska utse en kontaktman.\n');
    // A full disk, as the shared writer's test seam simulates one (no small file system can be mounted here).
    const write = writeSeam.writeTemp;
    writeSeam.writeTemp = () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    try {
      const error = await fixFile(file, 'markdown', packs, { displayPath: 'anbud/krav.md', lang: 'en' }).catch(
        (e: unknown) => e,
      );
      expect(isUserError(error)).toBe(true);
      expect((error as UserError).toLine()).toBe('anbud/krav.md: no space left on the device');
    } finally {
      writeSeam.writeTemp = write;
    }
    expect(await readFile(file, 'utf8')).toBe('Leverantören ska utse en kontaktman.\n');
    expect((await readdir(dir)).sort()).toEqual(['krav.md']);
  });

  it('leaves a stale temporary file of the shared writer for its clean-up, never one of its own', async () => {
    const file = join(dir, 'krav.md');
    await writeFile(file, 'Leverantören ska utse en kontaktman.\n');
    // A temp file of a killed run (pid 2^22 + 1 is past any pid_max default) is swept.
    const stale = `.krav.md.${2 ** 22 + 1}.0123abcd.tmp`;
    await writeFile(join(dir, stale), 'half');
    await fixFile(file, 'markdown', packs);
    expect(await readdir(dir)).toEqual(['krav.md']);
  });
});
