// The shape of jamkrav.config.yaml, as rules/schema/config.schema.json describes it.
import type { ConfigLimits } from '../limits.js';
import type { Level, Severity, SourcePos, SourceProblem, TenderType } from '../types.js';

export type { ConfigLimits };

/** `off` (the rule is not checked) or the severity its findings get. */
export type RuleSetting = 'off' | Severity;

/** Settings for the files matching `files` (globs relative to the config file's folder). */
export interface ConfigOverride {
  files: string[];
  rules?: Record<string, RuleSetting>;
  /** Rule id → the reason the rule is rightly absent from these files. */
  suppress?: Record<string, string>;
}

/** The settings a config file may hold; every field is optional. */
export interface JamkravConfig {
  packs?: string[];
  level?: Level;
  /** The contract type of the tenders in this folder: services (default), goods or works. */
  type?: TenderType;
  rules?: Record<string, RuleSetting>;
  overrides?: ConfigOverride[];
  ignore?: string[];
  limits?: ConfigLimits;
}

/** A config as loaded: where it came from, and how to point back into it. */
export interface LoadedConfig {
  /** The config file, or null when none was found (all defaults). */
  file: string | null;
  /** The file as messages name it (relative to the working directory); '' when none. */
  name: string;
  /** Globs and pack paths are relative to this folder. */
  dir: string;
  config: JamkravConfig;
  /** Non-fatal problems (schema warnings). */
  warnings: SourceProblem[];
  /** The 1-based position of the value at `path` in the file, for positioned errors. */
  positionOf(path: readonly (string | number)[]): SourcePos | undefined;
}
