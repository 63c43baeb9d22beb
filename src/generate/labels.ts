// The appendix's own words (headings, introduction, table headers, warnings) in sv and en.
// Clause text never lives here: it comes from the rule packs.
import type { Lang, Level, RequirementKind } from '../types.js';

/** Every string the appendix and its warnings use, for one language. */
export interface Labels {
  appendixTitle: string;
  metaLines: Array<[key: string, label: string]>;
  sections: Record<'introduction' | 'requirements' | 'evaluation' | 'followup' | 'checklist', string>;
  kinds: Record<RequirementKind, { heading: string; lead: string }>;
  levels: Record<Level, string>;
  /** Introduction paragraphs; `{level}` is the level's name. May hold metadata placeholders. */
  intro: string[];
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
    lovConditions: string;
    lovLeftOut: string;
  };
}

const sv: Labels = {
  appendixTitle: 'Bilaga: krav för jämställdhet',
  metaLines: [
    ['tender.reference', 'Diarienummer'],
    ['tender.date', 'Datum'],
    ['authority.name', 'Upphandlande myndighet'],
    ['authority.contact', 'Kontaktperson'],
  ],
  sections: {
    introduction: 'Inledning',
    requirements: 'Krav',
    evaluation: 'Utvärdering av tilldelningskriterier',
    followup: 'Uppföljning',
    checklist: 'Checklista för den upphandlande myndigheten',
  },
  kinds: {
    qualification: {
      heading: 'Kvalificeringskrav',
      lead: 'Leverantören ska uppfylla dessa krav för att anbudet ska prövas.',
    },
    'approval-condition': {
      heading: 'Villkor för godkännande',
      lead: 'Leverantören ska uppfylla villkoren för att godkännas i valfrihetssystemet och under hela avtalstiden.',
    },
    'technical-specification': {
      heading: 'Tekniska specifikationer',
      lead: 'Kraven gäller det som levereras och ska vara uppfyllda i anbudet.',
    },
    'award-criterion': {
      heading: 'Tilldelningskriterier',
      lead: 'Anbud som uppfyller kriterierna får poäng eller prisavdrag enligt utvärderingstabellen.',
    },
    'special-contract-condition': {
      heading: 'Särskilda kontraktsvillkor',
      lead: 'Villkoren gäller under hela avtalstiden för den personal som utför uppdraget.',
    },
  },
  levels: { base: 'bas', advanced: 'avancerad', leading: 'spjutspets' },
  intro: [
    'Den här bilagan innehåller krav för jämställdhet mellan kvinnor och män i upphandlingen {{tender.title}} ({{tender.reference}}).',
    'Kraven bygger på tre grunder. CEMR-deklarationen om jämställdhet, artikel 12, innebär att den som har undertecknat den använder offentlig upphandling för att främja jämställdhet. Diskrimineringslagen (2008:567) 3 kap. kräver att arbetsgivare arbetar förebyggande med aktiva åtgärder, bland annat med arbetsförhållanden, löner, rekrytering, kompetensutveckling och föräldraskap. Lagen (2016:1145) om offentlig upphandling (LOU) säger att en upphandlande myndighet bör ta sociala hänsyn när upphandlingens art motiverar det (4 kap. 3 §) och att särskilda kontraktsvillkor ska ha anknytning till det som upphandlas (17 kap. 1 §).',
    'Kraven står i den ordning de används i upphandlingen: kvalificeringskrav, tekniska specifikationer, tilldelningskriterier och särskilda kontraktsvillkor. Varje krav har ett nummer, ett regel-id inom hakparentes och en beskrivning av hur det verifieras. Nivå: {level}.',
  ],
  requirement: 'Krav',
  awardCriterion: 'Utvärderingskriterium',
  verification: 'Verifiering',
  evaluationHeaders: ['Kriterium', 'Vad som bedöms', 'Poäng eller prisavdrag', 'Bedömningsgrund'],
  followUpHeaders: ['Krav', 'Vad som kontrolleras', 'När', 'Underlag', 'Vem'],
  evidence: 'Underlag',
  points: 'högst {max} poäng',
  priceDeductionSek: 'prisavdrag upp till {max} kr',
  priceDeductionPercent: 'prisavdrag upp till {max} %',
  noEvaluation: 'Inga tilldelningskriterier är valda.',
  noRequirements: 'Inga krav på leverantören är valda.',
  noChecklist: 'Inga åtgärder för den upphandlande myndigheten är valda.',
  missingEvaluation: '[Ange poäng eller prisavdrag]',
  eformsDescription: 'Upphandlingen innehåller krav för jämställdhet mellan kvinnor och män: {titles}.',
  warnings: {
    missingFields: 'metadata saknas för {keys}; fälten står som [text inom hakparentes] att fylla i',
    unknownPlaceholders: 'okända platshållare lämnades orörda: {keys}',
    fellBack: 'regler utan nivån {level} använder närmast lägre nivå: {ids}',
    blockNotAlone: '{key} i {part} måste stå ensam i sitt stycke och fylldes inte i',
    blockAppended: 'mallen saknar {key}; innehållet lades efter kraven',
    noEvaluationGiven: 'tilldelningskriteriet {id} saknar poäng i regelpaketet; fyll i utvärderingstabellen',
    lovConditions: 'valfrihetssystem (LOV): tilldelningskriterier ersattes av villkoren på närmast lägre nivå: {ids}',
    lovLeftOut: 'valfrihetssystem (LOV): regler som bara är tilldelningskriterier togs inte med: {ids}',
  },
};

