// Loading a reading vocabulary: a phrase the term grammar rejects is a positioned problem, worded
// in the language asked for.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReading } from '../../src/packs/index.js';

/** The built-in vocabulary with one more duty phrase, written to a file of its own. */
function withDuty(phrase: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'jamkrav-reading-')), 'reading.yaml');
  const source = readFileSync('rules/reading.yaml', 'utf8').replace(/^(duty:\n {2}sv: \[)/m, `$1${phrase}, `);
  writeFileSync(file, source);
  return file;
}

describe('loadReading', () => {
  it('positions a phrase that cannot compile and says why in Swedish or English', async () => {
    const file = withDuty('"§*"');
    const line = async (lang: 'sv' | 'en') => {
      const { spec, problems } = await loadReading(file, lang, false);
      expect(spec).toBeUndefined();
      return problems.map((p) => `${p.pos.line}:${p.pos.col}: ${p.message}`);
    };
    expect(await line('sv')).toEqual(['19:8: ogiltig fras: "§*" måste vara ett enda ord för att få ha ett "*"']);
    expect(await line('en')).toEqual(['19:8: invalid phrase: "§*" must be a single word to carry a "*"']);
  });
});
