// The eval scorer on a hand-made report: every way a pair can be counted (covered, missing,
// absent file, file error, rule error, excluded rule), worked out by hand below.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  comparePredictions,
  fileLevelError,
  LabelsError,
  parseLabels,
  scoreReport,
  summaryLine,
} from '../../bench/eval/score.mjs';

const LABELS = `
schema: jamkrav-eval-labels/1
lintable_rules: [x.a, x.b, x.c]
excluded_rules: [x.comp]
documents:
  d1-covered-a:
    lang: sv
    format: md
    covered: [x.a]
  d2-mixed:
    lang: en
    format: pdf
    covered: [x.a, x.b]
    notes:
      x.b: "Covered: 'the same applies to any subcontractor'."
  d3-absent:
    lang: sv
    format: txt
    covered: []
  d4-file-error:
    lang: en
    format: docx-lo
    covered: [x.c]
  d5-rule-error:
    lang: sv
    format: odt
    covered: []
`;

const missing = (ruleId: string) => ({ ruleId, kind: 'missing', severity: 'error', message: '' });

const REPORT = {
  version: 1,
  files: [
    // a weak finding is not "missing", so x.a counts as covered; x.comp is excluded and ignored
    {
      path: '../tmp/c/d1-covered-a.md',
      findings: [missing('x.b'), missing('x.c'), missing('x.comp'), { ruleId: 'x.a', kind: 'weak' }],
      error: null,
    },
    // x.b reported missing although asked for (false gap), x.c not reported although missing (missed gap)
    {
      path: '/tmp/c/d2-mixed.pdf',
      findings: [missing('x.b')],
      coverage: [{ ruleId: 'x.c', status: 'covered', location: { block: 3, heading: 'Subcontractors' } }],
      error: null,
    },
    // d3 is not in the report at all
    { path: 'd4-file-error.docx', findings: [missing('x.a')], error: 'cannot read the file' },
    {
      path: 'd5-rule-error.odt',
      findings: [{ ruleId: 'x.a', kind: 'error', message: 'matcher failed' }, missing('x.b'), missing('x.c')],
    },
    { path: 'unlabelled.md', findings: [] },
  ],
};

describe('scoreReport', () => {
  const s = scoreReport(parseLabels(LABELS), REPORT);

  it('counts every (document, lintable rule) pair the way the shared scorer does', () => {
    const o = s.overall;
    expect([o.docs, o.pairs, o.positives, o.negatives]).toEqual([5, 15, 4, 11]);
    // correct: d1 3, d2 1 (x.a), d3 0, d4 0, d5 2 (x.b, x.c)
    expect(o.correct).toBe(6);
    expect(o.accuracy).toBeCloseTo(6 / 15);
    // reported gaps: d1 x.b x.c, d2 x.b, d4 x.c (error → opposite of truth), d5 x.b x.c
    expect([o.reported, o.caught]).toEqual([6, 4]);
    expect(o.recallMissing).toBeCloseTo(4 / 11);
    expect(o.precisionMissing).toBeCloseTo(4 / 6);
    // asked for: d1 x.a found, d2 x.a found, d2 x.b false gap, d4 x.c file error
    expect([o.coveredFound, o.coveredRecall]).toEqual([2, 0.5]);
    expect(s.pass).toBe(false);
    expect(summaryLine(o)).toBe(
      'accuracy=0.400 recall_missing=0.364 precision_missing=0.667 covered_recall=0.500 (2/4) pairs=15',
    );
  });

  it('splits the errors per rule into missed gaps, false gaps and errors', () => {
    const byRule = Object.fromEntries(s.perRule.map((r) => [r.rule, r]));
    expect(byRule['x.a']).toMatchObject({
      positives: 2,
      negatives: 3,
      missed: 0,
      falseGaps: 0,
      errors: 3,
      coveredRecall: 1,
    });
    expect(byRule['x.b']).toMatchObject({
      positives: 1,
      negatives: 4,
      missed: 0,
      falseGaps: 1,
      errors: 2,
      coveredRecall: 0,
    });
    expect(byRule['x.c']).toMatchObject({
      positives: 1,
      negatives: 4,
      missed: 1,
      falseGaps: 0,
      errors: 2,
      coveredRecall: 0,
    });
  });

  it('groups per format and language', () => {
    expect(s.perFormat.map((f) => [f.format, f.docs, f.correct])).toEqual([
      ['docx-lo', 1, 0],
      ['md', 1, 3],
      ['odt', 1, 2],
      ['pdf', 1, 1],
      ['txt', 1, 0],
    ]);
    expect(s.perLang.map((l) => [l.lang, l.docs, l.pairs, l.correct])).toEqual([
      ['en', 2, 6, 1],
      ['sv', 3, 9, 5],
    ]);
  });

  it('lists each wrong pair with its note, and says why a document failed', () => {
    expect(s.wrong).toHaveLength(9);
    expect(s.wrong.find((w) => w.id === 'd2-mixed' && w.rule === 'x.b')).toMatchObject({
      expected: 'covered',
      got: 'missing',
      note: "Covered: 'the same applies to any subcontractor'.",
    });
    expect(s.wrong.find((w) => w.id === 'd2-mixed' && w.rule === 'x.c')).toMatchObject({
      expected: 'missing',
      got: 'covered',
      at: 'block 3, "Subcontractors"',
    });
    expect(s.wrong.filter((w) => w.id === 'd3-absent').map((w) => w.got)).toEqual(['absent', 'absent', 'absent']);
    expect(s.wrong.filter((w) => w.id === 'd4-file-error').map((w) => w.got)).toEqual(['error', 'error', 'error']);
    expect(s.wrong.filter((w) => w.id === 'd5-rule-error').map((w) => w.rule)).toEqual(['x.a']);
    expect(s.perDoc.find((d) => d.id === 'd4-file-error')).toMatchObject({
      fail: 'error',
      detail: 'cannot read the file',
    });
    expect(s.ignoredRules).toEqual(['x.comp']);
    expect(s.warnings).toEqual(['report file unlabelled.md has no label entry (ignored)']);
  });

  it('counts every document as absent when the report is not a report', () => {
    const none = scoreReport(parseLabels(LABELS), null);
    expect(none.overall.correct).toBe(0);
    expect(none.perDoc.every((d) => d.fail === 'absent')).toBe(true);
  });
});

