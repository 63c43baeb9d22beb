// The words of the HTML report, in Swedish and English. Kinds and severities come from src/labels.ts.
import type { Lang } from '../../types.js';

/** Every user-facing string of the HTML report in one language. */
export interface HtmlLabels {
  title: string;
  generator: (version: string) => string;
  summaryHeading: string;
  documents: string;
  unreadableDocs: (n: number) => string;
  requirements: string;
  coverage: string;
  coverageNote: (covered: number, checked: number) => string;
  complete: string;
  completeNote: (n: number, of: number) => string;
  missingHeading: string;
  missingNote: (error: number, warning: number, info: number) => string;
  filters: string;
  pack: string;
  kind: string;
  status: string;
  all: string;
  reset: string;
  /** Template for the filter result line: {rows} {allRows} {cols} {allCols}. */
  showing: string;
  matrixHeading: string;
  matrixCaption: string;
  document: string;
  noColumns: string;
  covered: string;
  suppressed: string;
  missing: string;
  missingBy: (severity: string) => string;
  off: string;
  unreadable: string;
  perRule: string;
  askedFor: (n: number, of: number) => string;
  suppressedCount: (n: number) => string;
  legend: string;
  legendNote: string;
  rulesHeading: string;
  ruleId: string;
  ruleTitle: string;
  severity: string;
  basis: string;
  askedForHeading: string;
  detailsHeading: string;
  message: string;
  suggestion: string;
  location: string;
  reason: string;
  notes: string;
  otherNotes: string;
  /** Heading over a document's `language` and `weak` findings (their rules have no column). */
  qualityNotes: string;
  /** Before the better word or wording of a writing-quality finding. */
  instead: string;
  backToMatrix: string;
  docMeta: (format: string, lang: string) => string;
  formatUnknown: string;
  noDocuments: string;
}

const SV: HtmlLabels = {
  title: 'Jämställdhetskrav i upphandlingsdokument',
  generator: (v) => `Täckningsrapport från jamkrav ${v}`,
  summaryHeading: 'Sammanfattning',
  documents: 'Dokument',
  unreadableDocs: (n) => (n === 0 ? 'alla kunde läsas' : `${n} kunde inte läsas`),
  requirements: 'Krav som granskats',
  coverage: 'Täckning',
  coverageNote: (c, n) => `${c} av ${n} krav finns i underlagen`,
  complete: 'Kompletta dokument',
  completeNote: (n, of) => `${n} av ${of} läsbara dokument saknar inget krav`,
  missingHeading: 'Saknade krav',
  missingNote: (e, w, i) => `${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'}, ${i} info`,
  filters: 'Filter',
  pack: 'Regelpaket',
  kind: 'Kravtyp',
  status: 'Status',
  all: 'Alla',
  reset: 'Visa allt',
  showing: 'Visar {rows} av {allRows} dokument och {cols} av {allCols} krav',
  matrixHeading: 'Täckningsmatris',
  matrixCaption: 'Dokument (rader) × krav (kolumner). Varje ruta länkar till detaljerna.',
  document: 'Dokument',
  noColumns: 'Inga krav matchar filtret.',
  covered: 'Finns',
  suppressed: 'Undantag',
  missing: 'Saknas',
  missingBy: (s) => `Saknas (${s})`,
  off: 'Ej granskat',
  unreadable: 'Kunde inte läsas',
  perRule: 'Efterfrågas',
  askedFor: (n, of) => `Efterfrågas i ${n} av ${of} ${of === 1 ? 'upphandlingsdokument' : 'upphandlingsdokument'}`,
  suppressedCount: (n) => `${n} undantag`,
  legend: 'Teckenförklaring',
  legendNote: 'Symbolen i varje ruta bär samma information som färgen, även utskriven i svartvitt.',
  rulesHeading: 'Kraven',
  ruleId: 'Id',
  ruleTitle: 'Krav',
  severity: 'Allvarlighet',
  basis: 'Grund',
  askedForHeading: 'Efterfrågas',
  detailsHeading: 'Detaljer per dokument',
  message: 'Meddelande',
  suggestion: 'Förslag på kravtext',
  location: 'Plats',
  reason: 'Skäl',
  notes: 'Anmärkningar',
  otherNotes: 'Övriga anmärkningar',
  qualityNotes: 'Skrivkvalitet: språk och svaga krav',
  instead: 'Förslag',
  backToMatrix: 'Till matrisen',
  docMeta: (f, l) => `format ${f}, språk ${l}`,
  formatUnknown: 'okänt',
  noDocuments: 'Inga dokument granskades.',
};

const EN: HtmlLabels = {
  title: 'Gender-equality requirements in tender documents',
  generator: (v) => `Coverage report by jamkrav ${v}`,
  summaryHeading: 'Summary',
  documents: 'Documents',
  unreadableDocs: (n) => (n === 0 ? 'all could be read' : `${n} could not be read`),
  requirements: 'Requirements checked',
  coverage: 'Coverage',
  coverageNote: (c, n) => `${c} of ${n} requirements present in the documents`,
  complete: 'Complete documents',
  completeNote: (n, of) => `${n} of ${of} readable documents miss nothing`,
  missingHeading: 'Missing requirements',
  missingNote: (e, w, i) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`,
  filters: 'Filters',
  pack: 'Rule pack',
  kind: 'Requirement kind',
  status: 'Status',
  all: 'All',
  reset: 'Show all',
  showing: 'Showing {rows} of {allRows} documents and {cols} of {allCols} requirements',
  matrixHeading: 'Coverage matrix',
  matrixCaption: 'Documents (rows) × requirements (columns). Every cell links to its details.',
  document: 'Document',
  noColumns: 'No requirement matches the filter.',
  covered: 'Present',
  suppressed: 'Suppressed',
  missing: 'Missing',
  missingBy: (s) => `Missing (${s})`,
  off: 'Not checked',
  unreadable: 'Could not be read',
  perRule: 'Asked for',
  askedFor: (n, of) => `Asked for in ${n} of ${of} tender ${of === 1 ? 'document' : 'documents'}`,
  suppressedCount: (n) => `${n} suppressed`,
  legend: 'Legend',
  legendNote: 'The symbol in each cell carries the same information as its colour, also when printed in black and white.',
  rulesHeading: 'The requirements',
  ruleId: 'Id',
  ruleTitle: 'Requirement',
  severity: 'Severity',
  basis: 'Basis',
  askedForHeading: 'Asked for',
  detailsHeading: 'Details by document',
  message: 'Message',
  suggestion: 'Suggested clause',
  location: 'Location',
  reason: 'Reason',
  notes: 'Notes',
  otherNotes: 'Other notes',
  qualityNotes: 'Writing quality: language and weak requirements',
  instead: 'Suggestion',
  backToMatrix: 'Back to the matrix',
  docMeta: (f, l) => `format ${f}, language ${l}`,
  formatUnknown: 'unknown',
  noDocuments: 'No documents were checked.',
};

/** The labels for `lang`. */
export const htmlLabels = (lang: Lang): HtmlLabels => (lang === 'en' ? EN : SV);
