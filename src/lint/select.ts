// `--rule` / `--exclude`: which rules a run reports, requirement and writing-quality rules alike.
import picomatch from 'picomatch';
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import type { Lang, Rule } from '../types.js';

const T = {
  sv: 'inga regler matchar {pattern} (se `jamkrav rules list`)',
  en: 'no rule matches {pattern} (see `jamkrav rules list`)',
} as const;

/** The patterns of `--rule` (only these; none means all) and `--exclude` (never these). */
export interface RulePatterns {
  only: readonly string[];
  exclude: readonly string[];
}

/**
 * A test for whether a rule id is reported: it matches `only` (ids or globs such as
 * `diskrl3.*`), when given, and not `exclude`. Compiled once; plain patterns cross to workers.
 */
export function ruleFilter(patterns: RulePatterns): (id: string) => boolean {
  const keep = patterns.only.length > 0 ? picomatch([...patterns.only]) : () => true;
  const drop = patterns.exclude.length > 0 ? picomatch([...patterns.exclude]) : () => false;
  return (id) => keep(id) && !drop(id);
}

/** Throws a usage error for a pattern in `only` that matches none of `ids`: almost always a typo. */
export function checkRulePatterns(ids: readonly string[], only: readonly string[], lang: Lang, flag = '--rule'): void {
  for (const pattern of only) {
    const isMatch = picomatch(pattern);
    if (!ids.some((id) => isMatch(id))) throw new UserError(flag, fmt(lang, T, { pattern }));
  }
}

/** A test for `--explain` patterns; none, no rule. */
export function explainFilter(patterns: readonly string[]): (id: string) => boolean {
  return patterns.length > 0 ? picomatch([...patterns]) : () => false;
}

/**
 * The supplier-scope rules a run checks: all of them, or those matching `only`, minus those
 * matching `exclude`. A pattern in `only` that matches no rule is a usage error.
 */
export function selectRules(
  rules: readonly Rule[],
  only: readonly string[],
  exclude: readonly string[],
  lang: Lang,
): Rule[] {
  checkRulePatterns(
    rules.map((r) => r.id),
    only,
    lang,
  );
  const reported = ruleFilter({ only, exclude });
  return rules.filter((r) => r.scope === 'supplier' && reported(r.id));
}