// The figures must be the shared scorer's own; where the shared corpus sits beside the project,
// its score.mjs reads the same labels and report and must print the same last line.
const SHARED_SCORER = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'tenders', 'score.mjs');

describe.skipIf(!existsSync(SHARED_SCORER))('agreement with the shared score.mjs', () => {
  it('prints the same summary line for the same labels and report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-eval-score-'));
    try {
      writeFileSync(join(dir, 'labels.yaml'), LABELS);
      writeFileSync(join(dir, 'report.json'), JSON.stringify(REPORT));
      const r = spawnSync(
        process.execPath,
        [SHARED_SCORER, join(dir, 'report.json'), '--labels', join(dir, 'labels.yaml'), '--quiet'],
        { encoding: 'utf8' },
      );
      expect(r.stdout.trim().split('\n').pop()).toBe(summaryLine(scoreReport(parseLabels(LABELS), REPORT).overall));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('comparePredictions', () => {
  it('lists the pairs a second reading of the same documents changes', () => {
    const source = { files: [...REPORT.files.slice(0, 1), { path: 'd2-mixed.md', findings: [missing('x.c')] }] };
    const changes = comparePredictions(parseLabels(LABELS), REPORT, source);
    const d2 = changes.filter((c) => c.id === 'd2-mixed').map((c) => [c.rule, c.built, c.source, c.truth]);
    expect(d2).toEqual([
      ['x.b', 'missing', 'covered', 'covered'],
      ['x.c', 'covered', 'missing', 'missing'],
    ]);
    expect(changes.filter((c) => c.id === 'd4-file-error').map((c) => c.source)).toEqual([
      'absent',
      'absent',
      'absent',
    ]);
  });
});

describe('fileLevelError', () => {
  it('reads the shapes the shared scorer treats as "not linted"', () => {
    expect(fileLevelError({ path: 'a', findings: [], error: null })).toBeNull();
    expect(fileLevelError({ path: 'a', errors: [{ message: 'x' }] })).toContain('x');
    expect(fileLevelError({ path: 'a', status: 'Skipped', findings: [] })).toBe('status Skipped');
    expect(fileLevelError({ path: 'a', findings: [{ kind: 'fatal', message: 'bad zip' }] })).toBe('bad zip');
  });
});

describe('parseLabels', () => {
  it('rejects labels that would silently move the figures', () => {
    expect(() => parseLabels(LABELS.replace('covered: [x.c]', 'covered: [x.d]'))).toThrow(LabelsError);
    expect(() => parseLabels(LABELS.replace('covered: [x.a]', 'covered: [x.a, x.a]'))).toThrow(/twice/);
    expect(() => parseLabels(LABELS.replace('x.b: "Covered', 'x.comp: "Covered'))).toThrow(/note for unknown rule/);
    expect(() => parseLabels(LABELS.replace('jamkrav-eval-labels/1', 'other/2'))).toThrow(/schema/);
    expect(() => parseLabels(LABELS.replace('excluded_rules: [x.comp]', 'excluded_rules: [x.a]'))).toThrow(
      /both lintable and excluded/,
    );
    expect(() => parseLabels('documents: [\n')).toThrow(/not valid YAML/);
  });
});
