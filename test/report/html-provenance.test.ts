// The HTML report counts what the CLI counts, shows writing-quality findings, says how it was
// made, and links every location to its file.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { summarize } from '../../src/lint/summary.js';
import type { FileResult, LintResult } from '../../src/lint/types.js';
import { html } from '../../src/report/html.js';
import { fileHref } from '../../src/report/html/links.js';
import { madeAt, runInfo } from '../../src/report/html/run-info.js';
import { json } from '../../src/report/json.js';
import { stylish } from '../../src/report/stylish.js';
import type { FormatContext, RunInfo } from '../../src/report/types.js';
import type { Finding, QualityRule } from '../../src/types.js';
import { context, FILES, largeResult, RULES } from '../fixtures/report/result.js';
import { regex } from '../regex.js';

const kontaktman: Finding = {
  ruleId: 'langsv.kontaktman',
  kind: 'language',
  severity: 'warning',
  message: 'Undvik ”kontaktman”. Skriv hellre ”kontaktperson”.',
  location: { block: 4, line: 7, column: 26, range: { start: 25, end: 35 }, heading: '3.2 Personal' },
  suggestion: 'kontaktperson',
};
const wish: Finding = {
  ruleId: 'weak.wish',
  kind: 'weak',
  severity: 'info',
  message: 'Önskemål binder ingen.',
  location: { block: 9, page: 2 },
};
const QUALITY_RULES: QualityRule[] = [
  {
    id: 'langsv.kontaktman',
    kind: 'language',
    pack: 'language-sv',
    title: { sv: 'kontaktman', en: 'kontaktman' },
    help: { sv: '', en: '' },
    severity: 'warning',
  },
  {
    id: 'weak.wish',
    kind: 'weak',
    pack: 'weak',
    title: { sv: 'Önskemål i stället för krav', en: 'A wish, not a requirement' },
    help: { sv: '', en: '' },
    severity: 'info',
  },
];

/** The small run with writing-quality findings added: every finding kind, counted by lint's own summarize. */
function mixedResult(): LintResult {
  const files: FileResult[] = FILES.map((f, i) =>
    i === 0
      ? { ...f, findings: [...f.findings, kontaktman, kontaktman, wish] }
      : i === 1
        ? { ...f, findings: [...f.findings, wish] }
        : f,
  );
  return { version: 1, files, summary: summarize(files), rules: RULES, qualityRules: QUALITY_RULES, notices: [] };
}

const RUN: RunInfo = {
  madeAt: '2026-12-06T09:30:00Z',
  paths: ['upphandling', 'anbud/"<x>".md'],
  packs: [
    { id: 'cemr-art12', version: '1.2.0', kind: 'requirement' },
    { id: 'language-sv', version: '1.0.0', kind: 'language' },
  ],
  config: 'conf/jamkrav <test>.yaml',
  linkBase: '..',
};
const ctx = (lang: 'sv' | 'en' = 'sv', run: RunInfo | null = RUN): FormatContext => ({
  ...context(lang),
  ...(run ? { run } : {}),
});

/** The findings card: its figure and its severity line. */
function findingsCard(page: string): { total: number; note: string; kinds: string[] } {
  const card = regex(
    /<h3>(?:Anmärkningar|Findings)<\/h3><p class="figure">(\d+)<\/p>/,
    /(?:<ul class="kinds">([\s\S]*?)<\/ul>)?<p class="note">([^<]*)<\/p>/,
  ).exec(page);
  return {
    total: Number(card?.[1]),
    kinds: [...(card?.[2] ?? '').matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1] ?? ''),
    note: card?.[3] ?? '',
  };
}

describe('html report: the same counts as the CLI', () => {
  it('counts every finding by severity exactly as stylish and json do, and by kind', () => {
    const result = mixedResult();
    const summary = (
      JSON.parse(json(result, ctx())) as { summary: { errors: number; warnings: number; infos: number } }
    ).summary;
    const line = /✖ (\d+) problem \((\d+) fel, (\d+) varningar, (\d+) info\)/.exec(stylish(result, ctx()));
    const card = findingsCard(html(result, ctx()));
    expect(summary).toMatchObject({ errors: 2, warnings: 6, infos: 2 });
    expect(line?.slice(1).map(Number)).toEqual([10, 2, 6, 2]);
    expect(card.total).toBe(summary.errors + summary.warnings + summary.infos);
    expect(card.note).toBe(`${summary.errors} fel, ${summary.warnings} varningar, ${summary.infos} info`);
    // Before: only missing requirements were counted (4 of these 10).
    expect(card.kinds).toEqual(['4 saknade krav', '2 svaga krav', '2 språkanmärkningar', '2 om undantag']);
    expect(findingsCard(html(result, ctx('en'))).note).toBe('2 errors, 6 warnings, 2 info');
  });
});

