// The words of the HTML report, in Swedish and English. Kinds and severities come from src/labels.ts.
import type { FindingKind, Lang } from '../../types.js';

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
  /** The findings card: every finding of the run, counted as the CLI counts them. */
  findingsHeading: string;
  severityNote: (error: number, warning: number, info: number) => string;
  /** A finding kind with its count, e.g. `390 svaga krav`. */
  kindCount: Record<FindingKind, (n: number) => string>;
  /** Status and column labels of the writing-quality findings. */
  language: string;
  weak: string;
  /** Provenance, under the title. */
  madeAt: string;
  paths: string;
  cwd: string;
  packs: string;
  config: string;
  noConfig: string;
  languagePack: string;
  /** The table of writing-quality rules found. */
  qualityHeading: string;
  qualityIntro: string;
  occurrences: string;
  findingKind: string;
  inDocuments: string;
  noQuality: string;
  /** The suggested clauses, each once. */
  clausesHeading: string;
  clausesIntro: string;
  /** Printed instead of a clause repeated in a document's details. */
  seeClause: string;
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
  findingsHeading: 'Anmärkningar',
  severityNote: (e, w, i) => `${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'}, ${i} info`,
  kindCount: {
    missing: (n) => `${n} saknade krav`,
    weak: (n) => `${n} svaga krav`,
    language: (n) => `${n} språkanmärkningar`,
    suppression: (n) => `${n} om undantag`,
    unreadable: (n) => `${n} om oläsbara filer`,
  },
  language: 'Språk',
  weak: 'Svaga krav',
  madeAt: 'Skapad',
  paths: 'Granskat',
  cwd: 'arbetsmappen',
  packs: 'Regelpaket',
  config: 'Konfiguration',
  noConfig: 'ingen (standardinställningar)',
  languagePack: 'språk',
  qualityHeading: 'Skrivkvalitet',
  qualityIntro:
    'Ord och formuleringar som anmärkts, per regel: ord som pekar ut ett kön utan skäl och krav som inte binder ' +
    'leverantören.',
  occurrences: 'Förekomster',
  findingKind: 'Slag',
  inDocuments: 'Dokument',
  noQuality: 'Inga anmärkningar på språk eller svaga krav.',
  clausesHeading: 'Saknade krav och förslag på kravtext',
  clausesIntro:
    'Vad som saknas och kravtexten att lägga till, en gång per krav; i utskrift hänvisar dokumentens detaljer hit.',
  seeClause: 'kravtext',
  filters: 'Filter',
  pack: 'Regelpaket',
  kind: 'Kravtyp',
  status: 'Status',
  all: 'Alla',
  reset: 'Visa allt',
  showing: 'Visar {rows} av {allRows} dokument och {cols} av {allCols} krav',
  matrixHeading: 'Täckningsmatris',
  matrixCaption:
    'Dokument (rader) × krav (kolumner); till höger antal per dokument, även anmärkningar på språk och svaga ' +
    'krav. Varje ruta länkar till detaljerna.',
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
  findingsHeading: 'Findings',
  severityNote: (e, w, i) =>
    `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`,
  kindCount: {
    missing: (n) => `${n} missing ${n === 1 ? 'requirement' : 'requirements'}`,
    weak: (n) => `${n} weak ${n === 1 ? 'requirement' : 'requirements'}`,
    language: (n) => `${n} on language`,
    suppression: (n) => `${n} on suppressions`,
    unreadable: (n) => `${n} on unreadable files`,
  },
  language: 'Language',
  weak: 'Weak requirements',
  madeAt: 'Made',
  paths: 'Checked',
  cwd: 'the working folder',
  packs: 'Rule packs',
  config: 'Config',
  noConfig: 'none (defaults)',
  languagePack: 'language',
  qualityHeading: 'Writing quality',
  qualityIntro:
    'Words and wordings flagged, by rule: words that single out a sex without need, and requirements that bind no ' +
    'supplier.',
  occurrences: 'Occurrences',
  findingKind: 'Kind',
  inDocuments: 'Documents',
  noQuality: 'No findings on language or weak requirements.',
  clausesHeading: 'Missing requirements and suggested clauses',
  clausesIntro:
    "What is missing and the clause to add, once per requirement; in print, the documents' details refer here.",
  seeClause: 'clause',
  filters: 'Filters',
  pack: 'Rule pack',
  kind: 'Requirement kind',
  status: 'Status',
  all: 'All',
  reset: 'Show all',
  showing: 'Showing {rows} of {allRows} documents and {cols} of {allCols} requirements',
  matrixHeading: 'Coverage matrix',
  matrixCaption:
    'Documents (rows) × requirements (columns); on the right, counts per document, findings on language and weak ' +
    'requirements too. Every cell links to its details.',
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
  legendNote:
    'The symbol in each cell carries the same information as its colour, also when printed in black and white.',
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
