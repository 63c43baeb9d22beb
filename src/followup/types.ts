// The follow-up's data: indicators and consequences (rules/indicators.yaml), the contract register
// (avtal.yaml or CSV), and each contract as its appendix makes it (rules, levels, occasions).
import type { Level, Text } from '../types.js';

export const INDICATOR_KINDS = ['by-sex', 'count', 'hours', 'date', 'yes-no'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** A target a clause sets, or the register agrees for one contract. */
export interface Target {
  /** by-sex: each sex at least this many per cent. */
  minShare?: number;
  min?: number;
  max?: number;
  /** At least the total of this other indicator (everyone trained, every subcontractor bound). */
  allOf?: string;
  /** date: within the report period. */
  inPeriod?: true;
  /** yes-no: answered yes. */
  yes?: true;
}

export interface IndicatorRuleLink {
  rule: string;
  levels?: Level[];
  target?: Target;
}

export interface IndicatorDef {
  id: string;
  kind: IndicatorKind;
  /** A count about people: shown as <5 under five, as counts by sex always are. */
  private?: boolean;
  title: Text;
  help: Text;
  rules: IndicatorRuleLink[];
  cues: { sv: string[]; en: string[] };
}

export type Failure = 'overdue' | 'missing' | 'target';

export interface ConsequenceStep {
  kind: 'rectification' | 'breach' | 'damages' | 'termination' | 'action-plan';
  days?: number;
  amount?: number;
  per?: 'day' | 'week' | 'month' | 'occasion';
  capPercent?: number;
  on: Failure[];
}

export interface ConsequenceDef {
  rule: string;
  levels?: Level[];
  steps: ConsequenceStep[];
}

/** rules/indicators.yaml as loaded. */
export interface IndicatorSet {
  file: string;
  indicators: IndicatorDef[];
  consequences: ConsequenceDef[];
}

export type PeriodKind = 'contract-year' | 'calendar-year';

export interface ReportSettings {
  period: PeriodKind;
  /** Days after a period's end that its report is due. */
  dueDays: number;
}

/** One contract of the register, with defaults applied and paths resolved. */
export interface ContractEntry {
  id: string;
  title?: string;
  supplier: string;
  sector?: string;
  start: string;
  end: string;
  /** Absolute path of the appendix JSON, when given. */
  appendix?: string;
  packs?: string[];
  level?: Level;
  /** Absolute path of the metadata file, when given. */
  meta?: string;
  /** False: the contract has no equality conditions. */
  conditions: boolean;
  followUpBy?: string;
  reports: ReportSettings;
  targets: Record<string, Target>;
  /** Where the entry stands in the register, for messages. */
  place: { file: string; line: number; col: number };
}

export interface Register {
  file: string;
  authority?: string;
  contracts: ContractEntry[];
}

/** The follow-up occasions an appendix's plan names (src/generate/followup-plan.ts). */
export type Occasion = 'start-up' | 'half-yearly' | 'yearly' | 'ongoing' | 'end';

/** One requirement of the awarded appendix, as far as follow-up needs it. */
export interface ContractRule {
  id: string;
  level: Level;
  label: string;
  title: string;
  followUp: { check: string; when: string; proof: string; who: string };
}

export interface ContractOccasion {
  occasion: Occasion;
  title: string;
  timing: string;
  items: Array<{ id: string; label: string; report: string; check: string; who: string }>;
}

/** A contract with what its appendix asks. */
export interface Contract {
  entry: ContractEntry;
  /** The appendix's language (its texts are in it). */
  lang: string;
  rules: ContractRule[];
  occasions: ContractOccasion[];
}
