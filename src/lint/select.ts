// `--rule` / `--exclude`: which rules of the catalogue a run checks.
import picomatch from 'picomatch';
import { UserError } from '../errors.js';
import type { Lang, Rule } from '../types.js';

const T = {
  sv: 'inga regler matchar {pattern} (se `jamkrav rules list`)',
  en: 'no rule matches {pattern} (see `jamkrav rules list`)',
} as const;

/**
 * The supplier-scope rules a run checks: all of them, or those matching `only` (ids or globs
 * such as `diskrl3.*`), minus those matching `exclude`. A pattern in `only` that matches no
 * rule is a usage error, since it is almost always a typo.
 */
export function selectRules(rules: readonly Rule[], only: readonly string[], exclude: readonly string[], lang: Lang): Rule[] {
  const supplier = rules.filter((r) => r.scope === 'supplier');
  for (const pattern of only) {
    const isMatch = picomatch(pattern);
    if (!rules.some((r) => isMatch(r.id))) throw new UserError('--rule', T[lang].replace('{pattern}', pattern));
  }
  const keep = only.length > 0 ? picomatch([...only]) : () => true;
  const drop = exclude.length > 0 ? picomatch([...exclude]) : () => false;
  return supplier.filter((r) => keep(r.id) && !drop(r.id));
}
