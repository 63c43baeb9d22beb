// Inputs that cost time or memory out of proportion to their size: XML elements with 100,000
// attributes or namespace declarations, YAML with tens of thousands of rules, forms or fields,
// or a title of megabytes. Each is read in linear time, or refused by a bound with one
// positioned line. Those refused through the built CLI: quadratic.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../../src/documents/index.js';
import type { UserError } from '../../src/errors.js';
import { parseMeta } from '../../src/generate/index.js';
import { parseValidatedYaml } from '../../src/yaml/validated.js';
import { expectLinear } from '../linear.js';
import { docx, W } from './helpers.js';

const TEXT = 'Leverantören ska betala lika lön för lika arbete.';

describe('XML: linear in attributes and namespace declarations', () => {
  it('25,000 and 100,000 attributes on one element (25 s before), a duplicate among them found', async () => {
    const attrsOf = (n: number) => Array.from({ length: n }, (_, i) => `a${i}="x"`).join(' ');
    await expectLinear(async (n) => {
      const bytes = docx(`<w:p ${attrsOf(n)}><w:r><w:t>${TEXT}</w:t></w:r></w:p>`, { level: 1 });
      expect((await readDocumentBytes('a.docx', bytes)).blocks[0]!.text).toBe(TEXT);
    }, 25_000);
    const dup = docx(`<w:p ${attrsOf(100_000)} a77777="y"><w:r><w:t>${TEXT}</w:t></w:r></w:p>`, { level: 1 });
    await expect(readDocumentBytes('dup.docx', dup, { lang: 'en' })).rejects.toThrow(
      /not well-formed XML \(line 1: duplicate attribute: a77777\)/,
    );
  });

  it('50,000 namespace declarations, and 20,000 children declaring their own (18 s and 72 s before)', async () => {
    await expectLinear(async (n) => {
      const decls = Array.from({ length: n }, (_, i) => `xmlns:p${i}="urn:x:${i}"`).join(' ');
      const kids = `<w:p xmlns:q="urn:q" q:a="1"><w:r><w:t>${TEXT}</w:t></w:r></w:p>`.repeat(n * 0.4);
      const raw = `<w:document xmlns:w="${W}" ${decls}><w:body>${kids}</w:body></w:document>`;
      const bytes = docx(raw, { raw: true, level: 1 });
      expect((await readDocumentBytes('ns.docx', bytes)).blocks).toHaveLength(n * 0.4);
    }, 12_500);
  });
});

describe('YAML: bounded in size and in counts, validated in linear time', () => {
  it('within the bounds, thousands of invalid rules are all reported, each positioned, quickly', async () => {
    const rules = Array.from({ length: 4000 }, (_, i) => `  - id: p.r${i}\n    title: x\n`).join('');
    const source =
      `id: p\nprefix: p\nversion: 1.0.0\ntitle: { sv: a, en: b }\nsource: { title: { sv: a, en: b }, ` +
      `url: https://x.se }\nrules:\n${rules}`;
    // Not linear: ajv copies its error list at every rule ($ref), so 36,000 problems cost about
    // 0.4 s where 18,000 cost 0.1. The count bound (5000 rules) is what keeps this in hand; this
    // guards against a hang, with room for a busy machine.
    const start = performance.now();
    const { problems } = await parseValidatedYaml('paket.yaml', source, 'rule-pack', 'en');
    expect(problems.length).toBeGreaterThan(4000 * 5);
    expect(problems.at(-1)!.pos.line).toBe(7 + 2 * 3999 + 1);
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it(
    'under the size limit, a string or a mapping past ' + 'its bound is one positioned line, in both languages',
    async () => {
      const title = `tender:\n  title: "${'a'.repeat(1_500_000)}"\n`;
      await expect(parseMeta('tender.yaml', title, 'en')).rejects.toThrow(
        'tender.title is 1500000 characters long; at most 20000 are read',
      );
      const many = Array.from({ length: 6000 }, (_, i) => `  f${i}: v\n`).join('');
      const fields = `tender: { title: T }\nfields:\n${many}`;
      const e: unknown = await parseMeta('tender.yaml', fields, 'sv').catch((x: unknown) => x);
      expect((e as UserError).toLine()).toBe('tender.yaml:3:3: fields har 6000 poster; högst 5000 läses');
    },
  );

  it('duplicate keys are still refused, at the repeated key, without comparing every pair', async () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `  f${i}: v\n`).join('');
    const { problems } = await parseValidatedYaml(
      'tender.yaml',
      `tender: { title: T }\nfields:\n${keys}  f17: w\n`,
      'tender',
      'en',
    );
    expect(problems).toEqual([
      { file: 'tender.yaml', pos: { line: 4003, col: 3 }, severity: 'error', message: 'Map keys must be unique' },
    ]);
  });
});
