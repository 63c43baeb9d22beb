// Every formatter on `language` and `weak` findings: kinds shown, rule metadata, positions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/lint/types.js';
import { qualityRules } from '../../src/quality/index.js';
import { github } from '../../src/report/github.js';
import { html } from '../../src/report/html.js';
import { json } from '../../src/report/json.js';
import { junit } from '../../src/report/junit.js';
import { sarif } from '../../src/report/sarif.js';
import { stylish } from '../../src/report/stylish.js';
import type { Finding } from '../../src/types.js';
import { builtinPacks, builtinWeakPack } from '../quality/helpers.js';
import { CTX, RESULT } from './sample.js';

const QUALITY = qualityRules(await builtinPacks(), await builtinWeakPack());

const WORD: Finding = {
  ruleId: 'langsv.kontaktman',
  kind: 'language',
  severity: 'warning',
  message: 'Undvik ”kontaktman”: … Skriv hellre ”kontaktperson”.',
  location: { block: 2, line: 7, column: 26, range: { start: 25, end: 35 }, heading: '3.2 Personal' },
  suggestion: 'kontaktperson',
};
const AGAIN: Finding = { ...WORD, location: { block: 3, line: 9, column: 4, range: { start: 3, end: 13 } } };
const WISH: Finding = {
  ruleId: 'weak.wish',
  kind: 'weak',
  severity: 'warning',
  message: 'Kravet (Föräldraskap [diskrl3.parenthood]) är bara formulerat som en önskan (”bör”).',
  location: { block: 4, line: 11, column: 1 },
  suggestion: 'Leverantören ska ha rutiner.',
};

const first = RESULT.files[0]!;
const result: LintResult = {
  ...RESULT,
  files: [{ ...first, findings: [...first.findings, WORD, AGAIN, WISH] }, ...RESULT.files.slice(1)],
  summary: { ...RESULT.summary, warnings: RESULT.summary.warnings + 3 },
  qualityRules: QUALITY,
};
const ctx = { ...CTX, qualityRules: QUALITY };

describe('formatters on writing-quality findings', () => {
  it("stylish names the kind and the word's column", () => {
    const out = stylish(result, ctx);
    // The finding's point on its line; the rule and the place on the next.
    expect(out).toContain(
      '  varning  språk: Undvik ”kontaktman”: … Skriv hellre ”kontaktperson”.\n           langsv.kontaktman · rad 7, ' +
        'kolumn 26, ”3.2 Personal”\n',
    );
    expect(out).toContain('  varning  svagt krav: Kravet (Föräldraskap [diskrl3.parenthood])');
    expect(stylish(result, { ...ctx, lang: 'en' })).toContain('  warning  language: Undvik');
  });

  it('json passes the range through and adds nothing else', () => {
    const out = JSON.parse(json(result, ctx)) as { files: { findings: Finding[] }[] };
    expect(out.files[0]!.findings.slice(-3)).toEqual([WORD, AGAIN, WISH]);
  });

  it('sarif describes the quality rules after the requirement rules and stays valid', () => {
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/lint/sarif-schema-2.1.0.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const log = JSON.parse(sarif(result, ctx)) as {
      runs: {
        tool: { driver: { rules: { id: string; properties: { tags: string[] } }[] } };
        results: { ruleId: string; ruleIndex: number; partialFingerprints: Record<string, string> }[];
      }[];
    };
    expect(ajv.validate(schema, log)).toBe(true);
    const run = log.runs[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids.slice(0, 3)).toEqual(['diskrl3.parenthood', 'diskrl3.pay', 'cemr12.equal-service']);
    expect(ids).toContain('langsv.kontaktman');
    expect(run.tool.driver.rules.find((r) => r.id === 'weak.wish')!.properties.tags).toEqual([
      'gender-equality',
      'weak-requirement',
      'weak',
    ]);
    const words = run.results.filter((r) => r.ruleId === 'langsv.kontaktman');
    expect(words.map((r) => ids[r.ruleIndex])).toEqual(['langsv.kontaktman', 'langsv.kontaktman']);
    expect(words[0]!.partialFingerprints['jamkrav/v1']).not.toBe(words[1]!.partialFingerprints['jamkrav/v1']);
  });

  it('junit keeps a case per requirement rule and adds one failing case per quality rule found', () => {
    const xml = junit(result, ctx);
    const names = [...xml.split('<testsuite ')[1]!.matchAll(/<testcase classname="[^"]*" name="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual([
      'diskrl3.parenthood',
      'diskrl3.pay',
      'cemr12.equal-service',
      'langsv.kontaktman',
      'weak.wish',
    ]);
    expect(xml.match(/<failure message="Undvik/g)).toHaveLength(2);
    expect(xml).toContain('Plats: rad 7, kolumn 26');
  });

  it('github annotates the word itself', () => {
    expect(github(result, ctx)).toContain(
      '::warning file=anbud/förfrågan 1.md,line=7,col=26,title=jamkrav langsv.kontaktman::Undvik ”kontaktman”',
    );
  });

  it("html lists them under their own heading in the document's details, with the suggestion", () => {
    const page = html(result, ctx);
    const details = page.slice(page.indexOf('id="doc1"'));
    expect(details).toContain('<h4>Skrivkvalitet: språk och svaga krav</h4>');
    expect(details).toContain('<code>weak.wish</code>');
    expect(details).toContain('Förslag:</span> kontaktperson');
  });
});
