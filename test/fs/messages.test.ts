// One place for file errors and one way to fill a message: the errno table decides what a failure
// means, every reader and walker words it from src/fs/messages.ts, and fmt fills slots safely.
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moreProblems, UserError } from '../../src/errors.js';
import { discoverBids } from '../../src/evaluate/bids.js';
import { detailOf, errnoOf, failureOf } from '../../src/fs/errno.js';
import { readFailure } from '../../src/fs/read.js';
import { fmt, sayer } from '../../src/i18n.js';
import { discover } from '../../src/lint/discover.js';

const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('the errno table', () => {
  it('names each failure a user can act on, and everything else other', () => {
    expect(failureOf(errno('ENOENT'))).toBe('missing');
    expect(failureOf(errno('ENOTDIR'))).toBe('notDirectory');
    for (const code of ['EACCES', 'EPERM', 'EROFS']) expect(failureOf(errno(code)), code).toBe('denied');
    for (const code of ['ENOSPC', 'EDQUOT']) expect(failureOf(errno(code)), code).toBe('noSpace');
    expect(failureOf(errno('ELOOP'))).toBe('loop');
    expect(failureOf(errno('EIO'))).toBe('other');
    expect(failureOf(new Error('no code'))).toBe('other');
    expect(failureOf(undefined)).toBe('other');
    // A code that is an Object.prototype key is still no failure of ours.
    expect(failureOf(errno('toString'))).toBe('other');
  });

  it('shows the code, else the message', () => {
    expect(errnoOf(errno('EIO'))).toBe('EIO');
    expect(detailOf(errno('EIO'))).toBe('EIO');
    expect(detailOf(new Error('broken'))).toBe('broken');
    expect(detailOf('text')).toBe('text');
  });

  it('words a read failure as every reader does', () => {
    expect(readFailure(errno('ENOENT'), 'a.md', 'en').toLine()).toBe('a.md: file not found');
    expect(readFailure(errno('EACCES'), 'a.md', 'sv').toLine()).toBe('a.md: filen kan inte läsas: behörighet saknas');
    expect(readFailure(errno('EIO'), 'a.md', 'en').toLine()).toBe('a.md: cannot read the file (EIO)');
  });
});

describe('paths named on the command line', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jamkrav-fs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lint and evaluate say the same of a path that does not exist', async () => {
    const found = await discover(['saknas.md'], { cwd: dir, lang: 'en' });
    expect(found.entries).toEqual([{ problem: { path: 'saknas.md', message: 'does not exist' } }]);
    const error = (() => {
      try {
        return discoverBids([join(dir, 'saknas')], 'en');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('does not exist');
  });

  it('lint names a link to nothing, and a link loop, without following either', async () => {
    await symlink('nowhere.md', join(dir, 'broken.md'));
    await symlink('loop-b.md', join(dir, 'loop-a.md'));
    await symlink('loop-a.md', join(dir, 'loop-b.md'));
    await writeFile(join(dir, 'ok.md'), 'text\n');
    const found = await discover(['.'], { cwd: dir, lang: 'en' });
    expect(found.entries).toEqual([
      { problem: { path: 'broken.md', message: 'symbolic link to something that does not exist' } },
      { problem: { path: 'loop-a.md', message: 'symbolic link loop' } },
      { problem: { path: 'loop-b.md', message: 'symbolic link loop' } },
      { target: { abs: join(dir, 'ok.md'), path: 'ok.md' } },
    ]);
  });
});

describe('fmt and sayer', () => {
  const T = { hello: { sv: 'hej {name}', en: 'hello {name}' }, two: { sv: '{a} och {b}', en: '{a} and {b}' } } as const;

  it('fills every slot in one pass: a value is never read as a template or a replacement pattern', () => {
    expect(fmt('en', T.two, { a: '{b}', b: 'x' })).toBe('{b} and x');
    expect(fmt('sv', T.hello, { name: "$& $1 $'" })).toBe("hej $& $1 $'");
  });

  it('leaves a slot without a value as written, so a missing value shows', () => {
    expect(fmt('en', T.two, { a: 1 })).toBe('1 and {b}');
  });

  it('says a catalogue in one language', () => {
    const say = sayer('sv', T);
    expect(say('hello', { name: 'Ada' })).toBe('hej Ada');
    expect(moreProblems('en')(3)).toBe(' (and 3 more)');
    expect(moreProblems('sv')(1)).toBe(' (och 1 fel till)');
  });
});
