// Types for eval/followup/docs.mjs, so tests can use it under strict TypeScript.
export type FreeBlock = string | { h: string } | { table: string[][] };
export declare function fillForm(docx: Uint8Array, values: ReadonlyMap<string, string>): Uint8Array;
export declare function freeDocx(blocks: FreeBlock[]): Uint8Array;
export declare function freePdf(lines: string[]): Uint8Array;
