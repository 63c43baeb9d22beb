// Which rules go into an appendix, and at which level: the selection flags applied to a catalogue.
import { UserError } from '../errors.js';
import { fmt, type Values } from '../i18n.js';
import { KINDS, LEVELS, STAGES } from '../types.js';
import type {
  Catalogue,
  Clause,
  Lang,
  Level,
  Procedure,
  RequirementKind,
  Rule,
  Sector,
  Stage,
  TenderType,
  Text,
} from '../types.js';
import { fitsTender } from '../packs/fit.js';
import { clauseFor } from '../packs/clause.js';
import { assertOneOf } from '../options.js';
import { selectRules as filterRules } from '../packs/index.js';

/** The selection flags of `generate`, and what the tender's metadata says about it. */
export interface SelectOptions {
  rules?: string[];
  exclude?: string[];
  level?: Level;
  kinds?: RequirementKind[];
  stages?: Stage[];
  /** `tender.type`: only rules that fit it (default services); rules named by `rules` are kept. */
  type?: TenderType;
  /** `tender.sector`: rules that name sectors fit only theirs. */
  sector?: Sector;
  /** `tender.procedure`: under `lov` award criteria give way to conditions of approval. */
  procedure?: Procedure;
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
  /** Under LOV: rules whose award criterion gave way to the condition of the level below. */
  lovConditions: string[];
  /** Under LOV: rules that are only an award criterion, left out (a choice system awards nothing). */
  lovLeftOut: string[];
}

const MSG = {
  unknownRule: {
    sv: 'okänd regel "{value}" (se `jamkrav rules list`)',
    en: 'unknown rule "{value}" (see `jamkrav rules list`)',
  },
  empty: {
    sv: 'inga regler återstår efter urvalet; lätta på --rule, --exclude, --kind eller --stage',
    en: 'no rules are left after the selection; loosen --rule, --exclude, --kind or --stage',
  },
} as const satisfies Record<string, Text>;

function message(lang: Lang, key: keyof typeof MSG, values: Values): string {
  return fmt(lang, MSG[key], values);
}

/** Under LOV nothing is awarded: what a supplier must meet to be approved is a condition of approval. */
const LOV_KINDS: Partial<Record<RequirementKind, RequirementKind>> = {
  qualification: 'approval-condition',
  'technical-specification': 'approval-condition',
};

/**
 * The clause a rule gives under LOV at `level`: an award criterion gives way to the nearest level
 * below that is not one; requirements on the delivery become conditions of approval. Undefined
 * when the rule has nothing but award criteria up to `level`.
 */
function lovClause(rule: Rule, level: Level): { clause: Clause; level: Level } | undefined {
  for (let i = LEVELS.indexOf(level); i >= 0; i--) {
    const at = clauseFor(rule, LEVELS[i]!);
    if (!at) return undefined;
    if (at.clause.kind === 'award-criterion') {
      i = LEVELS.indexOf(at.level);
      continue;
    }
    const kind = LOV_KINDS[at.clause.kind];
    return { clause: kind ? { ...at.clause, kind } : at.clause, level: at.level };
  }
  return undefined;
}

/**
 * Applies `--rule`, `--exclude`, `--kind`, `--stage` and `--level` to a catalogue, with the
 * tender's type, sector and procedure. Unknown rule ids are errors (a typo would otherwise
 * silently drop a requirement); so is an empty selection. A rule that starts above the level is
 * left out, as is one that does not fit the tender's type or sector unless `--rule` names it.
 */
export function selectRules(catalogue: Catalogue, opts: SelectOptions, lang: Lang): Selection {
  const level = opts.level ?? 'base';
  assertOneOf('--level', [level], LEVELS, lang);
  assertOneOf('--kind', opts.kinds ?? [], KINDS, lang);
  assertOneOf('--stage', opts.stages ?? [], STAGES, lang);
  const known = new Set(catalogue.rules.map((r) => r.id));
  for (const [flag, ids] of [
    ['--rule', opts.rules ?? []],
    ['--exclude', opts.exclude ?? []],
  ] as const) {
    for (const id of ids) if (!known.has(id)) throw new UserError(flag, message(lang, 'unknownRule', { value: id }));
  }
  const selection: Selection = { level, supplier: [], authority: [], fellBack: [], lovConditions: [], lovLeftOut: [] };
  const filter = {
    level,
    ...(opts.rules ? { rules: opts.rules } : {}),
    ...(opts.exclude ? { exclude: opts.exclude } : {}),
    ...(opts.stages ? { stages: opts.stages } : {}),
  };
  const fit = { ...(opts.type ? { type: opts.type } : {}), ...(opts.sector ? { sector: opts.sector } : {}) };
  const named = new Set(opts.rules ?? []);
  for (const rule of filterRules(catalogue.rules, filter)) {
    if (!named.has(rule.id) && !fitsTender(rule, fit)) continue;
    const plain = clauseFor(rule, level);
    if (!plain) continue;
    let at: { clause: Clause; level: Level } | undefined = plain;
    if (opts.procedure === 'lov') {
      at = lovClause(rule, level);
      if (!at) {
        selection.lovLeftOut.push(rule.id);
        continue;
      }
      if (plain.clause.kind === 'award-criterion') selection.lovConditions.push(rule.id);
    }
    if (opts.kinds?.length && !opts.kinds.includes(at.clause.kind)) continue;
    if (plain.level !== level) selection.fellBack.push(rule.id);
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
