// Manifests: the schema's errors positioned in YAML (`file:line:col`) and CSV (`file:line: column`),
// in Swedish and English, and how defaults and paths resolve.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestError, loadManifest, planBatch, problemLine } from '../../src/batch/index.js';
import type { Lang } from '../../src/types.js';
import { FIXTURES, scratch } from './helpers.js';

/** Every problem line of a manifest that must fail. */
async function problems(name: string, text: string, lang: Lang = 'sv'): Promise<string[]> {
  const dir = scratch({ [name]: text });
  try {
    await loadManifest(name, lang, dir);
  } catch (e) {
    if (e instanceof ManifestError) return e.problems.map((p) => problemLine(p, lang));
    throw e;
  }
  throw new Error('the manifest was accepted');
}

describe('YAML manifest errors', () => {
  it('points at the line and column of each problem', async () => {
    const text = [
      'defaults:',
      '  level: basic',
      'tenders:',
      '  - output: a.docx',
      '    levl: advanced',
      '  - meta: tender.yaml',
      '  - output: c.docx',
      '    kinds: [award]',
      '    meta: { tender: { type: boats } }',
      '    date: 1/5/2026',
    ].join('\n');
    expect(await problems('plan.yaml', text)).toEqual([
      'plan.yaml:2:10: defaults.level måste vara ett av: "base", "advanced", "leading"',
      'plan.yaml:5:5: okänt fält "levl" i tenders.0 (felstavat?)',
      'plan.yaml:6:5: fältet "output" saknas i tenders.1',
      'plan.yaml:8:13: tenders.2.kinds.0 måste vara ett av: "qualification", "technical-specification", ' +
        '"award-criterion", "special-contract-condition"',
      'plan.yaml:9:29: tenders.2.meta.tender.type måste vara ett av: "services", "goods", "works"',
      'plan.yaml:10:11: tenders.2.date har fel form (ett datum som 2026-12-01)',
    ]);
  });

  it('speaks English with --lang en', async () => {
    expect(await problems('plan.yaml', 'tenders:\n  - output: a.docx\n    level: top\n', 'en')).toEqual([
      'plan.yaml:3:12: tenders.0.level must be one of: "base", "advanced", "leading"',
    ]);
  });

  it('refuses an empty tender list and YAML syntax errors', async () => {
    expect(await problems('plan.yaml', 'tenders: []\n')).toEqual(['plan.yaml:1:10: tenders måste ha minst 1 element']);
    const [syntax] = await problems('plan.yaml', 'tenders:\n  - output: "a.docx\n');
    expect(syntax).toMatch(/^plan\.yaml:\d+:\d+: ett tecken saknas här \(/);
  });

  it('shows the first problem and a count as a one-line UserError', async () => {
    const dir = scratch({ 'plan.yaml': 'tenders:\n  - level: x\n  - level: y\n' });
    const e = await loadManifest('plan.yaml', 'en', dir).catch((x: unknown) => x);
    expect((e as ManifestError).toLine()).toBe('plan.yaml:2:5: missing field "output" in tenders.0 (and 3 more)');
  });

  it('names a missing manifest in one line', async () => {
    await expect(loadManifest('saknas.yaml', 'sv', scratch())).rejects.toThrow('filen finns inte');
  });
});

describe('CSV manifest errors', () => {
  it('names the line and the column: plan.csv:9: column level', async () => {
    const rows = ['output,title,reference,authority,level,lang'];
    for (let i = 0; i < 7; i++) rows.push(`t${i}.docx,T${i},KS ${i},Kommun,base,sv`);
    rows.push('t7.docx,T7,KS 7,Kommun,basic,sv');
    expect(await problems('plan.csv', rows.join('\n'), 'en')).toEqual([
      'plan.csv:9: column level: value must be one of: "base", "advanced", "leading"',
    ]);
    expect(await problems('plan.csv', rows.join('\n'), 'sv')).toEqual([
      'plan.csv:9: kolumn level: värdet måste vara ett av: "base", "advanced", "leading"',
    ]);
  });

  it('checks the header: unknown, repeated and missing columns', async () => {
    expect(await problems('plan.csv', 'output;titel;output\na.docx;x;y\n')).toEqual([
      expect.stringMatching(/^plan\.csv:1: kolumn titel: okänd kolumn \(kända: output, title, reference, authority/),
      'plan.csv:1: kolumn output: kolumnen finns två gånger',
    ]);
    expect(await problems('plan.csv', 'title,level\nx,base\n', 'en')).toEqual([
      'plan.csv:1: the header has no output column (the file name of each appendix)',
    ]);
  });

  it('checks each row: empty output, too many cells, list values, meta file and meta columns at once', async () => {
    const text = [
      'output,title,level,kinds,meta',
      ',Utan namn,base,,',
      'b.docx,B,base,qualification,,extra',
      'c.docx,C,base,qualification;award,',
      'd.docx,D,base,,d.yaml',
      '"e.docx,E,base,,',
    ].join('\r\n');
    // The unterminated quote on line 6 stops the parse before any row is checked.
    expect(await problems('plan.csv', text)).toEqual(['plan.csv:6: citattecknet som börjar här avslutas aldrig']);
    expect(await problems('plan.csv', text.split('\r\n').slice(0, 5).join('\r\n'))).toEqual([
      'plan.csv:2: kolumn output: tom cell; varje rad behöver ett filnamn',
      'plan.csv:3: raden har 6 celler men rubrikraden 5',
      'plan.csv:4: kolumn kinds: värdet måste vara ett av: "qualification", "technical-specification", ' +
        '"award-criterion", "special-contract-condition"',
      'plan.csv:5: kolumn meta: ange antingen en metadatafil i kolumnen meta eller kolumnerna title, inte båda',
    ]);
  });

  it('reads a Windows-1252 file from Excel\'s plain "CSV" export', async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'plan.csv'),
      Buffer.from([...Buffer.from('output;title\r\nh.docx;Hemtj'), 0xe4, ...Buffer.from('nst\r\n')]),
    );
    const m = await loadManifest('plan.csv', 'sv', dir);
    expect(m.data.tenders[0]!.meta).toEqual({ tender: { title: 'Hemtjänst' } });
  });
});

