// A weak pack made ready to run: each check with its kind and its word lists compiled. Built once
// per run (and once per worker thread) by whoever loads the pack, then shared by every document.
import { LANGS } from '../../types.js';
import { compileTerms, TermList } from '../terms.js';
import { CHECK_KINDS, type CheckKind } from './kinds.js';
import type { TermLists, WeakCheckSpec, WeakPack } from './types.js';

export interface CompiledCheck {
  spec: WeakCheckSpec;
  kind: CheckKind;
  /** Both languages' terms in one list per name: a Swedish tender may quote English and vice versa. */
  terms: ReadonlyMap<string, TermList>;
}

export interface WeakChecks {
  pack: WeakPack;
  checks: readonly CompiledCheck[];
}

/**
 * Compiles every check's lists. Equal lists (one list shared by two checks through a YAML anchor)
 * become one compiled list, so the per-list memo of first words (terms.ts) is shared too.
 * @throws EvidenceError for a term the evidence grammar rejects (a loaded pack has none)
 */
export function compileWeakPack(pack: WeakPack): WeakChecks {
  const seen = new Map<string, TermList>();
  const compile = (lists: TermLists): TermList => {
    const key = JSON.stringify(lists);
    let list = seen.get(key);
    if (!list) {
      list = new TermList(LANGS.flatMap((lang) => compileTerms(lists[lang], lang).terms));
      seen.set(key, list);
    }
    return list;
  };
  const checks = pack.checks.map((spec): CompiledCheck => {
    const kind = CHECK_KINDS[spec.check];
    return {
      spec,
      kind,
      terms: new Map(kind.lists.map((name) => [name, compile(spec.terms[name] ?? { sv: [], en: [] })])),
    };
  });
  return { pack, checks };
}
