// The eForms fields a contract notice should set when the tender holds gender-equality
// requirements: one definition, used by the JSON output and by the authority's annex.
import { slot } from './labels.js';
import type { Appendix } from './model.js';

/** The eForms fields a tender with gender-equality requirements should set. */
export interface EformsFields {
  /** BT-06 Strategic procurement: social objective. */
  'BT-06': 'soc-obj';
  /** BT-775 Social procurement: gender equality. */
  'BT-775': 'gen-eq';
  /** BT-777 Strategic procurement description. */
  'BT-777': string;
}

/** The fields for an appendix, or null when it asks nothing of the supplier (nothing to announce). */
export function eformsFields(a: Appendix): EformsFields | null {
  const titles = a.groups.flatMap((g) => g.clauses.map((c) => c.title));
  if (titles.length === 0) return null;
  return {
    'BT-06': 'soc-obj',
    'BT-775': 'gen-eq',
    'BT-777': slot(a.labels.eformsDescription, { titles: titles.join('; ') }),
  };
}
