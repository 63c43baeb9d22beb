// Loads rules/indicators.yaml (or an officer's own file with the same schema): which indicators
// a contract's clauses ask for, and what the contract says happens when one is not met.
import { moreProblems, ProblemsError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import { BUILTIN_INDICATORS, checkIndicatorSource } from '../packs/indicators.js';
import type { Lang, Level } from '../types.js';
import type { IndicatorDef, IndicatorSet, Target } from './types.js';

export { BUILTIN_INDICATORS } from '../packs/indicators.js';

/** Loads an indicator file. Throws a ProblemsError with every problem, each at its position. */
export async function loadIndicators(
  file: string = BUILTIN_INDICATORS,
  lang: Lang = 'sv',
  shown: string = file,
): Promise<IndicatorSet> {
  const source = readUserFile(file, { shown, lang, maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes }).toString('utf8');
  const { set, problems } = await checkIndicatorSource(shown, source, lang);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !set) throw new ProblemsError(errors, moreProblems(lang));
  return set;
}

/** An indicator a contract asks for, with the target its clause sets (if any). */
export interface AskedIndicator {
  def: IndicatorDef;
  /** The rules of the contract that ask for it. */
  rules: string[];
  target?: Target;
}

/**
 * The indicators a contract's rules ask for, in the file's order. A rule asks when the contract
 * holds it at one of the link's levels; the register's targets add to or replace the clauses'.
 */
export function askedIndicators(
  set: IndicatorSet,
  rules: ReadonlyArray<{ id: string; level: Level }>,
  targets: Record<string, Target>,
): AskedIndicator[] {
  const levelOf = new Map(rules.map((r) => [r.id, r.level]));
  const out: AskedIndicator[] = [];
  for (const def of set.indicators) {
    const links = def.rules.filter((l) => {
      const level = levelOf.get(l.rule);
      return level !== undefined && (!l.levels || l.levels.includes(level));
    });
    if (links.length === 0) continue;
    const clauseTarget = links.find((l) => l.target)?.target;
    const target = targets[def.id] ?? clauseTarget;
    out.push({ def, rules: [...new Set(links.map((l) => l.rule))], ...(target ? { target } : {}) });
  }
  return out;
}