const en: Labels = {
  appendixTitle: 'Appendix: gender-equality requirements',
  metaLines: [
    ['tender.reference', 'Reference number'],
    ['tender.date', 'Date'],
    ['authority.name', 'Contracting authority'],
    ['authority.contact', 'Contact person'],
  ],
  sections: {
    introduction: 'Introduction',
    requirements: 'Requirements',
    evaluation: 'Evaluation of award criteria',
    followup: 'Follow-up',
    checklist: 'Checklist for the contracting authority',
  },
  kinds: {
    qualification: {
      heading: 'Qualification requirements',
      lead: 'The supplier must meet these requirements for the tender to be considered.',
    },
    'approval-condition': {
      heading: 'Conditions of approval',
      lead: 'The supplier must meet these conditions to be approved in the choice system, and throughout the contract.',
    },
    'technical-specification': {
      heading: 'Technical specifications',
      lead: 'These requirements concern what is delivered and must be met in the tender.',
    },
    'award-criterion': {
      heading: 'Award criteria',
      lead: 'Tenders that meet the criteria earn points or a price deduction as the evaluation table sets out.',
    },
    'special-contract-condition': {
      heading: 'Special contract conditions',
      lead: 'These conditions apply throughout the contract to the staff who perform it.',
    },
  },
  levels: { base: 'base', advanced: 'advanced', leading: 'leading' },
  intro: [
    'This appendix sets out requirements for equality between women and men in the procurement {{tender.title}} ({{tender.reference}}).',
    'The requirements rest on three grounds. Article 12 of the CEMR European Charter for Equality of Women and Men in Local Life commits its signatories to use public procurement to promote equality. Chapter 3 of the Swedish Discrimination Act (2008:567) requires employers to take preventive active measures, among them on working conditions, pay, recruitment, training and parenthood. The Public Procurement Act (2016:1145, LOU) says that a contracting authority should take social considerations into account where the nature of the procurement justifies it (chapter 4, section 3) and that special contract conditions must be linked to what is procured (chapter 17, section 1).',
    'The requirements follow the order of the procurement process: qualification requirements, technical specifications, award criteria and special contract conditions. Each requirement has a number, a rule id in square brackets and a description of how it is verified. Level: {level}.',
  ],
  requirement: 'Requirement',
  awardCriterion: 'Award criterion',
  verification: 'Verification',
  evaluationHeaders: ['Criterion', 'What is assessed', 'Points or price deduction', 'Scoring guide'],
  followUpHeaders: ['Requirement', 'What is checked', 'When', 'Evidence', 'Who'],
  evidence: 'Evidence',
  points: 'up to {max} points',
  priceDeductionSek: 'price deduction of up to SEK {max}',
  priceDeductionPercent: 'price deduction of up to {max}%',
  noEvaluation: 'No award criteria are selected.',
  noRequirements: 'No supplier requirements are selected.',
  noChecklist: 'No actions for the contracting authority are selected.',
  missingEvaluation: '[Enter points or price deduction]',
  eformsDescription: 'The procurement sets requirements for equality between women and men: {titles}.',
  warnings: {
    missingFields: 'metadata missing for {keys}; the fields are left as [bracketed text] to fill in',
    unknownPlaceholders: 'unknown placeholders left as they are: {keys}',
    fellBack: 'rules without the {level} level use the next lower one: {ids}',
    blockNotAlone: '{key} in {part} must stand alone in its paragraph and was not filled',
    blockAppended: 'the template has no {key}; its content follows the requirements',
    noEvaluationGiven: 'award criterion {id} has no points in its rule pack; fill in the evaluation table',
    lovConditions: 'choice system (LOV): award criteria were replaced by the conditions of the next lower level: {ids}',
    lovLeftOut: 'choice system (LOV): rules that are only award criteria were left out: {ids}',
  },
};

/** The labels for a language. */
export const LABELS: Record<Lang, Labels> = { sv, en };

/** Fills `{name}` slots (single braces; `{{…}}` placeholders pass through untouched). */
export function slot(text: string, values: Record<string, string | number>): string {
  return text.replace(/(?<!\{)\{(\w+)\}(?!\})/g, (all, key: string) => (key in values ? String(values[key]) : all));
}
