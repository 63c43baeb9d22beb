// The follow-up's data: indicators and consequences (rules/indicators.yaml), the contract register
// (avtal.yaml or CSV), and each contract as its appendix makes it (rules, levels, occasions).
import type { Level, SourcePos } from '../types.js';

// The indicator file's shapes live with its loader (src/packs/indicators.ts).
export {
  INDICATOR_KINDS,
  type ConsequenceDef,
  type ConsequenceStep,
  type Failure,
  type IndicatorDef,
  type IndicatorKind,
  type IndicatorRuleLink,
  type IndicatorSet,
  type Target,
} from '../packs/indicators.js';
import type { Target } from '../packs/indicators.js';

export type PeriodKind = 'contract-year' | 'calendar-year';

export interface ReportSettings {
  period: PeriodKind;
  /** Days after a period's end that its report is due. */
  dueDays: number;
}

/**
 * One contract of the register, with defaults applied and paths resolved: `appendix` and `meta`
 * are absolute paths, when given.
 */
export interface ContractEntry extends Omit<RawContract, 'conditions' | 'reports' | 'targets'> {
  /** False: the contract has no equality conditions. */
  conditions: boolean;
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

// The register as its file gives it, before buildRegister (register.ts) checks and completes it.

/** One contract as the file gives it (the schema's shape). */
export interface RawContract {
  id: string;
  title?: string;
  supplier: string;
  sector?: string;
  start: string;
  end: string;
  appendix?: string;
  packs?: string[];
  level?: Level;
  meta?: string;
  conditions?: boolean;
  followUpBy?: string;
  reports?: Partial<ReportSettings>;
  targets?: Record<string, Target>;
}

export interface RawRegister {
  version?: 1;
  authority?: string;
  defaults?: { followUpBy?: string; reports?: Partial<ReportSettings>; packs?: string[]; level?: Level };
  contracts: RawContract[];
}

/** A problem of the register: where it stands and what is wrong. */
export interface RegisterProblem {
  pos: SourcePos;
  message: string;
}

/** Where each contract's fields stand: a YAML path resolver, or a CSV row's line and columns. */
export interface Places {
  contract(index: number): SourcePos;
  field(index: number, field: string): SourcePos;
}
