// The stylish formatter: grouped by file, a summary line, no colour unless asked for.
import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/report/stylish.js';
import { CTX, RESULT } from './sample.js';

describe('stylish formatter', () => {
  it('groups findings by file and ends with a summary line in Swedish', () => {
    const out = stylish(RESULT, CTX);
    expect(out).toContain('anbud/förfrågan 1.md (markdown, sv; 1 krav finns)');
    expect(out).toContain('varning   Krav saknas: lön');
    expect(out).toContain('Förslag:');
    expect(out).toContain('undantag  Varor, ingen personal på plats  cemr12.equal-service  rad 9');
    // An unreadable file's problem went to stderr as one line: the report only names the file.
    expect(out).not.toContain('filen är inte ett giltigt zip-arkiv');
    expect(out.trimEnd().split('\n').slice(-2)).toEqual(['✖ 3 problem (1 fel, 2 varningar, 0 info) i 3 filer', '✖ 1 fil kunde inte läsas: anbud/trasig.docx']);
  });

  it('speaks English on request', () => {
    const out = stylish(RESULT, { ...CTX, lang: 'en' });
    expect(out).toContain('✖ 3 problems (1 error, 2 warnings, 0 info) in 3 files');
  });

  it('has no escape codes without colour, and some with', () => {
    expect(stylish(RESULT, CTX)).not.toMatch(/\u001b\[/);
    expect(stylish(RESULT, { ...CTX, color: true })).toMatch(/\u001b\[/);
  });

  it('says so when all is well', () => {
    const clean = { ...RESULT, files: [], summary: { files: 2, errors: 0, warnings: 0, infos: 0 } };
    expect(stylish(clean, CTX)).toBe('✔ Inga problem i 2 filer\n');
  });
});
