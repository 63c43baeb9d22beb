// The words of evaluate's outputs (protocol, matrix, CSV headers, terminal), in sv and en.
import { fmt, QUOTED } from '../i18n.js';
import type { Lang } from '../types.js';
import type { Place, Status } from './types.js';

export interface EvaluateLabels {
  title: string;
  statuses: Record<Status, string>;
  /** One-letter-or-so marks for a compact matrix, each paired with its name in a legend. */
  marks: Record<Status, string>;
  confidential: string;
  masked: string;
  tender: string;
  reference: string;
  authority: string;
  source: string;
  level: string;
  summary: string;
  summaryLead: string;
  tenderer: string;
  orgNumber: string;
  requirement: string;
  status: string;
  quote: string;
  where: string;
  notes: string;
  files: string;
  answer: string;
  attachment: string;
  guide: string;
  weight: string;
  score: string;
  reason: string;
  reservations: string;
  reservationsLead: string;
  looseReservations: string;
  /** The protocol's reservations section when no tender has one. */
  noReservations: string;
  looseLead: string;
  problems: string;
  unusable: string;
  result: string;
  resultLead: string;
  rank: string;
  total: string;
  qualityPoints: string;
  comparisonPrice: string;
  deductions: string;
  missingScores: string;
  rankBy: Record<'points' | 'comparison-price' | 'deductions', string>;
  noScores: string;
  mandatory: string;
  awardCriterion: string;
  fromForm: string;
  fromDocument: string;
  byLabel: string;
  byTopic: string;
  block: string;
  page: string;
  field: Record<string, string>;
  foundBy: Record<string, string>;
  reservationKinds: Record<'condition' | 'refusal' | 'altered', string>;
  files_roles: Record<'form' | 'document' | 'unreadable', string>;
  filter: string;
  all: string;
  generator: string;
  counts: (s: Record<Status, number>) => string;
  exit: Record<0 | 1 | 2, string>;
}

const sv: EvaluateLabels = {
  title: 'Utvärderingsprotokoll: krav för jämställdhet',
  statuses: {
    accepted: 'godtaget',
    answered: 'besvarat',
    'attachment-missing': 'bilaga saknas',
    'not-answered': 'ej besvarat',
    reservation: 'FÖRBEHÅLL',
  },
  marks: { accepted: '✓', answered: '◐', 'attachment-missing': '▲', 'not-answered': '✗', reservation: '⚠' },
  confidential:
    'SEKRETESS: uppgifter ur anbud, sekretess enligt OSL 19 kap. 3 § andra stycket till dess att beslut om ' +
    'tilldelning har fattats',
  masked: 'Personnamn och kontaktuppgifter i citaten är maskerade.',
  tender: 'Upphandling',
  reference: 'Diarienummer',
  authority: 'Upphandlande myndighet',
  source: 'Kraven enligt',
  level: 'Nivå',
  summary: 'Sammanställning',
  summaryLead:
    'Varje anbudsgivare mot varje krav. Ett förbehåll mot ett obligatoriskt krav innebär att anbudet ska ' +
    'förkastas; nämnden prövar varje förbehåll.',
  tenderer: 'Anbudsgivare',
  orgNumber: 'Organisationsnummer',
  requirement: 'Krav',
  status: 'Status',
  quote: 'Citat',
  where: 'Var',
  notes: 'Anmärkningar',
  files: 'Filer',
  answer: 'Svar',
  attachment: 'Bilaga',
  guide: 'Bedömningsgrund',
  weight: 'Vikt',
  score: 'Poäng',
  reason: 'Motivering',
  reservations: 'Förbehåll',
  reservationsLead:
    'Förbehåll och villkor i anbuden. Ett anbud med förbehåll mot ett obligatoriskt krav ska förkastas.',
  looseReservations: 'Förbehåll utanför svaren',
  noReservations: 'Inga förbehåll hittades i anbuden.',
  looseLead: 'Meningar med förbehåll som inte står i svaret på något krav: pröva om de gäller kraven.',
  problems: 'Filer som inte kunde användas',
  unusable: 'Anbudet kunde inte utvärderas',
  result: 'Resultat av poängsättningen',
  resultLead:
    'Nämndens poäng, beräknade med bilagans modell. ' + 'Beräkningen står i sin helhet under varje anbudsgivare.',
  rank: 'Placering',
  total: 'Totalt',
  qualityPoints: 'Kvalitetspoäng',
  comparisonPrice: 'Jämförelsepris',
  deductions: 'Prisavdrag',
  missingScores: 'Poäng saknas för',
  rankBy: {
    points: 'rangordnat efter poäng (högst först)',
    'comparison-price': 'rangordnat efter jämförelsepris (lägst först)',
    deductions: 'rangordnat efter prisavdrag (störst först)',
  },
  noScores: 'Ingen poängfil angavs (--scores): poängen sätts av nämnden.',
  mandatory: 'obligatoriskt',
  awardCriterion: 'utvärderingskriterium',
  fromForm: 'svarsformuläret',
  fromDocument: 'anbudets dokument',
  byLabel: 'under kravets nummer',
  byTopic: 'efter ämne',
  block: 'stycke',
  page: 'sida',
  field: { accepted: 'kryssrutan', answer: 'svarsfältet', attachment: 'bilagefältet' },
  foundBy: { tag: 'fältets nyckel', bookmark: 'bokmärke', row: 'radens ordning' },
  reservationKinds: {
    condition: 'villkor eller förbehåll',
    refusal: 'godtar inte kravet',
    altered: 'ändrad kravtext',
  },
  files_roles: { form: 'svarsformulär', document: 'dokument', unreadable: 'kunde inte läsas' },
  filter: 'Visa status',
  all: 'alla',
  generator: 'Skapat av jamkrav evaluate',
  counts: (s) =>
    `${s.accepted} godtagna, ${s.answered} besvarade, ${s['attachment-missing']} utan bilaga, ${s['not-answered']}` +
    ` ej besvarade, ${s.reservation} med förbehåll`,
  exit: {
    0: 'Alla anbud besvarar alla obligatoriska krav utan förbehåll.',
    1: 'Minst ett anbud besvarar inte ett obligatoriskt krav eller har ett förbehåll.',
    2: 'Minst en fil kunde inte användas; se ovan.',
  },
};

