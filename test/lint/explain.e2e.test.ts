// `jamkrav lint FILE --explain RULE`: a verdict an officer can check by hand, and the same in JSON.
import { describe, expect, it } from 'vitest';
import { jamkrav } from '../cli/run.js';
import { tree } from './helpers.js';

const TENDER = [
  '# 5 Särskilda kontraktsvillkor',
  '',
  '5.1 Leverantören ska ha rutiner för föräldraledighet för den personal som utför uppdraget.',
  '',
  '5.2 Kommunen ska själv följa upp sina egna avtal.',
  '',
].join('\n');

describe('lint --explain', () => {
  const dir = tree({ 'anbud.md': TENDER });

  it('says where a covered rule stands, whom it binds and where each concept came from', () => {
    const r = jamkrav(['lint', 'anbud.md', '--explain', 'diskrl3.parenthood', '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('diskrl3.parenthood');
    expect(r.stdout).toContain('täcks: rad 3');
    expect(r.stdout).toContain(
      '«5.1 Leverantören ska ha rutiner för föräldraledighet för den personal som utför uppdraget.»',
    );
    expect(r.stdout).toContain('binder leverantören: skyldighet («ska»)');
    expect(r.stdout).toContain('föräldraledig* → föräldraledighet (i stycket)');
  });

  it('shows the passages closest to a missing rule, and why they do not count', () => {
    const r = jamkrav(['lint', 'anbud.md', '--explain', 'cemr12.follow-up', '--lang', 'en', '--fail-on', 'never'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/cemr12\.follow-up .*\n {4}missing\. Closest:/);
    expect(r.stdout).toContain('"5.2 Kommunen ska själv följa upp sina egna avtal."');
    expect(r.stdout).toContain('binds the authority: its own duty');
  });

  it('puts the same in JSON: coverage[].evidence, and near misses on the missing finding', () => {
    const r = jamkrav(['lint', 'anbud.md', '--format', 'json', '--explain', 'cemr12.follow-up', '--fail-on', 'never'], {
      cwd: dir,
    });
    const file = JSON.parse(r.stdout).files[0];
    const covered = file.coverage.find((c: { ruleId: string }) => c.ruleId === 'diskrl3.parenthood');
    expect(covered.evidence).toMatchObject({ party: 'supplier', force: 'duty', trigger: 'ska' });
    expect(covered.evidence.concepts[0]).toEqual({ term: 'föräldraledig*', word: 'föräldraledighet', from: 'unit' });
    const missing = file.findings.find((f: { ruleId: string }) => f.ruleId === 'cemr12.follow-up');
    expect(missing.nearMisses[0]).toMatchObject({ party: 'authority', force: 'own-duty', reason: 'concept' });
  });

  it('refuses a rule that does not exist, in one line', () => {
    const r = jamkrav(['lint', 'anbud.md', '--explain', 'diskrl3.nosuch'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--explain');
  });
});