describe('html report: writing quality beside the matrix', () => {
  const page = html(mixedResult(), ctx());

  it('gives every document a language and a weak count, linked to its list of them', () => {
    expect(page).toMatch(
      regex(
        /<tr id="d1" data-language="2" data-weak="1">[\s\S]*?/,
        /<td class="n q n-language" data-q="language"><a href="#q1"[^>]*>2<\/a><\/td>/,
        /<td class="n q n-weak" data-q="weak"><a href="#q1"[^>]*>1<\/a><\/td><\/tr>/,
      ),
    );
    expect(page).toMatch(/<tr id="d4" data-language="0" data-weak="0">[\s\S]*?data-q="language">0<\/td>/);
    expect(page).toContain('<ul class="notes" id="q1">');
    expect(page).toMatch(/<tfoot>[\s\S]*?<td class="n q n-language">2<\/td><td class="n q n-weak">2<\/td>/);
  });

  it('sums each writing-quality rule up in its own table, with its title, and filters by it', () => {
    const table = /<table class="rules quality">([\s\S]*?)<\/table>/.exec(page)?.[1] ?? '';
    expect(table).toContain(
      '<tr id="w-langsv.kontaktman" data-q="language"><td><code>langsv.kontaktman</code></td><td>kontaktman</td>' +
        '<td>language-sv</td><td>Språk</td>',
    );
    expect(table).toMatch(
      /id="w-weak.wish"[\s\S]*?Önskemål i stället för krav[\s\S]*?<td class="num">2<\/td><td class="num">2<\/td>/,
    );
    expect(page).toContain('<input type="checkbox" name="status" value="language" checked>');
    expect(page).toContain('<input type="checkbox" name="status" value="weak" checked>');
  });

  it('links every fragment to something that exists', () => {
    const ids = new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    for (const t of targets) expect(ids.has(t), t).toBe(true);
  });

  it('prints each message and clause of a missing requirement once, and the details refer to it', () => {
    const clauses = (text: string) =>
      [...(/<ol class="clauses">([\s\S]*?)<\/ol>/.exec(text)?.[1]?.matchAll(/<li id="([^"]+)"/g) ?? [])].map(
        (m) => m[1],
      );
    // The hostile document's message differs from the other's: it gets an entry of its own.
    expect(clauses(page)).toEqual([
      'k-cemr12.performance-conditions',
      'k-diskrl3.pay',
      'k-diskrl3.pay-2',
      'k-diskrl3.parenthood',
    ]);
    // 40 documents missing 18 rules in many places, with one message and clause per rule: 18.
    const big = html(largeResult(40, 18), context('sv'));
    expect(big.match(/<a class="see" /g)?.length).toBeGreaterThan(100);
    expect(clauses(big)).toHaveLength(18);
    expect(page).toMatch(
      /<li id="f2-diskrl3\.pay" class="entry" data-s="error">[\s\S]*?<a class="see" href="#k-diskrl3\.pay">/,
    );
  });
});

