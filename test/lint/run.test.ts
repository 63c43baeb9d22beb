// lintFiles end to end in-process: real readers and matcher, a hand-built catalogue.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { exitCodeFor, lintFiles } from '../../src/lint/index.js';
import { CATALOGUE, tree } from './helpers.js';

// Each requirement says how it is verified, and follow-up is planned: no weak findings either.
const COMPLETE = [
  '# Krav på leverantören',
  '',
  'Leverantören ska ha rutiner för föräldraledighet och redovisa dem på begäran.',
  '',
  'Leverantören ska årligen göra en lönekartläggning och redovisa den på begäran.',
  '',
  'Leverantören ska ge likvärdig service till alla och redovisa hur på begäran.',
  '',
  'Beställaren följer upp kraven varje år.',
  '',
].join('\n');

describe('lintFiles', () => {
  it('lints every document and gives the JSON contract shape', async () => {
    const root = tree({ 'komplett.md': COMPLETE, 'tom.txt': 'Leverantören ska städa lokalerna varje vecka.\n' });
    const r = await lintFiles({ cwd: root, catalogue: CATALOGUE, workers: 0 });
    expect(r.version).toBe(1);
    expect(r.files.map((f) => [f.path, f.format, f.lang, f.error])).toEqual([
      ['komplett.md', 'markdown', 'sv', null],
      ['tom.txt', 'text', 'sv', null],
    ]);
    expect(r.files[0]!.findings).toEqual([]);
    expect(r.files[0]!.coverage.map((c) => [c.ruleId, c.status, c.location?.line])).toEqual([
      ['diskrl3.parenthood', 'covered', 3],
      ['diskrl3.pay', 'covered', 5],
      ['cemr12.equal-service', 'covered', 7],
    ]);
    expect(r.files[1]!.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual([
      'diskrl3.parenthood:error',
      'diskrl3.pay:warning',
      'cemr12.equal-service:info',
    ]);
    expect(r.summary).toEqual({ files: 2, errors: 1, warnings: 1, infos: 1 });
    expect(r.rules.map((x) => x.id)).not.toContain('cemr12.follow-up');
  });

  it('lints the good files when one is bad, and marks the bad one with an error', async () => {
    const root = tree({ 'a.md': COMPLETE, 'b.md': '', 'c.docx': 'inte ett zip-arkiv', 'd.md': COMPLETE });
    const r = await lintFiles({ cwd: root, catalogue: CATALOGUE, workers: 0 });
    expect(r.files.map((f) => [f.path, f.error === null])).toEqual([
      ['a.md', true],
      ['b.md', false],
      ['c.docx', false],
      ['d.md', true],
    ]);
    expect(r.files[3]!.coverage).toHaveLength(3);
    expect(exitCodeFor(r.files, 'error')).toBe(2);
  });

  it('applies --rule and --exclude, and the config by glob', async () => {
    const root = tree({
      'jamkrav.config.yaml':
        'overrides:\n  - files: ["varor/**"]\n    suppress:\n      cemr12.equal-service: Varor utan personal\n',
      'varor/skruv.md': 'Leverantören ska leverera skruv.\n',
    });
    const only = await lintFiles({ cwd: root, catalogue: CATALOGUE, workers: 0, rules: ['cemr12.*'] });
    expect(only.files[0]!.findings).toEqual([]);
    expect(only.files[0]!.coverage).toEqual([
      { ruleId: 'cemr12.equal-service', status: 'suppressed', reason: 'Varor utan personal' },
    ]);
    const without = await lintFiles({ cwd: root, catalogue: CATALOGUE, workers: 0, exclude: ['diskrl3.pay'] });
    expect(without.files[0]!.findings.map((f) => f.ruleId)).toEqual(['diskrl3.parenthood']);
  });

  it('reads suppressions written in a Markdown document', async () => {
    const root = tree({ 'a.md': `${COMPLETE}\n<!-- jamkrav-disable diskrl3.pay -- finns redan i ramavtalet -->\n` });
    const r = await lintFiles({ cwd: root, catalogue: CATALOGUE, workers: 0 });
    // diskrl3.pay is covered anyway, so its suppression is unused.
    expect(r.files[0]!.findings).toEqual([expect.objectContaining({ ruleId: 'diskrl3.pay', kind: 'suppression' })]);
  });

  it("reads suppressions written as Word comments (the readers' fixture)", async () => {
    const fixture = join(__dirname, '../fixtures/documents/docx-comment-suppression.docx');
    const r = await lintFiles({
      cwd: join(fixture, '..'),
      paths: ['docx-comment-suppression.docx'],
      catalogue: CATALOGUE,
      workers: 0,
    });
    const file = r.files[0]!;
    expect(file.format).toBe('docx');
    expect(file.coverage).toContainEqual({
      ruleId: 'diskrl3.pay',
      status: 'suppressed',
      reason: 'lönekartläggning krävs i avtalet',
      location: { block: 2 },
    });
    // The comment also names cemr12 rules that do not exist in this catalogue: worth a warning.
    expect(file.findings.filter((f) => f.kind === 'suppression').map((f) => f.ruleId)).toEqual([
      'cemr12.training',
      'cemr12.parental',
    ]);
  });

  it(
    'fails when the paths named hold no document, ' + 'naming where it looked; with no paths, says so and goes on',
    async () => {
      const root = tree({ 'bild.png': '' });
      const e = await lintFiles({ cwd: root, paths: ['.'], catalogue: CATALOGUE, workers: 0 }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).toLine()).toBe(
        '.: inga dokument hittades (letade efter .docx .odt .pdf .md .markdown .txt i .)',
      );
      const none = await lintFiles({ cwd: root, catalogue: CATALOGUE, workers: 0 });
      expect(none.files).toEqual([]);
      expect(none.notices).toEqual(['inga dokument hittades (letade efter .docx .odt .pdf .md .markdown .txt i .)']);
    },
  );

  it('rejects a --rule that matches no rule', async () => {
    const root = tree({ 'a.md': COMPLETE });
    await expect(lintFiles({ cwd: root, catalogue: CATALOGUE, rules: ['diskrl3.nope'] })).rejects.toThrow(
      /inga regler matchar diskrl3.nope/,
    );
  });
});

describe('exitCodeFor', () => {
  const file = (severities: ('error' | 'warning' | 'info')[]) => ({
    path: 'a.md',
    format: 'markdown' as const,
    lang: 'sv' as const,
    coverage: [],
    error: null,
    findings: severities.map((severity) => ({ ruleId: 'x.y', kind: 'missing' as const, severity, message: '' })),
  });
  it('follows --fail-on and --max-warnings', () => {
    expect(exitCodeFor([file(['warning'])], 'error')).toBe(0);
    expect(exitCodeFor([file(['warning'])], 'warning')).toBe(1);
    expect(exitCodeFor([file(['info'])], 'info')).toBe(1);
    expect(exitCodeFor([file(['error'])], 'never')).toBe(0);
    expect(exitCodeFor([file(['warning', 'warning'])], 'never', 1)).toBe(1);
    expect(exitCodeFor([file(['warning'])], 'never', 1)).toBe(0);
  });
});
