// Shared helpers for the reader tests: fixture paths and assertions on UserErrors.
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { Block, Document } from '../../src/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));

export function fixture(name: string): string {
  return FIXTURES + name;
}

/** Awaits `promise`, expects a UserError about `file` whose message contains every part. */
export async function expectUserError(promise: Promise<unknown>, file: string, ...parts: string[]): Promise<UserError> {
  const e: unknown = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  const ue = e as UserError;
  expect(ue.file).toBe(file);
  for (const part of parts) expect(ue.message).toContain(part);
  expect(ue.message).not.toContain('\n');
  return ue;
}

/** The texts of the blocks, for compact assertions. */
export function texts(doc: Document): string[] {
  return doc.blocks.map((b) => b.text);
}

/** The block whose text contains `needle`. */
export function block(doc: Document, needle: string): Block {
  const found = doc.blocks.find((b) => b.text.includes(needle));
  expect(found, `no block contains "${needle}"`).toBeDefined();
  return found!;
}
