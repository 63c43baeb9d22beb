// The engine on hand-built documents: what a tender asks for, lacks, or rightly leaves out.
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/engine.js';
import { settingsResolver } from '../../src/lint/settings.js';
import { RULES, doc, fakeMatcher } from './helpers.js';

const lint = (d: ReturnType<typeof doc>, extra: Partial<Parameters<typeof lintDocument>[2]> = {}) =>
  lintDocument(d, RULES, { level: 'base', lang: 'sv', matcher: fakeMatcher, ...extra });

describe('lintDocument', () => {
  it('reports a missing rule with its severity, legal basis and the clause to insert', () => {
    const r = lint(doc(['# 3 Krav', 'Leverantören ska ha rutiner för föräldraledighet.']));
    const ids = r.findings.filter((f) => f.kind === 'missing').map((f) => f.ruleId);
    expect(ids).toEqual(['diskrl3.pay', 'cemr12.equal-service']);
    const pay = r.findings[0]!;
    expect(pay).toMatchObject({ kind: 'missing', severity: 'warning' });
    expect(pay.message).toContain('Titel diskrl3.pay');
    expect(pay.message).toContain('DiskrL 3 kap. (diskrl3.pay)');
    expect(pay.suggestion).toBe('Leverantören ska ha lönekartläggning (bas).');
  });

  it('records where a covered rule is asked for: block, line and heading', () => {
    const r = lint(doc(['# 3.2 Personal', 'Leverantören ska ha rutiner för föräldraledighet.']));
    expect(r.coverage).toEqual([
      { ruleId: 'diskrl3.parenthood', status: 'covered', location: { block: 2, line: 2, heading: '3.2 Personal' } },
    ]);
  });

  it('never lints authority rules', () => {
    const r = lint(doc(['Ingenting här.']));
    expect([...r.findings, ...r.coverage].map((x) => x.ruleId)).not.toContain('cemr12.follow-up');
  });

  it('suggests the clause at --level, in the language of the document, with English messages on request', () => {
    const r = lint(doc(['The supplier shall do the work.']), { level: 'advanced', lang: 'en' });
    expect(r.lang).toBe('en');
    const f = r.findings.find((x) => x.ruleId === 'diskrl3.parenthood')!;
    expect(f.suggestion).toBe('The supplier shall have föräldraledighet (advanced).');
    expect(f.message).toMatch(/^Missing requirement: Title diskrl3.parenthood/);
  });

  it('falls back to the next lower level when a rule has no clause at the chosen one, as generate does', () => {
    const r = lint(doc(['Tomt.']), { level: 'leading' });
    expect(r.findings[0]!.suggestion).toMatch(/\(avancerad\)\.$/);
  });

  it('shows a rule suppressed in the document as suppressed, with reason and where', () => {
    const d = doc(['Varuupphandling.'], {
      suppressions: [
        { ruleId: 'cemr12.equal-service', reason: 'varor utan personal på plats', loc: { block: 1, line: 1 } },
      ],
    });
    const r = lint(d);
    expect(r.findings.map((f) => f.ruleId)).not.toContain('cemr12.equal-service');
    expect(r.coverage).toContainEqual({
      ruleId: 'cemr12.equal-service',
      status: 'suppressed',
      reason: 'varor utan personal på plats',
      location: { block: 1, line: 1 },
    });
  });

  it('reports a suppression of a rule that is covered anyway as unused', () => {
    const d = doc(['Leverantören ska ha föräldraledighet.'], {
      suppressions: [{ ruleId: 'diskrl3.parenthood', reason: 'behövs inte', loc: { block: 1, line: 1 } }],
    });
    const r = lint(d);
    expect(r.coverage.find((c) => c.ruleId === 'diskrl3.parenthood')?.status).toBe('covered');
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'diskrl3.parenthood',
        kind: 'suppression',
        severity: 'warning',
        location: { block: 1, line: 1 },
      }),
    );
  });

  it('reports an unused suppression even when the reader could not say where it stands', () => {
    const d = doc(['Leverantören ska ha föräldraledighet.'], {
      suppressions: [{ ruleId: 'diskrl3.parenthood', reason: 'x' }],
    });
    expect(
      lint(d)
        .findings.filter((f) => f.kind === 'suppression')
        .map((f) => f.ruleId),
    ).toEqual(['diskrl3.parenthood']);
  });

  it('warns about a suppression naming no known rule, or giving no reason, and checks the rule as usual', () => {
    const d = doc(['Tomt.'], {
      suppressions: [
        { ruleId: 'diskrl3.parenthod', reason: 'stavfel', loc: { block: 1 } },
        { ruleId: 'diskrl3.pay', reason: ' ', loc: { block: 1 } },
      ],
    });
    const r = lint(d);
    const kinds = r.findings.map((f) => `${f.ruleId}:${f.kind}`);
    expect(kinds).toContain('diskrl3.parenthod:suppression');
    expect(kinds).toContain('diskrl3.pay:suppression');
    expect(kinds).toContain('diskrl3.pay:missing');
  });

  it('applies config overrides by glob: severities, off and suppressions with reasons', () => {
    const resolve = settingsResolver(
      {
        rules: { 'diskrl3.pay': 'error' },
        overrides: [
          {
            files: ['varor/**'],
            rules: { 'diskrl3.pay': 'off' },
            suppress: { 'cemr12.equal-service': 'Varuupphandling' },
          },
        ],
      },
      '/proj',
    );
    const goods = lint(doc(['Tomt.']), { settings: resolve('/proj/varor/skruv.md') });
    expect(goods.findings.map((f) => f.ruleId)).toEqual(['diskrl3.parenthood']);
    // A config suppression has no place in the document, so no location.
    expect(goods.coverage).toEqual([
      { ruleId: 'cemr12.equal-service', status: 'suppressed', reason: 'Varuupphandling' },
    ]);

    const services = lint(doc(['Tomt.']), { settings: resolve('/proj/tjanster/stad.md') });
    expect(services.findings.find((f) => f.ruleId === 'diskrl3.pay')?.severity).toBe('error');
    expect(services.findings.map((f) => f.ruleId)).toContain('cemr12.equal-service');
  });

  it('does not report a config suppression as unused: it covers many files', () => {
    const r = lint(doc(['Likvärdig service ska ges.']), {
      settings: { severity: {}, suppress: { 'cemr12.equal-service': 'x' } },
    });
    expect(r.findings.filter((f) => f.kind === 'suppression')).toEqual([]);
    expect(r.coverage.find((c) => c.ruleId === 'cemr12.equal-service')?.status).toBe('covered');
  });

  it('lets a suppression of a rule from a pack not selected in this run pass quietly', () => {
    const d = doc(['Tomt.'], { suppressions: [{ ruleId: 'kommun.extra', reason: 'x', loc: { block: 1 } }] });
    expect(lint(d).findings.map((f) => f.ruleId)).not.toContain('kommun.extra');
  });

  it('checks nothing of a rule set to off, not even its suppressions', () => {
    const d = doc(['Tomt.'], { suppressions: [{ ruleId: 'diskrl3.pay', reason: 'x', loc: { block: 1 } }] });
    const r = lint(d, { settings: { severity: { 'diskrl3.pay': 'off' }, suppress: {} } });
    expect([...r.findings, ...r.coverage].map((x) => x.ruleId)).not.toContain('diskrl3.pay');
  });
});
