// Types for bench/hostile-zip.mjs, so the hardening tests can use it under strict TypeScript.
export interface RawEntry {
  name: string;
  data?: Uint8Array;
  stored?: boolean;
  declaredSize?: number;
  shareWith?: string;
  deflated?: Uint8Array;
  size?: number;
}
export declare function crc32(bytes: Uint8Array): number;
export declare function rawZip(entries: RawEntry[]): Uint8Array;
export declare function compressibleHtml(bytes: number, ratio?: number): string;
export declare function overlappingDocx(copies: number, chunkBytes: number): Uint8Array;
export declare function lyingDocx(actual: number, text?: string): Uint8Array;
