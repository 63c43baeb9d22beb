// Every resource limit has a default, a flag and a config key: the table, the help and the sizes
// as a user writes them. Each limit hit, through the built CLI: limits.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/limits/read.js';
import { Command } from 'commander';
import { registerLint } from '../../src/cli/lint.js';
import {
  DEFAULT_RUN_LIMITS,
  LIMIT_SPECS,
  formatSize,
  limitHelp,
  limitsFromFlags,
  parseSize,
} from '../../src/limits.js';
import { UserError } from '../../src/errors.js';

describe('the help of each limit comes from the table', () => {
  it('states the default as the flag takes it, in both languages', () => {
    const spec = (flag: string) => LIMIT_SPECS.find((s) => s.flag === flag)!;
    expect(limitHelp(spec('--max-file-size'), 'sv')).toBe(
      'största dokumentfil, t.ex. 50MB eller 200KB (standard 50MB)',
    );
    expect(limitHelp(spec('--max-data-file-size'), 'en')).toBe(
      'largest config, pack, manifest, metadata or .gitignore file (default 2MB)',
    );
    expect(limitHelp(spec('--max-pdf-time'), 'en')).toBe(
      'longest time reading one PDF may take, in seconds (default 60)',
    );
  });

  it('lint offers every limit of the table, and no other --max-* but --max-warnings', () => {
    const program = new Command();
    registerLint(program, 'en');
    const lint = program.commands.find((c) => c.name() === 'lint')!;
    const limits = lint.options.filter((o) => o.long?.startsWith('--max-') && o.long !== '--max-warnings');
    expect(limits.map((o) => [o.flags, o.description])).toEqual(
      LIMIT_SPECS.map((s) => [`${s.flag} <${s.unit === 'count' ? 'n' : s.unit}>`, limitHelp(s, 'en')]),
    );
  });
});

describe('sizes and counts as a user writes them', () => {
  it('parses sizes with 1024-based units and refuses anything else', () => {
    expect(parseSize('50MB')).toBe(50 * 1024 * 1024);
    expect(parseSize('200KB')).toBe(200 * 1024);
    expect(parseSize('200 kb')).toBe(200 * 1024);
    expect(parseSize('1.5G')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('4096')).toBe(4096);
    for (const bad of ['', 'MB', '5XB', '-1MB', '0', '1e9', 'fifty']) expect(parseSize(bad), bad).toBeUndefined();
    expect(formatSize(1000)).toBe('1000 B');
    expect(formatSize(2048)).toBe('2 KB');
    expect(formatSize(50 * 1024 * 1024)).toBe('50 MB');
  });

  it("every limit has a flag and a config key, and the defaults are the readers' own", () => {
    expect(LIMIT_SPECS.map((s) => s.flag)).toEqual([
      '--max-file-size',
      '--max-inflated-size',
      '--max-total-inflated',
      '--max-ratio',
      '--max-zip-entries',
      '--max-xml-depth',
      '--max-paragraph',
      '--max-pdf-memory',
      '--max-pdf-time',
      '--max-files',
      '--max-data-file-size',
    ]);
    expect(DEFAULT_RUN_LIMITS).toMatchObject(DEFAULT_LIMITS);
    expect(DEFAULT_RUN_LIMITS.maxFiles).toBe(10_000);
    expect(limitsFromFlags({ maxFileSize: '2KB', maxFiles: '3' }, 'en')).toEqual({ maxFileBytes: 2048, maxFiles: 3 });
    expect(() => limitsFromFlags({ maxXmlDepth: 'deep' }, 'en')).toThrow(UserError);
  });
});
