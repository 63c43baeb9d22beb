// A batch writes each tender's answer form and annex beside its appendix when the manifest asks,
// byte for byte what `generate` makes for the same tender, and checks their names with the rest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, ManifestError } from '../../src/batch/index.js';
import { generate, readAnswerForm } from '../../src/generate/index.js';
import { loadCatalogue } from '../../src/packs/index.js';
import { scratch, tree } from './helpers.js';

const PLAN = `defaults: { packs: [pack.yaml], answerForm: true, meta: { authority: { name: Exempelby kommun } } }
tenders:
  - output: hemtjanst.docx
    meta: { tender: { title: Hemtjänst 2027, reference: KS 2026/0412, date: "2026-03-01" } }
    annex: intern/hemtjanst-motiv.md
  - output: skolskjuts.docx
    meta: { tender: { title: Skolskjuts, date: "2026-03-01" } }
    answerForm: svar/skolskjuts-svar.docx
    annex: true
  - output: lokalvard.md
    meta: { tender: { title: Lokalvård, date: "2026-03-01" } }
    answerForm: false
`;

describe('jamkrav batch: answer forms and annexes', () => {
  it('writes them where the manifest says, the same bytes as generate', async () => {
    const dir = scratch({ 'plan.yaml': PLAN });
    const r = await runBatch({ manifest: 'plan.yaml', out: 'ut', lang: 'sv', cwd: dir, jobs: 1 });
    expect(r.outcomes.map((o) => o.status)).toEqual(['written', 'written', 'written']);
    expect(Object.keys(tree(join(dir, 'ut')))).toEqual([
      'hemtjanst-form.docx',
      'hemtjanst.docx',
      'intern/hemtjanst-motiv.md',
      'lokalvard.md',
      'skolskjuts-annex.docx',
      'skolskjuts.docx',
      'svar/skolskjuts-svar.docx',
    ]);
    const catalogue = await loadCatalogue({ packs: [join(dir, 'pack.yaml')] });
    const alone = await generate({
      catalogue,
      meta: {
        tender: { title: 'Hemtjänst 2027', reference: 'KS 2026/0412', date: '2026-03-01' },
        authority: { name: 'Exempelby kommun' },
      },
      answerForm: true,
      annex: 'md',
    });
    expect(readFileSync(join(dir, 'ut/hemtjanst-form.docx')).equals(Buffer.from(alone.answerForm!))).toBe(true);
    expect(readFileSync(join(dir, 'ut/intern/hemtjanst-motiv.md')).equals(Buffer.from(alone.annex!))).toBe(true);
    expect(
      readAnswerForm(new Uint8Array(readFileSync(join(dir, 'ut/svar/skolskjuts-svar.docx'))), 'svar.docx', 'sv').rules
        .length,
    ).toBeGreaterThan(0);
    // A second run changes nothing.
    const again = await runBatch({ manifest: 'plan.yaml', out: 'ut', lang: 'sv', cwd: dir, jobs: 1 });
    expect(again.outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it("refuses a form that would overwrite another tender's appendix, before writing anything", async () => {
    const dir = scratch({
      'plan.yaml':
        'defaults: { packs: [pack.yaml] }\ntenders:\n  - output: a.docx\n  - output: b.docx\n    answerForm: a.docx\n',
    });
    const e = await runBatch({ manifest: 'plan.yaml', out: 'ut', lang: 'en', cwd: dir, jobs: 1 }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ManifestError);
    expect((e as ManifestError).toLine()).toBe(
      'plan.yaml:5:17: "a.docx" is already written by the tender at plan.yaml:3 (upper and lower case count as the ' +
        'same)',
    );
  });
});
