// The JSON formatter is the machine contract of DESIGN.md: exactly these fields, version 1.
import { describe, expect, it } from 'vitest';
import { json } from '../../src/report/json.js';
import { CTX, RESULT } from './sample.js';

describe('json formatter', () => {
  const out = JSON.parse(json(RESULT, CTX)) as Record<string, unknown> & { files: Record<string, unknown>[] };

  it('has exactly version, files and summary at the top', () => {
    expect(Object.keys(out)).toEqual(['version', 'files', 'summary']);
    expect(out.version).toBe(1);
    expect(out.summary).toEqual({ files: 3, errors: 1, warnings: 2, infos: 0 });
  });

  it('gives every file path, format, lang, findings, coverage and error, in that order', () => {
    for (const f of out.files)
      expect(Object.keys(f)).toEqual(['path', 'format', 'lang', 'findings', 'coverage', 'error']);
    expect(out.files[2]).toEqual({
      path: 'anbud/trasig.docx',
      format: null,
      lang: null,
      findings: [],
      coverage: [],
      error: 'filen är inte ett giltigt zip-arkiv',
    });
  });

  it('shows findings and coverage as in the contract, suppressed ones with their reason', () => {
    expect(out.files[1]).toMatchObject({
      findings: [
        {
          ruleId: 'diskrl3.parenthood',
          kind: 'missing',
          severity: 'error',
          message: 'Missing requirement: parenthood.',
          suggestion: 'The supplier shall…',
        },
      ],
      coverage: [{ ruleId: 'cemr12.equal-service', status: 'suppressed', reason: 'goods <only> & "no staff"' }],
    });
    expect((out.files[0]!.coverage as unknown[])[0]).toEqual({
      ruleId: 'diskrl3.parenthood',
      status: 'covered',
      location: { block: 2, line: 3, heading: '3.2 Personal' },
    });
  });

  it('leaks nothing internal (rules, notices) into the contract', () => {
    const text = json(RESULT, CTX);
    expect(text).not.toContain('"rules"');
    expect(text).not.toContain('"notices"');
  });
});