describe('html report: provenance', () => {
  it('says when, over which paths, with which packs (and versions) and config it was made', () => {
    const prov = /<dl class="prov">([\s\S]*?)<\/dl>/.exec(html(mixedResult(), ctx()))?.[1] ?? '';
    expect(prov).toContain('<dt>Skapad</dt><dd><time datetime="2026-12-06T09:30:00Z">2026-12-06 09:30 UTC</time></dd>');
    expect(prov).toContain('<code>upphandling</code>, <code>anbud/&quot;&lt;x&gt;&quot;.md</code>');
    expect(prov).toContain('<code>cemr-art12</code> 1.2.0, <code>language-sv</code> 1.0.0 (språk)');
    expect(prov).toContain('<dt>Konfiguration</dt><dd><code>conf/jamkrav &lt;test&gt;.yaml</code></dd>');
    const en = html(mixedResult(), ctx('en', { ...RUN, paths: [], config: null }));
    expect(en).toContain('<dt>Checked</dt><dd>the working folder</dd>');
    expect(en).toContain('<dt>Config</dt><dd>none (defaults)</dd>');
    expect(html(mixedResult(), ctx('sv', null))).not.toContain('class="prov"');
  });

  it("is byte-identical for the same run: the time is the context's", () => {
    expect(html(mixedResult(), ctx())).toBe(html(structuredClone(mixedResult()), ctx()));
  });

  it('takes the time from SOURCE_DATE_EPOCH when set, else the clock, and refuses a malformed one', () => {
    const clock = () => new Date('2026-01-02T03:04:05.678Z');
    expect(madeAt({ SOURCE_DATE_EPOCH: '1764979200' }, clock, 'sv')).toBe('2025-12-06T00:00:00Z');
    expect(madeAt({}, clock, 'sv')).toBe('2026-01-02T03:04:05Z');
    expect(madeAt({ SOURCE_DATE_EPOCH: '' }, clock, 'sv')).toBe('2026-01-02T03:04:05Z');
    expect(() => madeAt({ SOURCE_DATE_EPOCH: 'igår' }, clock, 'en')).toThrow(UserError);
    expect(() => madeAt({ SOURCE_DATE_EPOCH: '99999999999999999' }, clock, 'sv')).toThrow(/sekunder sedan 1970/);
  });

  it('leads links from the folder the report is written to back to the working directory', () => {
    const base = {
      result: mixedResult(),
      paths: [],
      lang: 'sv' as const,
      cwd: '/repo',
      env: { SOURCE_DATE_EPOCH: '0' },
    };
    expect(runInfo({ ...base, output: 'reports/x.html' }).linkBase).toBe('..');
    expect(runInfo({ ...base, output: 'rapport.html' }).linkBase).toBe('');
    expect(runInfo({ ...base, output: '/tmp/out/r.html' }).linkBase).toBe('../../repo');
    expect(runInfo({ ...base, output: undefined })).toEqual({
      madeAt: '1970-01-01T00:00:00Z',
      paths: [],
      packs: [],
      config: null,
      linkBase: '',
    });
  });
});

describe('html report: links to the files', () => {
  it('makes each location a link relative to the report, with the page or line where a viewer follows one', () => {
    const page = html(mixedResult(), ctx());
    expect(page).toContain(
      '<h3><a class="file" href="../upphandling/st%C3%A4dtj%C3%A4nster.docx">upphandling/städtjänster.docx</a></h3>',
    );
    expect(page).toContain('<a class="file" href="../upphandling/hemtj%C3%A4nst.pdf#page=1">sida 1, stycke 2</a>');
    expect(page).toContain('href="../anbud/%22%3E%3Cscript%3Ewindow.pwned%3D1%3C/script%3E.md#L3"');
    // A DOCX has no fragment any viewer follows.
    expect(page).toContain(
      '<a class="file" href="../upphandling/st%C3%A4dtj%C3%A4nster.docx">stycke 41, ”5.2 Personal”</a>',
    );
  });

  it('escapes every character a file name may hold that would end or bend a URL or an attribute', () => {
    expect(fileHref({ path: 'a b/#1 100%?.md', format: 'markdown' }, '', { block: 1, line: 2 })).toBe(
      './a%20b/%231%20100%25%3F.md#L2',
    );
    expect(fileHref({ path: 'x\'y".pdf', format: 'pdf' }, 'out/..', { block: 1, page: 4 })).toBe(
      './x&#39;y%22.pdf#page=4',
    );
    expect(fileHref({ path: 'javascript:alert(1).md', format: 'markdown' }, '')).toBe('./javascript%3Aalert(1).md');
    expect(fileHref({ path: '../utanför/a.txt', format: 'text' }, '..')).toBe('../../utanf%C3%B6r/a.txt');
    expect(fileHref({ path: '/srv/anbud/a.docx', format: 'docx' }, '..')).toBe('/srv/anbud/a.docx');
  });
});
