// Which rules fit a tender: its contract type (services, goods, works) and, where the tender
// names one, its sector. generate, batch and lint all ask this one function.
import type { Rule, Sector, TenderType } from '../types.js';

/** What a tender says about itself that decides which rules fit it. */
export interface TenderFit {
  /** Default `services`: the contracts the built-in packs were first written for. */
  type?: TenderType;
  /** When absent, a rule that names sectors still fits (the officer has not said otherwise). */
  sector?: Sector;
}

/** The contract type assumed when a tender names none. */
export const DEFAULT_TENDER_TYPE: TenderType = 'services';

/**
 * Whether a rule fits the tender: its `types` include the tender's type (a rule without `types`
 * fits every type), and its `sectors`, when it names any, include the tender's sector if the
 * tender names one.
 */
export function fitsTender(rule: Rule, fit: TenderFit = {}): boolean {
  const type = fit.type ?? DEFAULT_TENDER_TYPE;
  if (rule.types && !rule.types.includes(type)) return false;
  if (rule.sectors && fit.sector && !rule.sectors.includes(fit.sector)) return false;
  return true;
}
