// The committed fixtures are exactly what make-fixtures.mjs builds (so they can be trusted and rebuilt).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers.js';

describe('fixtures', () => {
  it('match their generator byte for byte', async () => {
    const { fixtures } = await import('../fixtures/documents/make-fixtures.mjs');
    for (const [name, make] of Object.entries(fixtures)) {
      expect(Buffer.compare(Buffer.from(make()), readFileSync(fixture(name))), name).toBe(0);
    }
  });
});
