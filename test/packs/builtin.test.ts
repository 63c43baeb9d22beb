// The built-in catalogue: schema-valid, the fixed ids, and every example agreeing with the matcher.
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, loadCatalogue, validatePacks } from '../../src/packs/index.js';
import { builtinPackPath } from '../../src/packs/builtin.js';
import { runExamples } from '../../src/packs/examples.js';
import { LEVELS } from '../../src/types.js';
import { newSession } from '../match/session.js';

const session = newSession();

const CEMR = [
  'cemr12.gender-analysis',
  'cemr12.equal-service',
  'cemr12.service-method',
  'cemr12.contract-terms',
  'cemr12.performance-conditions',
  'cemr12.subcontractors',
  'cemr12.same-responsibility',
  'cemr12.follow-up',
  'cemr12.product-fit',
  'cemr12.user-testing',
  'cemr12.public-space-safety',
  'cemr12.equal-access-works',
  'cemr12.procurement-competence',
];
const DISKRL = [
  'diskrl3.active-measures',
  'diskrl3.working-conditions',
  'diskrl3.pay',
  'diskrl3.pay-survey',
  'diskrl3.recruitment-promotion',
  'diskrl3.training',
  'diskrl3.parenthood',
  'diskrl3.gender-balance',
  'diskrl3.harassment',
  'diskrl3.documentation',
];

describe('the built-in packs', async () => {
  const catalogue = await loadCatalogue();

  it('validate against the schema with no problems', async () => {
    expect(await validatePacks(BUILTIN_PACKS.map(builtinPackPath))).toEqual([]);
  });

  it('hold exactly the fixed rule ids, in order', () => {
    expect(catalogue.rules.map((r) => r.id)).toEqual([...CEMR, ...DISKRL]);
  });

  it('make procurement competence the only authority-scope rule', () => {
    expect(catalogue.rules.filter((r) => r.scope === 'authority').map((r) => r.id)).toEqual([
      'cemr12.procurement-competence',
    ]);
  });

  it.each(catalogue.rules.map((r) => [r.id, r] as const))('%s has enough examples in both languages', (_id, rule) => {
    expect(rule.examples.pass.sv.length).toBeGreaterThanOrEqual(3);
    expect(rule.examples.fail.sv.length).toBeGreaterThanOrEqual(3);
    expect(rule.examples.pass.en.length).toBeGreaterThanOrEqual(1);
    expect(rule.examples.fail.en.length).toBeGreaterThanOrEqual(1);
    expect(
      rule.examples.pass.sv.some((s) => /:\n- /.test(s)),
      'a list item under a lead-in',
    ).toBe(true);
  });

  it.each(catalogue.rules.map((r) => [r.id, r] as const))(
    '%s says what counts as asking for it, in both languages',
    (_id, rule) => {
      expect(rule.definition?.sv.length).toBeGreaterThan(40);
      expect(rule.definition?.en.length).toBeGreaterThan(40);
    },
  );

  it.each(catalogue.rules.map((r) => [r.id, r] as const))('%s: every example agrees with the matcher', (_id, rule) => {
    const wrong = runExamples([rule], session).filter((o) => !o.ok);
    expect(wrong.map((o) => `${o.expect} [${o.lang}] ${o.text}`)).toEqual([]);
  });

  it('never puts a workforce requirement in qualification, where LOU 14–15 kap. do not allow it', () => {
    for (const rule of catalogue.rules.filter((r) => r.pack === 'diskrl-3kap')) {
      for (const level of LEVELS) expect(rule.levels[level]?.kind ?? 'none').not.toBe('qualification');
    }
  });

  it('gives every award criterion an evaluation with a scoring guide', () => {
    for (const rule of catalogue.rules) {
      for (const level of LEVELS) {
        const clause = rule.levels[level];
        if (clause?.kind === 'award-criterion') expect(clause.evaluation?.guide.sv, `${rule.id} ${level}`).toBeTruthy();
      }
    }
  });
});
