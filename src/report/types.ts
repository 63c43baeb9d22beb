// What every formatter gets and gives: the lint result and a context in, one string out.
import type { LintResult, PackInfo } from '../lint/types.js';
import type { Lang, QualityRule, Rule } from '../types.js';

/** Everything a formatter may need beyond the result. Formatters never read files. */
export interface FormatContext {
  /** Language of headings, labels and summary lines. */
  lang: Lang;
  /** Whether to colour (stylish only): false for --no-color, NO_COLOR, a file or a pipe. */
  color: boolean;
  /** A terminal's width, to wrap to (stylish only); none in a file or a pipe, where lines stay whole. */
  width?: number;
  /** Metadata of the rules checked (titles, rationale, basis, clauses) for SARIF and JUnit. */
  rules: readonly Rule[];
  /** Metadata of the writing-quality rules checked (language packs' words, weak checks); default none. */
  qualityRules?: readonly QualityRule[];
  /** jamkrav's version, for SARIF's tool driver. */
  version: string;
  /** `--explain`: the rules to explain (the `explain` formatter); default none. */
  explain?: (ruleId: string) => boolean;
  /** When and over what the report was made (html); default none, and the report says nothing. */
  run?: RunInfo;
}

/** Where a report came from, for a reader who finds the file later. */
export interface RunInfo {
  /** When it was made, ISO 8601 in UTC: SOURCE_DATE_EPOCH when set, so reports can be reproduced. */
  madeAt: string;
  /** The paths as given on the command line (none: the working directory). */
  paths: readonly string[];
  /** The packs loaded, with versions. */
  packs: readonly PackInfo[];
  /** The config file used, or null when none was found. */
  config: string | null;
  /**
   * From the folder the report is written to back to the working directory, `/`-separated
   * (`''` when the same): links to the documents, whose paths are relative to the working
   * directory, are made relative to the report so the folder can be moved as a whole.
   */
  linkBase: string;
}

/** A formatter: a pure function from a result to the text to print or write. */
export type Formatter = (result: LintResult, ctx: FormatContext) => string;
