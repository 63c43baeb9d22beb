// The appendix as data: what every output (DOCX, Markdown, JSON) renders, with metadata filled in.
import type { Lang, Level, Pack, RequirementKind, Stage, Text } from '../types.js';
import { buildFollowUpPlan } from './followup-plan.js';
import type { FollowUpPlan, FollowUpRow } from './followup-plan.js';

export type { FollowUpRow };
import { LABELS, slot } from './labels.js';
import type { Labels } from './labels.js';
import type { MetaValues } from './meta.js';
import { guideOf, weightOf as evaluationWeight } from './evaluation.js';
import { fillText } from './placeholders.js';
import { groupByKind } from './select.js';
import type { SelectedClause, Selection } from './select.js';

/** One supplier requirement, numbered in appendix order. */
export interface ClauseEntry {
  number: number;
  /** "Krav 3" / "Requirement 3": how tables refer to it. */
  label: string;
  ruleId: string;
  pack: string;
  title: string;
  kind: RequirementKind;
  stage: Stage;
  level: Level;
  basis: string[];
  /** The clause text, one string per paragraph. */
  paragraphs: string[];
  verification: string;
}

export interface EvaluationRow {
  label: string;
  ruleId: string;
  criterion: string;
  assessed: string;
  weight: string;
  guide: string;
}

export interface ChecklistEntry {
  ruleId: string;
  title: string;
  paragraphs: string[];
  verification: string;
  basis: string[];
}

/** The whole appendix, ready to render. */
export interface Appendix {
  lang: Lang;
  level: Level;
  labels: Labels;
  introduction: string[];
  groups: Array<{ kind: RequirementKind; heading: string; lead: string; clauses: ClauseEntry[] }>;
  evaluation: EvaluationRow[];
  followUp: FollowUpRow[];
  /** The follow-up of every clause gathered into one schedule for the contract. */
  plan: FollowUpPlan;
  /** The authority's own actions: rendered in the annex, never in the supplier's appendix. */
  checklist: ChecklistEntry[];
  /** Rule ids of award criteria whose pack gives no points. */
  unscored: string[];
}

/** Splits clause text into paragraphs at blank lines; single line breaks join with a space. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

function weightOf(c: SelectedClause, l: Labels, lang: Lang): string | undefined {
  const e = c.clause.evaluation;
  if (!e) return undefined;
  const weight = evaluationWeight(e, lang);
  const scale =
    e.method === 'points'
      ? slot(l.points, { max: e.max })
      : slot(e.unit === 'percent' ? l.priceDeductionPercent : l.priceDeductionSek, { max: e.max });
  return weight ? `${scale}, ${weight}` : scale;
}

/**
 * The introduction: the opening, the introductions of the packs the selection draws on, one
 * paragraph of legal grounds (each such pack's legal basis, then the procurement act), and how
 * the requirements are ordered. A pack that gives no rule to the appendix says nothing here.
 */
function introductionOf(selection: Selection, packs: readonly Pack[], l: Labels, lang: Lang): string[] {
  const used = new Set([...selection.supplier, ...selection.authority].map((c) => c.rule.id));
  const drawn = packs.filter((p) => p.rules.some((r) => used.has(r.id)));
  // Two packs extending the same one inherit the same texts: each is said once.
  const once = (texts: Text[]) => [...new Set(texts.map((t) => t[lang]))];
  const bases = once(drawn.flatMap((p) => p.legalBasis ?? []));
  const count = bases.length + 1;
  const lead = slot(l.intro.groundsLead, { count: l.intro.counts[count] ?? count });
  const grounds = bases.length > 0 ? [lead, ...bases, l.intro.procurementLaw].join(' ') : l.intro.procurementLaw;
  return [
    l.intro.opening,
    ...once(drawn.flatMap((p) => p.introduction ?? [])),
    grounds,
    slot(l.intro.closing, { level: l.levels[selection.level] }),
  ];
}

/**
 * Builds the appendix model; every text passes through the metadata placeholders. `packs` are
 * the catalogue's packs: the introduction speaks of those the selection draws rules from.
 */
export function buildAppendix(selection: Selection, values: MetaValues, packs: readonly Pack[]): Appendix {
  const lang = values.lang;
  const l = LABELS[lang];
  const fill = (s: string) => fillText(s, values);
  let n = 0;
  const groups = groupByKind(selection.supplier).map((g) => ({
    kind: g.kind,
    heading: l.kinds[g.kind].heading,
    lead: l.kinds[g.kind].lead,
    clauses: g.clauses.map((c): ClauseEntry => {
      n += 1;
      return {
        number: n,
        label: `${c.clause.kind === 'award-criterion' ? l.awardCriterion : l.requirement} ${n}`,
        ruleId: c.rule.id,
        pack: c.rule.pack,
        title: fill(c.rule.title[lang]),
        kind: c.clause.kind,
        stage: c.rule.stage,
        level: c.level,
        basis: c.rule.basis,
        paragraphs: paragraphsOf(fill(c.clause.text[lang])),
        verification: fill(c.clause.verification[lang]).trim(),
      };
    }),
  }));
  const bySelected = new Map(selection.supplier.map((c) => [c.rule.id, c]));
  const entries = groups.flatMap((g) => g.clauses);
  const unscored: string[] = [];
  const evaluation = entries
    .filter((e) => e.kind === 'award-criterion')
    .map((e): EvaluationRow => {
      const c = bySelected.get(e.ruleId)!;
      const weight = weightOf(c, l, lang);
      if (!weight) unscored.push(e.ruleId);
      return {
        label: e.label,
        ruleId: e.ruleId,
        criterion: `${e.label}: ${e.title}`,
        assessed: e.paragraphs.join(' '),
        weight: weight ?? l.missingEvaluation,
        guide: c.clause.evaluation ? fill(guideOf(c.clause.evaluation, lang)).trim() : l.missingEvaluation,
      };
    });
  const followUp = entries.map((e): FollowUpRow => {
    const f = bySelected.get(e.ruleId)!.clause.followUp;
    return {
      label: e.label,
      ruleId: e.ruleId,
      check: fill(f.check[lang]).trim(),
      when: fill(f.when[lang]).trim(),
      proof: fill(f.proof[lang]).trim(),
      who: fill(f.who[lang]).trim(),
    };
  });
  const plan = buildFollowUpPlan(
    followUp.map((r) => ({ ...r, source: bySelected.get(r.ruleId)!.clause.followUp })),
    l,
  );
  const checklist = selection.authority.map(
    (c): ChecklistEntry => ({
      ruleId: c.rule.id,
      title: fill(c.rule.title[lang]),
      paragraphs: paragraphsOf(fill(c.clause.text[lang])),
      verification: fill(c.clause.verification[lang]).trim(),
      basis: c.rule.basis,
    }),
  );
  const introduction = introductionOf(selection, packs, l, lang).map(fill);
  return {
    lang,
    level: selection.level,
    labels: l,
    introduction,
    groups,
    evaluation,
    followUp,
    plan,
    checklist,
    unscored,
  };
}
