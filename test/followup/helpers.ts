// A small follow-up set for the tests: two contracts awarded on generated appendices, in a
// scratch folder, and the real CLI to run on it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, loadCatalogue } from '../../src/index.js';

export const REGISTER = `version: 1
authority: Exempelkommun
defaults:
  followUpBy: Anna Andersson
contracts:
  - id: AV-1
    title: Hemtjänst Norra
    supplier: Omsorg AB
    sector: care
    start: 2024-04-01
    end: 2027-03-31
    appendix: bilagor/advanced.json
    targets:
      leaders: { minShare: 40 }
  - id: AV-2
    title: Lokalvård
    supplier: "Städ & Service, Mitt AB"
    sector: education
    start: 2024-01-01
    end: 2026-12-31
    appendix: bilagor/leading.json
    reports: { period: calendar-year, dueDays: 31 }
`;

/** A scratch folder holding avtal.yaml and the two appendices it names. */
export async function smallSet(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-followup-'));
  mkdirSync(join(dir, 'bilagor'));
  const catalogue = await loadCatalogue();
  for (const level of ['advanced', 'leading'] as const) {
    const r = await generate({ catalogue, level, format: 'json', date: '2024-01-01' });
    writeFileSync(join(dir, 'bilagor', `${level}.json`), r.data);
  }
  writeFileSync(join(dir, 'avtal.yaml'), REGISTER);
  return dir;
}
