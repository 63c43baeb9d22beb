// Types for bench/hostile-pdf.mjs, so the hardening tests can use it under strict TypeScript.
export interface PdfPageSpec {
  content: string | Uint8Array;
  compress?: boolean;
}
export declare function pdf(pages: PdfPageSpec[]): Uint8Array;
export declare function textPage(lines: number | string[], text?: string): PdfPageSpec;
export declare function bombPage(bytes: number): PdfPageSpec;
export declare function manyItemsPage(count: number): PdfPageSpec;
