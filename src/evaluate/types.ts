// The data of an evaluation: the tender's requirements and award model, what each tenderer
// handed in, and per tenderer × requirement the status with the sentence it rests on. Plain
// data, so every formatter (protocol, HTML, JSON, CSV, terminal) renders the same result.
import type { Lang, Level, RequirementKind } from '../types.js';

/** One step of a scoring guide. */
export interface GuideStep {
  score: number;
  text: string;
}

/** How an award criterion is scored, as the appendix published it. */
export interface CriterionModel {
  method: 'points' | 'price-deduction';
  max: number;
  unit: 'points' | 'SEK' | 'percent' | null;
  /** Percent of the whole evaluation (LOU 16 kap.), or null. */
  weightPercent: number | null;
  /** SEK of fictive price deduction per point, or null. */
  deductionPerPoint: number | null;
  /** What is scored, and every step of the scale, as the appendix words them. */
  guide: string;
  steps: GuideStep[];
  /** The appendix's own words for the weight ("högst 5 poäng, vikt 10 %"). */
  weightText: string;
}

/** One requirement of the tender, numbered as in the appendix. */
export interface Requirement {
  ruleId: string;
  number: number;
  /** "Krav 3", "Utvärderingskriterium 4": as the appendix and the form name it. */
  label: string;
  title: string;
  kind: RequirementKind;
  level: Level;
  /** The clause text, one string per paragraph. */
  paragraphs: string[];
  verification: string;
  /** Every tenderer must meet it (all kinds but award criteria). */
  mandatory: boolean;
  /** The clause or its verification asks for a document with the bid (rules/evaluate.yaml). */
  asksAttachment: boolean;
  evaluation: CriterionModel | null;
}

/** The tender being evaluated. */
export interface Tender {
  /** Where it came from: the appendix JSON or DOCX, or the selection flags. */
  source: string;
  lang: Lang;
  level: Level;
  title: string | null;
  reference: string | null;
  authority: string | null;
  requirements: Requirement[];
}

/** The statuses of a tenderer × requirement pair. */
export const STATUSES = ['accepted', 'answered', 'attachment-missing', 'not-answered', 'reservation'] as const;
export type Status = (typeof STATUSES)[number];

/** Where a quoted sentence stands. */
export interface Place {
  /** The file, relative to the bids folder. */
  file: string;
  /** 1-based block number in the document, as lint counts. */
  block?: number;
  page?: number;
  heading?: string;
  /** For an answer form: the field (`accepted`, `answer`, `attachment`) and how it was found. */
  field?: string;
  foundBy?: string;
}

/** A sentence an answer rests on. */
export interface Quote {
  text: string;
  place: Place;
}

/** One tenderer × requirement. */
export interface Cell {
  ruleId: string;
  status: Status;
  /** Where the answer was read: the answer form by its keys, the bid's own documents, or nowhere. */
  source: 'form' | 'document' | null;
  /** How the answer was found in a document: a label or rule id naming the requirement, or its concepts. */
  via?: 'label' | 'evidence';
  /** The sentence the status rests on (the reservation, the accepting sentence, the description). */
  quote?: Quote;
  /** For a reservation: the words that make it one, and whether it declines outright or alters the clause. */
  reservation?: { words: string; kind: 'condition' | 'refusal' | 'altered' };
  /** The box on the answer form, where there is one. */
  ticked?: boolean | null;
  /** The whole answer, for award criteria and the protocol (form text or the passage). */
  answer?: string;
  /** The attachment the answer names, if any. */
  attachment?: string;
  /** What the committee should know (in the run's language). */
  notes: string[];
}

/** One file of a bid, as read. */
export interface BidFile {
  path: string;
  role: 'form' | 'document' | 'unreadable';
  format?: string;
  error?: string;
}

/** A problem with the input: one line, naming the file. */
export interface Problem {
  file: string;
  message: string;
}

/** One tenderer's bid, evaluated. */
export interface TendererResult {
  /** The folder (or file) name in the bids folder: stable, what --scores refers to. */
  id: string;
  /** The name the answer form gives, else the id. */
  name: string;
  orgNumber: string | null;
  files: BidFile[];
  /** Null when the bid could not be evaluated at all (see problems). */
  cells: Cell[] | null;
  /** Reservations that stand in the bid outside any requirement's answer. */
  looseReservations: Array<Quote & { words: string }>;
  /** What the committee should know about the bid as a whole (a form made for other requirements). */
  notes: string[];
  problems: Problem[];
}

/** The committee's scores, computed with the tender's model. */
export interface ScoreLine {
  ruleId: string;
  score: number;
  max: number;
  /** Weighted points (score / max × weight), or null for a deduction criterion. */
  points: number | null;
  /** SEK deducted, or null for a weighted criterion. */
  deduction: number | null;
  reason: string | null;
  /** The arithmetic, worded ("4 / 5 × 10 = 8,00"). */
  arithmetic: string;
}

export interface TendererScore {
  id: string;
  lines: ScoreLine[];
  /** Sum of weighted points of the criteria with a weight. */
  qualityPoints: number;
  price: number | null;
  deductions: number;
  /** Price minus deductions, where a price is given. */
  comparisonPrice: number | null;
  pricePoints: number | null;
  total: number | null;
  rank: number | null;
  /** Criteria without a score: the result is incomplete until they are given. */
  missing: string[];
  /** The whole computation, line by line. */
  arithmetic: string[];
}

export interface ScoreResult {
  file: string;
  /** How tenderers are ranked: by total points (higher wins) or by comparison price (lower wins). */
  rankBy: 'points' | 'comparison-price' | 'deductions';
  priceWeight: number | null;
  tenderers: TendererScore[];
}

/** The whole evaluation. */
export interface EvaluationResult {
  version: 1;
  lang: Lang;
  confidential: boolean;
  masked: boolean;
  tender: Tender;
  tenderers: TendererResult[];
  /** Input that belongs to no tenderer, or that could not be used. */
  problems: Problem[];
  scores: ScoreResult | null;
}
