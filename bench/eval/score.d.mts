// Types for the eval scorer, so test/eval/score.test.ts can use it under strict TypeScript.
export declare const SCHEMA: 'jamkrav-eval-labels/1';
export declare const THRESHOLDS: Readonly<{
  accuracy: number;
  recallMissing: number;
  precisionMissing: number;
  coveredRecall: number;
}>;
export declare class LabelsError extends Error {}

export interface LabelledDoc {
  id: string;
  covered: Set<string>;
  format: string;
  lang: string;
  notes: Record<string, string>;
}
export interface Labels {
  rules: string[];
  excluded: string[];
  docs: LabelledDoc[];
}
export interface Figures {
  accuracy: number;
  recallMissing: number;
  precisionMissing: number;
  coveredRecall: number;
  coveredFound: number;
}
export interface Counts {
  docs: number;
  pairs: number;
  correct: number;
  positives: number;
  negatives: number;
  caught: number;
  reported: number;
  missed: number;
  falseGaps: number;
  errors: number;
}
export interface WrongPair {
  id: string;
  rule: string;
  format: string;
  lang: string;
  expected: 'missing' | 'covered';
  got: string;
  note: string;
  /** Where lint saw the rule as covered (block, page, line, heading), when it wrongly said covered. */
  at: string;
}
export interface Score {
  overall: Counts & Figures;
  pass: boolean;
  perRule: (Counts & Figures & { rule: string })[];
  perFormat: (Counts & Figures & { format: string })[];
  perLang: (Counts & Figures & { lang: string })[];
  perDoc: {
    id: string;
    format: string;
    lang: string;
    wrong: number;
    fail: 'absent' | 'error' | null;
    detail: string | null;
  }[];
  wrong: WrongPair[];
  warnings: string[];
  ignoredRules: string[];
}

export declare function parseLabels(text: string, name?: string): Labels;
export declare function loadLabels(path: string): Labels;
export declare function baseId(path: string): string;
export declare function fileLevelError(file: unknown): string | null;
export declare function metrics(counts: Counts): Figures;
export declare function passes(figures: Figures, thresholds?: typeof THRESHOLDS): boolean;
export declare function scoreReport(labels: Labels, report: unknown): Score;
export interface PredictionChange {
  id: string;
  rule: string;
  format: string;
  built: string;
  source: string;
  truth: 'covered' | 'missing';
}
export declare function comparePredictions(
  labels: Labels,
  builtReport: unknown,
  sourceReport: unknown,
): PredictionChange[];
export declare function onlyFormats(labels: Labels, formats: Set<string>): Labels;
export declare function summaryLine(figures: Counts & Figures): string;
