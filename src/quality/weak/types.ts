// The shape of a weak-requirement pack (rules/weak.yaml, `kind: weak`): plain data, so it can be
// cached as JSON and cross to worker threads. How each check works is code (kinds.ts).
import type { Lang, Severity, Text } from '../../types.js';

/** The check kinds there are: how a check judges a requirement (see kinds.ts). */
export const WEAK_CHECK_KINDS = ['wish', 'verification', 'corporate', 'follow-up'] as const;
export type WeakCheckKind = (typeof WEAK_CHECK_KINDS)[number];

/** Terms per language, in the evidence term syntax. */
export type TermLists = Record<Lang, string[]>;

/** One check: what it is called and says, how severe, the kind that runs it and the words it reads. */
export interface WeakCheckSpec {
  /** Pack prefix + slug, e.g. `weak.wish`: set in the config like any rule id. */
  id: string;
  check: WeakCheckKind;
  severity: Severity;
  title: Text;
  /** Why it matters and what to do (rule metadata for SARIF, `rules show`). */
  help: Text;
  /** The finding's message: `{titles}`, `{term}`, `{unit}`. */
  message: Text;
  /** What to write instead: `{term}`. */
  suggestion: Text;
  /** The word lists the kind reads, by the names it gives them. */
  terms: Record<string, TermLists>;
  /** A wish word and the duty word that replaces it in the suggestion (kind `wish`). */
  rewrites?: Record<string, string>;
  examples: { flag: Record<Lang, string[]>; ok: Record<Lang, string[]> };
}

export interface WeakPack {
  id: string;
  /** Every check id starts with `${prefix}.`. */
  prefix: string;
  version: string;
  title: Text;
  description?: Text;
  checks: WeakCheckSpec[];
  /** The file the pack was loaded from. */
  file: string;
}
