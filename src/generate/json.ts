// The appendix as JSON for other systems: the selected rules and clause texts, and the eForms
// fields the contract notice should then carry.
import type { MetaValues } from './meta.js';
import { META_KEYS } from './meta.js';
import type { Appendix } from './model.js';
import { eformsFields } from './eforms.js';
import type { Selection } from './select.js';

export type { EformsFields } from './eforms.js';

/** Renders the appendix as stable, pretty-printed JSON (version changes only when a field changes meaning). */
export function renderJson(a: Appendix, selection: Selection, values: MetaValues): string {
  const byId = new Map([...selection.supplier, ...selection.authority].map((c) => [c.rule.id, c]));
  const meta: Record<string, string | null> = {};
  for (const key of Object.keys(META_KEYS)) meta[key] = values.peek(key) ?? null;
  const rules = a.groups.flatMap((g) =>
    g.clauses.map((c) => {
      const s = byId.get(c.ruleId)!;
      const e = s.clause.evaluation;
      const f = a.followUp.find((r) => r.ruleId === c.ruleId)!;
      const ev = a.evaluation.find((r) => r.ruleId === c.ruleId);
      return {
        id: c.ruleId,
        pack: c.pack,
        number: c.number,
        scope: 'supplier' as const,
        kind: c.kind,
        stage: c.stage,
        level: c.level,
        basis: c.basis,
        title: c.title,
        text: c.paragraphs.join('\n\n'),
        verification: c.verification,
        // `weight` is the text the appendix shows; the numbers after it are the model itself, so
        // that `evaluate` computes a result from the published appendix alone.
        evaluation:
          e && ev
            ? {
                method: e.method,
                max: e.max,
                unit: e.unit ?? null,
                weight: ev.weight,
                guide: ev.guide,
                weightPercent: e.weight ?? null,
                deductionPerPoint: e.deductionPerPoint ?? null,
                steps: (e.steps ?? []).map((st) => ({ score: st.score, text: st.text[a.lang].trim() })),
              }
            : null,
        followUp: { check: f.check, when: f.when, proof: f.proof, who: f.who },
      };
    }),
  );
  const checklist = a.checklist.map((c) => {
    const s = byId.get(c.ruleId)!;
    return {
      id: c.ruleId,
      pack: s.rule.pack,
      scope: 'authority' as const,
      kind: s.clause.kind,
      stage: s.rule.stage,
      level: s.level,
      basis: c.basis,
      title: c.title,
      text: c.paragraphs.join('\n\n'),
      verification: c.verification,
    };
  });
  const eforms = eformsFields(a);
  // The plan as data: occasions in contract order, each with what the supplier hands in per rule.
  const followUpPlan = a.plan.occasions.map((o) => ({
    occasion: o.occasion,
    title: o.title,
    timing: o.timing,
    supplierTask: o.supplierTask ?? null,
    authorityTask: o.authorityTask ?? null,
    responsible: o.responsible,
    items: o.items.map((i) => ({ id: i.ruleId, label: i.label, report: i.report, check: i.check, who: i.who })),
  }));
  const doc = {
    version: 1,
    lang: a.lang,
    level: a.level,
    date: values.date ?? null,
    meta,
    rules,
    checklist,
    followUpPlan,
    eforms,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
