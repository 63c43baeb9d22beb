// Which rules go into an appendix, and at which level: the selection flags applied to a catalogue.
import { UserError } from '../errors.js';
import { KINDS, LEVELS, STAGES } from '../types.js';
import type { Catalogue, Clause, Lang, Level, RequirementKind, Rule, Stage } from '../types.js';
import { clauseFor } from '../packs/clause.js';
import { assertOneOf } from '../options.js';
import { selectRules as filterRules } from '../packs/index.js';

/** The selection flags of `generate`. */
export interface SelectOptions {
  rules?: string[];
  exclude?: string[];
  level?: Level;
  kinds?: RequirementKind[];
  stages?: Stage[];
}

/** A rule with the clause of the level used for it. */
export interface SelectedClause {
  rule: Rule;
  clause: Clause;
  /** The level the clause comes from: lower than asked when the rule lacks the asked one. */
  level: Level;
}

/** Supplier clauses (the requirements) and authority clauses (the checklist), in catalogue order. */
export interface Selection {
  level: Level;
  supplier: SelectedClause[];
  authority: SelectedClause[];
  /** Rules that have no clause at the asked level and use the next lower one. */
  fellBack: string[];
}

const MSG = {
  sv: {
    unknownRule: 'okänd regel "{value}" (se `jamkrav rules list`)',
    empty: 'inga regler återstår efter urvalet; lätta på --rule, --exclude, --kind eller --stage',
  },
  en: {
    unknownRule: 'unknown rule "{value}" (see `jamkrav rules list`)',
    empty: 'no rules are left after the selection; loosen --rule, --exclude, --kind or --stage',
  },
} as const;

function message(lang: Lang, key: keyof (typeof MSG)['sv'], values: Record<string, string>): string {
  return MSG[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}


/**
 * Applies `--rule`, `--exclude`, `--kind`, `--stage` and `--level` to a catalogue. Unknown rule ids
 * are errors (a typo would otherwise silently drop a requirement); so is an empty selection.
 */
export function selectRules(catalogue: Catalogue, opts: SelectOptions, lang: Lang): Selection {
  const level = opts.level ?? 'base';
  assertOneOf('--level', [level], LEVELS, lang);
  assertOneOf('--kind', opts.kinds ?? [], KINDS, lang);
  assertOneOf('--stage', opts.stages ?? [], STAGES, lang);
  const known = new Set(catalogue.rules.map((r) => r.id));
  for (const [flag, ids] of [['--rule', opts.rules ?? []], ['--exclude', opts.exclude ?? []]] as const) {
    for (const id of ids) if (!known.has(id)) throw new UserError(flag, message(lang, 'unknownRule', { value: id }));
  }
  const selection: Selection = { level, supplier: [], authority: [], fellBack: [] };
  const filter = { level, ...(opts.rules ? { rules: opts.rules } : {}), ...(opts.exclude ? { exclude: opts.exclude } : {}), ...(opts.kinds ? { kinds: opts.kinds } : {}), ...(opts.stages ? { stages: opts.stages } : {}) };
  for (const rule of filterRules(catalogue.rules, filter)) {
    const at = clauseFor(rule, level);
    if (at.level !== level) selection.fellBack.push(rule.id);
    const chosen: SelectedClause = { rule, clause: at.clause, level: at.level };
    (rule.scope === 'authority' ? selection.authority : selection.supplier).push(chosen);
  }
  if (selection.supplier.length + selection.authority.length === 0) {
    throw new UserError('', message(lang, 'empty', {}));
  }
  return selection;
}

/** Supplier clauses grouped by requirement kind, in the order of the procurement process. */
export function groupByKind(clauses: SelectedClause[]): Array<{ kind: RequirementKind; clauses: SelectedClause[] }> {
  return KINDS.map((kind) => ({ kind, clauses: clauses.filter((c) => c.clause.kind === kind) })).filter(
    (g) => g.clauses.length > 0,
  );
}