describe('planning', () => {
  it("applies defaults, resolves paths against the manifest and infers formats (the issue's example)", async () => {
    const m = await loadManifest(join(FIXTURES, 'manifest.yaml'), 'sv', FIXTURES);
    const plan = await planBatch(m, { out: '/tmp/ut', lang: 'sv', cwd: FIXTURES });
    expect(plan.map((t) => [t.output, t.format, t.level, t.lang])).toEqual([
      ['hemtjanst-2027.docx', 'docx', 'base', 'sv'],
      ['skolskjuts.docx', 'docx', 'advanced', 'sv'],
      ['markdown/lokalvard.md', 'md', 'base', 'sv'],
      ['json/livsmedel.json', 'json', 'base', 'en'],
    ]);
    expect(plan[1]).toMatchObject({
      target: '/tmp/ut/skolskjuts.docx',
      exclude: ['test.harassment'],
      meta: [{ file: join(FIXTURES, 'anbud/skolskjuts.yaml'), shown: 'anbud/skolskjuts.yaml' }],
      template: { file: join(FIXTURES, 'mall.docx'), shown: 'mall.docx' },
    });
    expect(plan[0]!.packs).toEqual([join(FIXTURES, '../generate/test-pack.yaml')]);
  });

  it("reads the CSV twin of a plan: lists split on ; and metadata columns into tender.yaml's shape", async () => {
    const m = await loadManifest(join(FIXTURES, 'plan.csv'), 'sv', FIXTURES);
    expect(m.data.tenders).toEqual([
      {
        output: 'hemtjanst-2027.docx',
        level: 'base',
        lang: 'sv',
        packs: ['../generate/test-pack.yaml'],
        meta: {
          tender: { title: 'Hemtjänst 2027', reference: 'KS 2026/0412' },
          authority: { name: 'Exempelby kommun' },
        },
      },
      {
        output: 'skolskjuts.docx',
        level: 'advanced',
        lang: 'en',
        packs: ['../generate/test-pack.yaml'],
        meta: {
          tender: { title: 'Skolskjuts "norr"', reference: 'BUN 2026/7' },
          authority: { name: 'Exempelby kommun' },
        },
      },
    ]);
  });
});

describe('manifest.schema.json', () => {
  it('holds the tender metadata schema unchanged, so inline metadata and tender.yaml agree', async () => {
    const { readFileSync } = await import('node:fs');
    const read = (name: string) =>
      JSON.parse(readFileSync(join(FIXTURES, '../../../rules/schema', name), 'utf8')) as Record<string, unknown> & {
        $defs: Record<string, Record<string, unknown>>;
      };
    const tender = read('tender.schema.json');
    const { $schema, $id, title, description, ...shape } = tender;
    void $schema;
    void $id;
    void title;
    void description;
    const { description: _d, ...inline } = read('manifest.schema.json').$defs.meta!;
    void _d;
    expect(inline).toEqual(shape);
  });
});
