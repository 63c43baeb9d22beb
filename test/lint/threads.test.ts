// How many threads a lint run uses, and for what: the default by files and cores, and --jobs.
import { describe, expect, it } from 'vitest';
import { POOL_THRESHOLD, READER_THRESHOLD, threadsFor } from '../../src/lint/pool.js';

describe('threads for a lint run', () => {
  it('lints a few files in this thread alone, and everything on a single core', () => {
    expect(threadsFor(1, undefined, 8)).toEqual({ kind: 'none' });
    expect(threadsFor(READER_THRESHOLD - 1, undefined, 8)).toEqual({ kind: 'none' });
    expect(threadsFor(10_000, undefined, 1)).toEqual({ kind: 'none' });
  });

  it('reads in a second thread while this one lints, from a handful of files on two cores', () => {
    expect(threadsFor(READER_THRESHOLD, undefined, 2)).toEqual({ kind: 'reader' });
    expect(threadsFor(201, undefined, 2)).toEqual({ kind: 'reader' });
    // Two cores have room for one helper only, however many files there are.
    expect(threadsFor(10_000, undefined, 2)).toEqual({ kind: 'reader' });
  });

  it('starts workers that read and lint once more cores have enough files each', () => {
    expect(threadsFor(2 * POOL_THRESHOLD - 1, undefined, 4)).toEqual({ kind: 'reader' });
    expect(threadsFor(2 * POOL_THRESHOLD, undefined, 4)).toEqual({ kind: 'linters', count: 2 });
    expect(threadsFor(10_000, undefined, 16)).toEqual({ kind: 'linters', count: 3 });
  });

  it('follows --jobs: 1 is this thread alone, 2 a reader beside it, more linters', () => {
    expect(threadsFor(500, 1, 8)).toEqual({ kind: 'none' });
    expect(threadsFor(2, 2, 1)).toEqual({ kind: 'reader' });
    expect(threadsFor(10_000, 2, 8)).toEqual({ kind: 'reader' });
    expect(threadsFor(40, 4, 2)).toEqual({ kind: 'linters', count: 3 });
    // Never more workers than files beside this thread's first.
    expect(threadsFor(3, 8, 8)).toEqual({ kind: 'linters', count: 2 });
    expect(threadsFor(1, 8, 8)).toEqual({ kind: 'none' });
  });
});
