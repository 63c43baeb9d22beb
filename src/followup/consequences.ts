// What the contract says happens now: the consequence steps of the rules the contract holds
// (rules/indicators.yaml, `consequences`), for the kinds of failure found, with their deadlines
// counted from a written notice sent on the check's date.
import type { IndicatorSet, ConsequenceStep, ContractRule, Failure } from './types.js';

export interface DueStep {
  step: ConsequenceStep;
  /** The rule whose clause says so. */
  rule: string;
}

/** The steps that follow the failures, in the file's order; empty when the contract names none. */
export function consequencesFor(
  set: IndicatorSet,
  rules: readonly ContractRule[],
  failures: ReadonlySet<Failure>,
): DueStep[] {
  if (failures.size === 0) return [];
  const levelOf = new Map(rules.map((r) => [r.id, r.level]));
  const out: DueStep[] = [];
  for (const c of set.consequences) {
    const level = levelOf.get(c.rule);
    if (level === undefined || (c.levels && !c.levels.includes(level))) continue;
    for (const step of c.steps) if (step.on.some((f) => failures.has(f))) out.push({ step, rule: c.rule });
  }
  return out;
}
