// `--fix-dry-run` output: a unified diff in the format diff -u and git apply use.
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/quality/index.js';

const lines = (n: number): string => `${Array.from({ length: n }, (_, i) => `rad ${i + 1}`).join('\n')}\n`;

describe('unifiedDiff', () => {
  it('is empty when nothing changed', () => {
    expect(unifiedDiff('a.md', 'x\n', 'x\n')).toBe('');
  });

  it('gives hunks with three lines of context and merges nearby changes, like diff -u', () => {
    const before = lines(20);
    const after = before
      .replace('rad 2\n', 'rad två\n')
      .replace('rad 15\n', 'rad femton\n')
      .replace('rad 20\n', 'rad tjugo\n');
    expect(unifiedDiff('anbud/krav.md', before, after)).toBe(
      [
        '--- a/anbud/krav.md',
        '+++ b/anbud/krav.md',
        '@@ -1,5 +1,5 @@',
        ' rad 1',
        '-rad 2',
        '+rad två',
        ' rad 3',
        ' rad 4',
        ' rad 5',
        '@@ -12,9 +12,9 @@',
        ' rad 12',
        ' rad 13',
        ' rad 14',
        '-rad 15',
        '+rad femton',
        ' rad 16',
        ' rad 17',
        ' rad 18',
        ' rad 19',
        '-rad 20',
        '+rad tjugo',
        '',
      ].join('\n'),
    );
  });

  it('marks a last line without a newline', () => {
    expect(unifiedDiff('y.txt', 'a\nb\nc', 'a\nB\nc')).toBe(
      '--- a/y.txt\n+++ b/y.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n\\ No newline at end of file\n',
    );
  });

  it('handles added and removed lines and empty files', () => {
    expect(unifiedDiff('e', 'a\nb\nc\n', 'a\nc\nd\n')).toBe('--- a/e\n+++ b/e\n@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n');
    expect(unifiedDiff('g', '', 'ny\n')).toBe('--- a/g\n+++ b/g\n@@ -0,0 +1 @@\n+ny\n');
  });

  it('stays fast on a large file with a few changes', () => {
    const before = lines(50000);
    const after = before.replace('rad 10\n', 'rad tio\n').replace('rad 49990\n', 'x\n');
    const started = performance.now();
    const diff = unifiedDiff('big.txt', before, after);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(diff.match(/^@@/gm)).toHaveLength(2);
  });
});
