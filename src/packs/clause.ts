// Which clause of a rule a level uses: one answer for generate, lint and `rules show`.
import { LEVELS, type Clause, type Level, type Rule } from '../types.js';

/**
 * The clause a rule uses at `level`, and the level it comes from: the next lower level the rule
 * has when it lacks the asked one (`leading` → `advanced`). generate and lint both use this, so a
 * suggestion is always the clause an appendix at that level would hold.
 */
export function clauseFor(rule: Rule, level: Level = 'base'): { clause: Clause; level: Level } {
  for (let i = LEVELS.indexOf(level); i >= 0; i--) {
    const l = LEVELS[i]!;
    const clause = rule.levels[l];
    if (clause) return { clause, level: l };
  }
  return { clause: rule.levels.base, level: 'base' };
}

/** The clause a rule uses at `level` (see clauseFor). */
export function clauseAt(rule: Rule, level: Level = 'base'): Clause {
  return clauseFor(rule, level).clause;
}
