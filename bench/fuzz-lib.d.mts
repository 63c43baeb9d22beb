// Types for the fuzz inputs, so test/hardening/fuzz.test.ts can use them under strict TypeScript.
import type fc from 'fast-check';

export interface Seeds {
  docx: Uint8Array[];
  odt: Uint8Array[];
  templates: Uint8Array[];
  texts: string[];
  packs: string[];
  configs: string[];
  manifests: string[];
  csv: string[];
  metas: string[];
}

/** The library under test, as the targets call it (src/ in vitest, dist/ in npm run fuzz). */
export interface FuzzApi {
  readDocumentBytes(path: string, bytes: Uint8Array, options?: object): Promise<unknown>;
  loadPackFile(file: string, options?: object): Promise<unknown>;
  validatePacks(files: string[], lang?: 'sv' | 'en'): Promise<unknown>;
  loadCatalogue(options: { packs?: string[]; lang?: 'sv' | 'en' }): Promise<unknown>;
  loadConfig(lookup: { cwd: string; file?: string; lang: 'sv' | 'en' }): Promise<unknown>;
  lintFiles(options: object): Promise<unknown>;
  loadManifest(path: string, lang: 'sv' | 'en', cwd?: string): Promise<unknown>;
  parseMeta(file: string, source: string, lang?: 'sv' | 'en'): Promise<object>;
  generate(options: never): Promise<{ data: Uint8Array }>;
  catalogue: unknown;
  stringify(value: unknown): string;
  fs: {
    writeFileSync(path: string, data: string | Uint8Array): void;
    mkdirSync(path: string, options?: object): unknown;
  };
}

export interface Target<T = unknown> {
  name: string;
  arb: fc.Arbitrary<T>;
  run(input: T): Promise<unknown>;
  file(input: T): { name: string; bytes: Uint8Array };
}

export interface Outcome {
  ok: boolean;
  kind: 'value' | 'user-error' | 'crash';
  error?: unknown;
  ms: number;
}

export declare function loadSeeds(root: string, extra?: { docx?: Uint8Array[]; templates?: Uint8Array[] }): Seeds;
export declare function makeTargets(api: FuzzApi, seeds: Seeds, dir: string): Target[];
export declare function mutatedZip(seeds: Uint8Array[], kind: 'docx' | 'odt'): fc.Arbitrary<Uint8Array>;
export declare function xmlDocument(kind: 'docx' | 'odt'): fc.Arbitrary<string>;
export declare function textBytes(seedTexts: string[]): fc.Arbitrary<Uint8Array>;
export declare function markdownText(seedTexts: string[]): fc.Arbitrary<string>;
export declare function yamlText(seedTexts: string[], stringify: (value: unknown) => string): fc.Arbitrary<string>;
export declare function csvText(seedTexts: string[]): fc.Arbitrary<string>;
export declare function outcome(fn: () => unknown, isUserError: (e: unknown) => boolean): Promise<Outcome>;
export declare function prototypeKeys(): string;
export { default as fc } from 'fast-check';
