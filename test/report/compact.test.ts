// `--format compact`: one line per finding, `file:line:col: severity message [rule]`.
import { describe, expect, it } from 'vitest';
import { compact } from '../../src/report/compact.js';
import { CTX, RESULT } from './sample.js';

describe('compact formatter', () => {
  const lines = compact(RESULT, CTX).trimEnd().split('\n');

  it('prints every finding, suppression and unreadable file on a line of its own', () => {
    expect(lines).toEqual([
      'anbud/förfrågan 1.md: varning Krav saknas: lön, 100 % lika: se 3 kap. [diskrl3.pay]',
      'anbud/förfrågan 1.md:7:1: varning Onödig undantagsmarkering för diskrl3.parenthood. [diskrl3.parenthood]',
      'anbud/förfrågan 1.md:9:1: undantag Varor, ingen personal på plats [cemr12.equal-service]',
      'anbud/avtal.docx: fel Missing requirement: parenthood. [diskrl3.parenthood]',
      'anbud/avtal.docx: undantag goods <only> & "no staff" [cemr12.equal-service]',
      'anbud/trasig.docx: fel kunde inte läsas: filen är inte ett giltigt zip-arkiv',
    ]);
  });

  it('writes control characters out, so that a file name cannot split a line or steer the terminal', () => {
    const result = { ...RESULT, files: [{ ...RESULT.files[1]!, path: 'a\nb\u001b[2J.docx' }] };
    expect(compact(result, CTX).split('\n')[0]).toBe(
      'a\\u000ab\\u001b[2J.docx: fel Missing requirement: parenthood. [diskrl3.parenthood]',
    );
  });

  it('keeps the point of a message and leaves its legal detail to --explain', () => {
    const result = {
      ...RESULT,
      files: [
        {
          ...RESULT.files[1]!,
          findings: [
            {
              ...RESULT.files[1]!.findings[0]!,
              message: 'Krav saknas: Föräldraskap. Det behövs enligt DiskrL 3 kap. 5 §.',
              location: { block: 41, page: 3 },
            },
          ],
        },
      ],
    };
    expect(compact(result, { ...CTX, lang: 'en' })).toBe(
      'anbud/avtal.docx: error Krav saknas: Föräldraskap. (page 3, paragraph 41) ' +
        '[diskrl3.parenthood]\nanbud/avtal.docx: suppressed goods <only> & "no staff" [cemr12.equal-service]\n',
    );
  });
});
