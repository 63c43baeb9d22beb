// Names of the domain's enumerations as a reader sees them, in Swedish and English.
import type { Level, RequirementKind, Scope, Severity, Stage, Text } from './types.js';

export const KIND_LABELS: Record<RequirementKind, Text> = {
  qualification: { sv: 'Kvalificeringskrav', en: 'Qualification requirement' },
  'approval-condition': { sv: 'Villkor för godkännande (LOV)', en: 'Condition of approval (LOV)' },
  'technical-specification': { sv: 'Teknisk specifikation', en: 'Technical specification' },
  'award-criterion': { sv: 'Tilldelningskriterium', en: 'Award criterion' },
  'special-contract-condition': { sv: 'Särskilt kontraktsvillkor', en: 'Special contract condition' },
};

export const STAGE_LABELS: Record<Stage, Text> = {
  'needs-analysis': { sv: 'Behovsanalys', en: 'Needs analysis' },
  'market-analysis': { sv: 'Marknadsanalys', en: 'Market analysis' },
  specification: { sv: 'Kravspecifikation', en: 'Specification' },
  evaluation: { sv: 'Utvärdering', en: 'Evaluation' },
  award: { sv: 'Tilldelning', en: 'Award' },
  implementation: { sv: 'Implementering', en: 'Implementation' },
  'contract-management': { sv: 'Avtalsförvaltning', en: 'Contract management' },
  'follow-up': { sv: 'Uppföljning', en: 'Follow-up' },
};

export const LEVEL_LABELS: Record<Level, Text> = {
  base: { sv: 'Bas', en: 'Base' },
  advanced: { sv: 'Avancerad', en: 'Advanced' },
  leading: { sv: 'Spjutspets', en: 'Leading' },
};

export const SCOPE_LABELS: Record<Scope, Text> = {
  supplier: { sv: 'Leverantören', en: 'Supplier' },
  authority: { sv: 'Upphandlande myndighet (checklista)', en: 'Contracting authority (checklist)' },
};

export const SEVERITY_LABELS: Record<Severity, Text> = {
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
  info: { sv: 'info', en: 'info' },
};
