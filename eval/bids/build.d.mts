// Types for eval/bids/build.mjs, so the evaluate tests can use it under strict TypeScript.
export declare const BIDS_CASES: string;
export declare class BidsBuildError extends Error {}
export interface FormAnswer {
  ticked?: boolean;
  answer?: string;
  attachment?: string;
}
export declare function fillForm(
  docx: Uint8Array,
  answers: Record<string, FormAnswer>,
  tenderer: { name: string; org: string },
): Uint8Array;
export interface BidBlock {
  kind: string;
  text?: string;
  rows?: string[][];
}
export declare function docxOf(blocks: BidBlock[]): Promise<Uint8Array>;
export declare const FILLER: string[];
export declare function soffice(files: string[], to: string, outDir: string, profileDir: string): void;
export interface BuiltCase {
  name: string;
  dir: string;
  labels: {
    case: string;
    tender: string;
    packs: string[];
    lang: string;
    tenderers: Record<string, { unusable?: boolean; statuses: Record<string, string>; loose: number }>;
  };
}
export declare function buildBids(opts: { outDir: string; cases?: string[] }): Promise<BuiltCase[]>;
