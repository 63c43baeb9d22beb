// GitHub workflow-command annotations: one line each, escaped for where each part goes.
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/report/github.js';
import { CTX, RESULT } from './sample.js';

describe('github formatter', () => {
  const lines = github(RESULT, CTX).trimEnd().split('\n');

  it('escapes % CR LF in messages, and also : and , in properties', () => {
    expect(escapeData('100 %\r\nx: a, b')).toBe('100 %25%0D%0Ax: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('puts every annotation on one line', () => {
    expect(lines).toHaveLength(6);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) /);
  });

  it('writes a missing requirement as an annotation on the file with the clause to add', () => {
    expect(lines[0]).toBe(
      '::warning file=anbud/förfrågan 1.md,title=jamkrav diskrl3.pay::Krav saknas: lön, 100 %25 lika: se 3 ' +
        'kap.%0D%0ANy rad%0A%0AFörslag:%0ALeverantören ska ha lönekartläggning ]]> (bas).',
    );
  });

  it('gives line numbers where the document has them', () => {
    expect(lines[1]).toMatch(/^::warning file=anbud\/förfrågan 1\.md,line=7,title=jamkrav diskrl3\.parenthood::/);
  });

  it('shows suppressions as notices with the reason, and unreadable files as errors', () => {
    expect(lines[2]).toBe(
      '::notice file=anbud/förfrågan 1.md,line=9,title=jamkrav cemr12.equal-service::Undantag: Varor, ingen personal ' +
        'på plats',
    );
    expect(lines[5]).toBe(
      '::error file=anbud/trasig.docx,title=jamkrav%3A Kunde inte läsas::filen är inte ett giltigt zip-arkiv',
    );
  });
});
