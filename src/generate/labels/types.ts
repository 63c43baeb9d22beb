// The shape of the appendix's own words: every heading, table header and warning it uses, for
// one language. The Swedish and English texts are in sv.ts and en.ts.
import type { Level, RequirementKind } from '../../types.js';
import type { Occasion } from '../occasions.js';

/** Every string the appendix and its warnings use, for one language. */
export interface Labels {
  appendixTitle: string;
  metaLines: Array<[key: string, label: string]>;
  sections: Record<'introduction' | 'requirements' | 'evaluation' | 'followup' | 'checklist', string>;
  kinds: Record<RequirementKind, { heading: string; lead: string }>;
  levels: Record<Level, string>;
  /**
   * The framing of the introduction; what each pack rests on comes from the packs (`introduction`,
   * `legalBasis`). May hold metadata placeholders.
   */
  intro: {
    /** The first paragraph: what the appendix is. */
    opening: string;
    /** Leads the paragraph of legal grounds when there are two or more; `{count}` from `counts`. */
    groundsLead: string;
    /** Numbers in words, by value (a larger count is written in digits). */
    counts: string[];
    /** The ground of every appendix, after the packs' own: the procurement act all tenders fall under. */
    procurementLaw: string;
    /** The last paragraph: how the requirements are ordered; `{level}` is the level's name. */
    closing: string;
  };
  requirement: string;
  /** How an award criterion is numbered ("Utvärderingskriterium 3"): it is not a requirement. */
  awardCriterion: string;
  verification: string;
  evaluationHeaders: [string, string, string, string];
  followUpHeaders: [string, string, string, string, string];
  /** Label of a checklist item's evidence line. */
  evidence: string;
  points: string;
  priceDeductionSek: string;
  priceDeductionPercent: string;
  noEvaluation: string;
  noRequirements: string;
  noChecklist: string;
  missingEvaluation: string;
  eformsDescription: string;
  warnings: {
    missingFields: string;
    unknownPlaceholders: string;
    fellBack: string;
    blockNotAlone: string;
    blockAppended: string;
    noEvaluationGiven: string;
    checklistMoved: string;
    lovConditions: string;
    lovLeftOut: string;
  };
  /** The follow-up plan (`{{jamkrav.followup}}`). */
  plan: {
    lead: string;
    headers: [string, string, string];
    supplierResponsible: string;
    authorityResponsible: string;
    /** Labels of the two responsibility lines in an occasion's cell: the supplier's, the authority's. */
    responsible: [string, string];
    /** What an occasion without clause items asks of the supplier. */
    nothing: string;
    occasions: Record<Occasion, { title: string; timing: string; supplierTask?: string; authorityTask?: string }>;
  };
  /** The supplier answer form (`--answer-form`). */
  form: {
    title: string;
    intro: string[];
    headers: [string, string, string, string, string];
    /** The text beside the tick box. */
    yes: string;
    asked: string;
    answerPlaceholder: string;
    attachmentPlaceholder: string;
    /** The heading and fields that say who answers. */
    tendererHeading: string;
    tenderer: string;
    orgNumber: string;
  };
  /** The authority's annex (`--annex`). */
  annex: {
    title: string;
    notice: string;
    sections: Record<'clauses' | 'checklist' | 'eforms' | 'evaluators', string>;
    clausesLead: string;
    kind: string;
    stage: string;
    basis: string;
    rationale: string;
    lawful: string;
    /** Why each requirement kind may stand where it does. */
    lawfulness: Record<RequirementKind, string>;
    eformsLead: string;
    eformsHeaders: [string, string, string];
    eformsNames: Record<'BT-06' | 'BT-775' | 'BT-777', string>;
    noEforms: string;
    evaluatorsLead: string;
    evaluatorsGeneral: string[];
    weight: string;
    guide: string;
    instructions: string;
  };
}
