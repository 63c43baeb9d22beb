// Which rules an appendix holds, at which level, and in which order.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { groupByKind, selectRules } from '../../src/generate/select.js';
import { catalogue } from '../fixtures/generate/catalogue.js';

const ids = (cs: { rule: { id: string } }[]) => cs.map((c) => c.rule.id);

describe('selectRules', () => {
  it('takes every rule at base level by default, authority rules apart', () => {
    const s = selectRules(catalogue, {}, 'sv');
    expect(s.level).toBe('base');
    expect(ids(s.supplier)).toEqual(['test.harassment', 'test.users', 'test.team', 'test.competence']);
    expect(ids(s.authority)).toEqual(['test.training']);
  });

  it('groups supplier clauses in the order of the procurement process', () => {
    const groups = groupByKind(selectRules(catalogue, {}, 'sv').supplier);
    expect(groups.map((g) => g.kind)).toEqual([
      'qualification',
      'technical-specification',
      'award-criterion',
      'special-contract-condition',
    ]);
    expect(groups.map((g) => ids(g.clauses))).toEqual([
      ['test.competence'],
      ['test.users'],
      ['test.team'],
      ['test.harassment'],
    ]);
  });

  it('uses the asked level, and the next lower one where a rule lacks it', () => {
    const s = selectRules(catalogue, { level: 'leading' }, 'sv');
    expect(s.supplier.find((c) => c.rule.id === 'test.harassment')!.level).toBe('leading');
    expect(s.supplier.find((c) => c.rule.id === 'test.users')!.level).toBe('advanced');
    expect(s.fellBack).toContain('test.users');
    expect(s.fellBack).not.toContain('test.harassment');
  });

  it('applies --rule, --exclude, --kind and --stage together', () => {
    expect(ids(selectRules(catalogue, { rules: ['test.team', 'test.users'] }, 'sv').supplier)).toEqual([
      'test.users',
      'test.team',
    ]);
    expect(ids(selectRules(catalogue, { exclude: ['test.team'] }, 'sv').supplier)).not.toContain('test.team');
    expect(ids(selectRules(catalogue, { kinds: ['award-criterion'] }, 'sv').supplier)).toEqual(['test.team']);
    const byStage = selectRules(catalogue, { stages: ['needs-analysis'] }, 'sv');
    expect(ids(byStage.supplier)).toEqual([]);
    expect(ids(byStage.authority)).toEqual(['test.training']);
  });

  it('refuses unknown rule ids, bad levels and an empty selection with a UserError', () => {
    expect(() => selectRules(catalogue, { rules: ['test.nope'] }, 'en')).toThrow(/unknown rule "test.nope"/);
    expect(() => selectRules(catalogue, { exclude: ['test.nope'] }, 'sv')).toThrow(UserError);
    expect(() => selectRules(catalogue, { level: 'top' as never }, 'en')).toThrow(/invalid value "top"/);
    expect(() => selectRules(catalogue, { kinds: ['award-criterion'], stages: ['follow-up'] }, 'en')).toThrow(
      /no rules are left/,
    );
  });
});
