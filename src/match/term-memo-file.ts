// The memo of the built-in packs' terms that the build saves beside the bundle (see term-memo.ts
// and scripts/build-memo.mjs). Only the bundle has one beside it: run from its sources (the
// tests) or from tsc's output, this finds no file and a run compiles every term itself, so
// code being changed is never paired with a memo of older code.
import { readFileSync } from 'node:fs';
import { TermMemo } from './term-memo.js';

/** The file's name, beside the module that reads it. */
export const TERM_MEMO_FILE = 'term-memo.json';

/** The saved memo when there is one beside this module, else an empty memo. Never throws. */
export function savedTermMemo(): TermMemo {
  try {
    const data: unknown = JSON.parse(readFileSync(new URL(TERM_MEMO_FILE, import.meta.url), 'utf8'));
    if (TermMemo.isSaved(data)) return new TermMemo(data);
  } catch {
    // No file (not the bundle) or not one this code wrote: compile as without it.
  }
  return new TermMemo();
}
