// The shapes of a batch: the manifest as written, and each tender once its defaults are applied.
import type { AnnexFormat, GenerateFormat, TenderMeta } from '../generate/index.js';
import type { Lang, Level, RequirementKind, Stage } from '../types.js';

/** What a tender entry and the defaults block may both set (rules/schema/manifest.schema.json). */
export interface TenderSettings {
  /** Inline metadata, or the path of a tender.yaml file relative to the manifest. */
  meta?: string | TenderMeta;
  level?: Level;
  lang?: Lang;
  packs?: string[];
  rules?: string[];
  exclude?: string[];
  kinds?: RequirementKind[];
  stages?: Stage[];
  template?: string;
  format?: GenerateFormat;
  date?: string;
  /**
   * The supplier's answer form: a file name relative to --out, or true for the output's name with
   * `-form.docx` (defaults take true or false only: names belong to each tender).
   */
  answerForm?: string | boolean;
  /** The authority's annex (.docx or .md): a file name, or true for the output's name with `-annex.docx`. */
  annex?: string | boolean;
}

/** One tender as the manifest writes it. */
export interface TenderEntry extends TenderSettings {
  output: string;
}

/** The manifest as the schema defines it. */
export interface ManifestData {
  defaults?: TenderSettings;
  tenders: TenderEntry[];
}

/** Where something in the manifest is, for messages: `plan.yaml:14:7` or `plan.csv:9: column level`. */
export interface ManifestPlace {
  file: string;
  line: number;
  /** 1-based column in a YAML manifest. */
  col?: number;
  /** The column name in a CSV manifest. */
  column?: string;
}

/** One problem with the manifest. */
export interface ManifestProblem extends ManifestPlace {
  message: string;
}

/** A layer of metadata: a file to read, or values written in the manifest. */
export type MetaLayer = { file: string; shown: string } | { inline: TenderMeta };

/** One tender with its defaults applied and every path resolved. */
export interface PlannedTender {
  /** 0-based position in the manifest. */
  index: number;
  /** Where the tender stands in the manifest. */
  place: ManifestPlace;
  /** The output name as written, `/`-separated: the tender's identity and its shard key. */
  output: string;
  /** Absolute path of the file to write. */
  target: string;
  format: GenerateFormat;
  lang: Lang;
  level?: Level;
  /** Built-in pack ids, or absolute paths of pack files. */
  packs: string[];
  rules?: string[];
  exclude?: string[];
  kinds?: RequirementKind[];
  stages?: Stage[];
  date?: string;
  /** Metadata layers, merged in order (later wins). */
  meta: MetaLayer[];
  /** The second and third outputs, when asked for: name as written (`/`-separated) and absolute path. */
  answerForm?: { output: string; target: string };
  annex?: { output: string; target: string; format: AnnexFormat };
  template?: { file: string; shown: string };
}
