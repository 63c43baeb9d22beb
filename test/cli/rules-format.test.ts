// Tables that fit a terminal: `jamkrav rules list` on an 80-column screen.
import { describe, expect, it } from 'vitest';
import { rulesTable } from '../../src/cli/rules-format.js';
import { loadCatalogue } from '../../src/packs/index.js';

describe('rulesTable', () => {
  it('fits a narrow terminal: the basis column goes, titles wrap', async () => {
    const { rules } = await loadCatalogue({ lang: 'sv' });
    const wide = rulesTable(rules, 'base', 'sv');
    expect(Math.max(...wide.split('\n').map((l) => [...l].length))).toBeGreaterThan(80);
    const narrow = rulesTable(rules, 'base', 'sv', 80);
    for (const line of narrow.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(narrow).not.toContain('Rättslig grund');
    // Every rule id still stands at the start of a line.
    for (const r of rules) expect(narrow).toMatch(new RegExp(`^${r.id.replace('.', '\\.')} `, 'm'));
  });
});
