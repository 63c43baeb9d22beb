// A RuleTester-style table runner for evidence specs: sentences it must find, and must not.

import { describe, expect, test } from 'vitest';
import type { EvidenceSpec } from '../../src/types.js';
import { exampleBlocks } from '../../src/match/index.js';
import { newSession } from './session.js';

const session = newSession();

/** The unit text where `spec` is found in the example `text` (read as a tender excerpt), or null. */
export function find(spec: EvidenceSpec, text: string): string | null {
  return session.find(session.prepare(exampleBlocks(text), { tender: true }), session.compile(spec))?.unit ?? null;
}

/** One `describe` per spec: each `found` example must hold the evidence, each `missed` must not. */
export function evidenceTester(name: string, spec: EvidenceSpec, cases: { found: string[]; missed: string[] }): void {
  describe(name, () => {
    test.each(cases.found)('finds it in %j', (text) => {
      expect(find(spec, text)).not.toBeNull();
    });
    test.each(cases.missed)('does not find it in %j', (text) => {
      expect(find(spec, text)).toBeNull();
    });
  });
}
