// The stylish formatter: grouped by file, a summary line, no colour unless asked for.
import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/report/stylish.js';
import { CTX, RESULT } from './sample.js';

describe('stylish formatter', () => {
  it('groups findings by file and ends with a summary line in Swedish', () => {
    const out = stylish(RESULT, CTX);
    expect(out).toContain('anbud/förfrågan 1.md (markdown, sv; 1 krav finns)');
    // A missing requirement shows its point (the first sentence); the legal detail is for --explain.
    expect(out).toContain(
      '  varning  Krav saknas: lön, 100 % lika: se 3 kap.\n           diskrl3.pay\n           Förslag:\n',
    );
    expect(out).toContain('  undantag Varor, ingen personal på plats\n           cemr12.equal-service · rad 9\n');
    // An unreadable file's problem went to stderr as one line: the report only names the file.
    expect(out).not.toContain('filen är inte ett giltigt zip-arkiv');
    expect(out.trimEnd().split('\n').slice(-2)).toEqual([
      '✖ 3 problem (1 fel, 2 varningar, 0 info) i 3 filer',
      '✖ 1 fil kunde inte läsas: anbud/trasig.docx',
    ]);
  });

  it('speaks English on request', () => {
    const out = stylish(RESULT, { ...CTX, lang: 'en' });
    expect(out).toContain('✖ 3 problems (1 error, 2 warnings, 0 info) in 3 files');
  });

  it('has no escape codes without colour, and some with', () => {
    expect(stylish(RESULT, CTX)).not.toMatch(/\u001b\[/);
    expect(stylish(RESULT, { ...CTX, color: true })).toMatch(/\u001b\[/);
  });

  it('wraps to a terminal width, keeping the text column', () => {
    const narrow = stylish(RESULT, { ...CTX, width: 40 });
    // The findings' lines (indented); a file's name and the summary stand whole.
    for (const line of narrow.split('\n')) if (line.startsWith(' ')) expect([...line].length).toBeLessThanOrEqual(40);
    expect(narrow).toContain('           Leverantören ska ha\n');
    // In a pipe or a file lines stay whole.
    expect(stylish(RESULT, CTX)).toContain('Leverantören ska ha lönekartläggning ]]> (bas).');
  });

  it('ends a run over many files with a count per rule, worst first', () => {
    const many = {
      ...RESULT,
      files: Array.from({ length: 12 }, (_, i) => ({ ...RESULT.files[i % 2]!, path: `anbud/${i}.md` })),
    };
    const lines = stylish(many, CTX).split('\n');
    const at = lines.indexOf('Per regel:');
    expect(lines.slice(at, at + 4)).toEqual([
      'Per regel:',
      '  fel      diskrl3.parenthood  12 filer',
      '  varning  diskrl3.pay         6 filer',
      '',
    ]);
  });

  it('says so when all is well', () => {
    const clean = { ...RESULT, files: [], summary: { files: 2, errors: 0, warnings: 0, infos: 0 } };
    expect(stylish(clean, CTX)).toBe('✔ Inga problem i 2 filer\n');
  });
});
