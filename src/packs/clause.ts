// Which clause of a rule a level uses: one answer for generate, lint and `rules show`.
import { LEVELS, type Clause, type Level, type Rule } from '../types.js';

/**
 * The clause a rule uses at `level`, and the level it comes from: the next lower level the rule
 * has when it lacks the asked one (`leading` → `advanced`). generate and lint both use this, so a
 * suggestion is always the clause an appendix at that level would hold. Undefined when the rule
 * starts above `level` (an award criterion only the leading level asks for): it has no clause there.
 */
export function clauseFor(rule: Rule, level: Level = 'base'): { clause: Clause; level: Level } | undefined {
  for (let i = LEVELS.indexOf(level); i >= 0; i--) {
    const l = LEVELS[i]!;
    const clause = rule.levels[l];
    if (clause) return { clause, level: l };
  }
  return undefined;
}

/** The clause a rule uses at `level` (see clauseFor), or undefined when the rule starts above it. */
export function clauseAt(rule: Rule, level: Level = 'base'): Clause | undefined {
  return clauseFor(rule, level)?.clause;
}

/** The lowest level a rule has, and its clause: where a rule starts. */
export function firstClause(rule: Rule): { clause: Clause; level: Level } {
  for (const l of LEVELS) {
    const clause = rule.levels[l];
    if (clause) return { clause, level: l };
  }
  throw new Error(`rule ${rule.id} has no level`);
}

/** The clause at `level`, or where the rule starts when that is higher (for listings and reports). */
export function clauseOrFirst(rule: Rule, level: Level = 'base'): Clause {
  return clauseAt(rule, level) ?? firstClause(rule).clause;
}
