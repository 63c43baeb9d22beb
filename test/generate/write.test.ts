// writeOutput: atomic, never over an existing file without force, clear errors, no temp files left.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOutput } from '../../src/fs/write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jamkrav-write-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;

describe('writeOutput', () => {
  it('writes the bytes and leaves nothing else in the directory', async () => {
    await writeOutput(join(dir, 'bilaga.docx'), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(join(dir, 'bilaga.docx'))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['bilaga.docx']);
  });

  it('refuses an existing file without force, and replaces it with force', async () => {
    const file = join(dir, 'bilaga.md');
    writeFileSync(file, 'old');
    await expect(writeOutput(file, 'new')).rejects.toThrow('filen finns redan; använd --force för att skriva över den');
    expect(readFileSync(file, 'utf8')).toBe('old');
    await writeOutput(file, 'new', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['bilaga.md']);
  });

  it('names a missing directory, and an output path that is a directory', async () => {
    await expect(writeOutput(join(dir, 'nope', 'a.docx'), 'x', { lang: 'en' })).rejects.toThrow(
      /directory .*nope does not exist/,
    );
    mkdirSync(join(dir, 'sub'));
    await expect(writeOutput(join(dir, 'sub'), 'x', { lang: 'en', force: true })).rejects.toThrow(
      'is a directory; give a file name',
    );
  });

  it('says when the directory is not writable, leaving no temp file', async () => {
    // Root ignores mode bits, so as root use sysfs, which refuses new files to everyone.
    const target = isRoot ? '/sys' : dir;
    if (!isRoot) chmodSync(dir, 0o555);
    const before = readdirSync(target);
    await expect(writeOutput(join(target, 'a.docx'), 'x', { lang: 'en' })).rejects.toThrow(
      /cannot write in .* \(no permission or read-only\)/,
    );
    expect(readdirSync(target)).toEqual(before);
  });
});