const en: EvaluateLabels = {
  title: 'Evaluation record: gender-equality requirements',
  statuses: {
    accepted: 'accepted',
    answered: 'answered',
    'attachment-missing': 'attachment missing',
    'not-answered': 'not answered',
    reservation: 'RESERVATION',
  },
  marks: sv.marks,
  confidential:
    'CONFIDENTIAL: information from tenders, confidential under OSL (2009:400) ch. 19 s. 3 (2) until the award ' +
    'decision',
  masked: 'Personal names and contact details in the quotes are masked.',
  tender: 'Procurement',
  reference: 'Reference number',
  authority: 'Contracting authority',
  source: 'Requirements from',
  level: 'Level',
  summary: 'Summary',
  summaryLead:
    'Every tenderer against every requirement. A reservation against a mandatory requirement means the tender must ' +
    'be rejected; the committee examines each one.',
  tenderer: 'Tenderer',
  orgNumber: 'Registration number',
  requirement: 'Requirement',
  status: 'Status',
  quote: 'Quote',
  where: 'Where',
  notes: 'Notes',
  files: 'Files',
  answer: 'Answer',
  attachment: 'Attachment',
  guide: 'Scoring guide',
  weight: 'Weight',
  score: 'Score',
  reason: 'Reason',
  reservations: 'Reservations',
  reservationsLead:
    'Reservations and conditions in the tenders. A tender with a reservation against a mandatory requirement must ' +
    'be rejected.',
  looseReservations: 'Reservations outside the answers',
  noReservations: 'No reservations were found in the tenders.',
  looseLead:
    "Sentences with reservations that stand in no requirement's answer: check whether they concern the requirements.",
  problems: 'Files that could not be used',
  unusable: 'The tender could not be evaluated',
  result: 'Result of the scoring',
  resultLead:
    "The committee's scores, computed with the appendix's model. The whole computation stands under each tenderer.",
  rank: 'Rank',
  total: 'Total',
  qualityPoints: 'Quality points',
  comparisonPrice: 'Comparison price',
  deductions: 'Price deduction',
  missingScores: 'Scores missing for',
  rankBy: {
    points: 'ranked by points (highest first)',
    'comparison-price': 'ranked by comparison price (lowest first)',
    deductions: 'ranked by price deduction (largest first)',
  },
  noScores: 'No scores file was given (--scores): the committee sets the scores.',
  mandatory: 'mandatory',
  awardCriterion: 'award criterion',
  fromForm: 'the answer form',
  fromDocument: "the tender's documents",
  byLabel: "under the requirement's number",
  byTopic: 'by topic',
  block: 'block',
  page: 'page',
  field: { accepted: 'the tick box', answer: 'the answer field', attachment: 'the attachment field' },
  foundBy: { tag: "the field's key", bookmark: 'bookmark', row: 'row order' },
  reservationKinds: {
    condition: 'condition or reservation',
    refusal: 'does not accept the requirement',
    altered: 'altered clause',
  },
  files_roles: { form: 'answer form', document: 'document', unreadable: 'could not be read' },
  filter: 'Show status',
  all: 'all',
  generator: 'Made by jamkrav evaluate',
  counts: (s) =>
    `${s.accepted} accepted, ${s.answered} answered, ${s['attachment-missing']} attachment missing, ` +
    `${s['not-answered']} not answered, ${s.reservation} with reservation`,
  exit: {
    0: 'Every tender answers every mandatory requirement without reservation.',
    1: 'At least one tender does not answer a mandatory requirement or has a reservation.',
    2: 'At least one file could not be used; see above.',
  },
};

export const EVALUATE_LABELS: Record<Lang, EvaluateLabels> = { sv, en };

/** Where a quote stands, in words: "anbud.docx, sida 3, stycke 41, ”4.2 Personal”" / "form.docx, svarsfältet". */
export function placeText(p: Place, lang: Lang, base?: (file: string) => string): string {
  const l = EVALUATE_LABELS[lang];
  const parts = [base ? base(p.file) : p.file];
  if (p.field) parts.push(l.field[p.field] ?? p.field);
  if (p.page !== undefined) parts.push(`${l.page} ${p.page}`);
  if (p.block !== undefined) parts.push(`${l.block} ${p.block}`);
  if (p.heading) parts.push(fmt(lang, QUOTED, { text: p.heading }));
  return parts.join(', ');
}
