// The HTML report as text: structure, escaping, languages, determinism, and speed on a large run.
import { createHash } from 'node:crypto';
import { expectLinear } from '../linear.js';
import { describe, expect, it } from 'vitest';
import { html } from '../../src/report/html.js';
import type { LintResult } from '../../src/lint/types.js';
import { context, EVIL_PATH, largeResult, makeRule, RULES, smallResult } from '../fixtures/report/result.js';
import { regex } from '../regex.js';

const sv = html(smallResult(), context('sv'));
const en = html(smallResult(), context('en'));

/** The matrix body rows, each as its document path and the `data-s` of its cells. */
function matrixRows(page: string): { id: string; statuses: string[] }[] {
  const body = /<table id="matrix"[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? '';
  return [...body.matchAll(/<tr id="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({
    id: m[1] ?? '',
    statuses: [...(m[2] ?? '').matchAll(/<td class="[^"]*" data-s="([^"]+)"/g)].map((s) => s[1] ?? ''),
  }));
}

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('html formatter: structure', () => {
  it('is one HTML document with the language set', () => {
    expect(sv.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    expect(en).toContain('<html lang="en">');
    expect(sv.endsWith('</html>\n')).toBe(true);
  });

  it('has a rule column per rule, with id, title, pack, base-level kind and severity', () => {
    const heads = [
      ...sv.matchAll(
        regex(
          /<th scope="col" class="rule sev-(\w+)" data-col="(\d+)" /,
          /data-pack="([^"]+)" data-kind="([^"]+)" title="([^"]*)">/g,
        ),
      ),
    ];
    expect(heads.map((h) => h[3])).toEqual(RULES.map((r) => r.pack));
    expect(heads.map((h) => h[4])).toEqual(RULES.map((r) => r.levels.base!.kind));
    expect(heads.map((h) => h[1])).toEqual(RULES.map((r) => r.severity));
    expect(heads[2]?.[5]).toContain('diskrl3.pay: Lika lön för lika arbete');
    expect(heads[2]?.[5]).toContain('Efterfrågas i 1 av 3 upphandlingsdokument');
  });

  it('gives each document a row with one status per rule, and the unreadable file a spanning row', () => {
    expect(matrixRows(sv)).toEqual([
      { id: 'd1', statuses: ['covered', 'covered', 'covered', 'warning', 'covered'] },
      { id: 'd2', statuses: ['covered', 'error', 'error', 'suppressed', 'covered'] },
      { id: 'd3', statuses: [] },
      { id: 'd4', statuses: ['covered', 'covered', 'warning', 'covered', 'covered'] },
    ]);
    expect(sv).toMatch(
      regex(
        /<tr id="d3" class="unreadable" data-s="unreadable">[\s\S]*?<td class="span s-unreadable" colspan="5">/,
        /[\s\S]*?Kunde inte läsas:<\/b> innehåller ingen text/,
      ),
    );
  });

  it('puts a symbol in every cell, so colour is never the only signal', () => {
    for (const [status, symbol] of [
      ['covered', '✓'],
      ['suppressed', '⊘'],
      ['error', '✗'],
      ['warning', '!'],
    ]) {
      expect(sv).toMatch(new RegExp(`data-s="${status}"><a [^>]*>${symbol}`));
    }
    expect(sv).toContain('Teckenförklaring');
  });

  it('counts per document and per rule', () => {
    expect(sv).toMatch(
      regex(
        /<tr id="d2"[^>]*>[\s\S]*?<td class="n n-covered">2<\/td><td class="n n-missing">2<\/td>/,
        /<td class="n n-suppressed">1<\/td><td class="n q n-language" data-q="language">0<\/td>/,
        /<td class="n q n-weak" data-q="weak">0<\/td><\/tr>/,
      ),
    );
    expect(sv).toContain('title="Efterfrågas i 1 av 3 upphandlingsdokument\n1 undantag"');
    expect(sv).toContain('Efterfrågas i 3 av 3 upphandlingsdokument');
  });

  it('links every cell to a details entry that exists, with message, clause and location', () => {
    const ids = new Set([...sv.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...sv.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(20);
    for (const t of targets) expect(ids.has(t), t).toBe(true);
    const entry = /<li id="f2-diskrl3\.pay" class="entry"[^>]*>([\s\S]*?)<\/li>/.exec(sv)?.[1] ?? '';
    expect(entry).toContain('Krav saknas: Lika lön för lika arbete.');
    expect(entry).toContain('<blockquote>Leverantören ska uppfylla kravet lika lön för lika arbete.</blockquote>');
    expect(entry).not.toContain('Plats');
    const covered = /<li id="f1-diskrl3\.pay" class="entry"[^>]*>([\s\S]*?)<\/li>/.exec(sv)?.[1] ?? '';
    expect(covered).toContain('stycke 41, ”5.2 Personal”');
    const suppressed = /<li id="f2-diskrl3\.parenthood" class="entry"[^>]*>([\s\S]*?)<\/li>/.exec(sv)?.[1] ?? '';
    expect(suppressed).toContain('Ramavtal utan egen personal');
    expect(suppressed).toContain('sida 1, stycke 2');
  });

  it('keeps findings that belong to no column as notes, and notes on a cell with the cell', () => {
    expect(sv).toMatch(/Övriga anmärkningar<\/h4><ul class="notes"><li>[\s\S]*?<code>kommun\.tolk<\/code>/);
    expect(sv).toMatch(/<li id="f2-diskrl3\.training" class="entry"[^>]*>[\s\S]*?Onödig undantagsmarkering/);
    expect(sv).toMatch(/data-s="covered"><a href="#f2-diskrl3\.training"[^>]*>✓<sup>\*<\/sup>/);
  });

  it('marks a rule that was not checked in a document as such, without a link', () => {
    const result = smallResult();
    const files = result.files.map((f, i) => (i === 0 ? { ...f, findings: [] } : f));
    const page = html({ ...result, files }, context('sv'));
    expect(matrixRows(page)[0]?.statuses[3]).toBe('off');
    expect(page).toContain('<td class="c s-off" data-s="off" title="Ej granskat: diskrl3.parenthood">·</td>');
  });

  it("falls back to the context's rules when the result has none", () => {
    const page = html({ ...smallResult(), rules: [] }, context('sv'));
    expect(matrixRows(page)[0]?.statuses).toHaveLength(5);
  });

  it('says so when there are no documents', () => {
    const page = html({ ...smallResult(), files: [] }, context('en'));
    expect(page).toContain('No documents were checked.');
    expect(page).not.toContain('id="matrix"');
  });
});

describe('html formatter: self-contained and safe', () => {
  it('has a CSP that forbids every load and allows only its own style and script, by hash', () => {
    const csp =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(sv)?.[1]?.replace(/&#39;/g, "'") ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(sv)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(sv)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src 'sha256-${sha(style)}'`);
    expect(csp).toContain(`script-src 'sha256-${sha(script)}'`);
    expect(csp).not.toContain('unsafe');
  });

  it('refers to nothing outside itself', () => {
    expect(sv).not.toMatch(/https?:\/\//);
    expect(sv).not.toMatch(/\ssrc=|<link|<img|<iframe|@import|url\(/i);
    expect(sv).not.toMatch(/\sstyle="/);
    expect(sv).not.toMatch(/\son\w+="/);
    expect(sv.match(/<script/g)).toHaveLength(1);
  });

  it('escapes paths, messages and headings from documents', () => {
    expect(sv).not.toContain(EVIL_PATH);
    expect(sv).not.toContain('window.pwned=1</script>');
    expect(sv).toContain('anbud/&quot;&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;.md');
    expect(sv).toContain('Missing &quot;equal pay&quot; &lt;script&gt;window.pwned=2&lt;/script&gt;');
    expect(sv).toContain('”&lt;b&gt;Pay&lt;/b&gt;”');
  });

  it('escapes rule ids, titles and pack names, and keeps hostile ids out of fragment links', () => {
    const evil = makeRule('x" onmouseover="alert(1)', 'p"><script>', 'qualification', 'error', {
      sv: '<i>t</i>',
      en: '<i>t</i>',
    });
    const result: LintResult = {
      version: 1,
      files: [
        {
          path: 'a.md',
          format: 'markdown',
          lang: 'sv',
          findings: [],
          coverage: [{ ruleId: evil.id, status: 'covered' }],
          error: null,
        },
      ],
      summary: { files: 1, errors: 0, warnings: 0, infos: 0 },
      rules: [evil],
      qualityRules: [],
      notices: [],
    };
    const page = html(result, context('sv', [evil]));
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('<i>t</i>');
    expect(page).not.toContain('" onmouseover="');
    expect(page).toContain('href="#f1-rule1"');
    expect(page).toContain('data-pack="p&quot;&gt;&lt;script&gt;"');
  });
});

describe('html formatter: languages and determinism', () => {
  it('speaks Swedish by default and English on request', () => {
    for (const word of [
      'Täckningsmatris',
      'Regelpaket',
      'Saknas (fel)',
      'Förslag på kravtext',
      'Detaljer per dokument',
    ])
      expect(sv).toContain(word);
    for (const word of [
      'Coverage matrix',
      'Rule pack',
      'Missing (error)',
      'Suggested clause',
      'Details by document',
      'Equal pay for equal work',
      'Special contract condition',
    ]) {
      expect(en).toContain(word);
    }
    expect(en).not.toContain('Täckningsmatris');
  });

  it('gives the same bytes for the same result', () => {
    expect(html(structuredClone(smallResult()), context('sv'))).toBe(sv);
    expect(html(largeResult(40, 18), context('en'))).toBe(html(largeResult(40, 18), context('en')));
  });

  it('renders 125 and 500 documents × 18 rules in linear time, the large one lazily', async () => {
    let page = '';
    await expectLinear((docs) => {
      page = html(largeResult(docs, 18), context('sv'));
      expect(matrixRows(page)).toHaveLength(docs);
    }, 125);
    // Large runs let the browser lay out off-screen details lazily; small ones render fully.
    expect(page).toContain('<main class="many">');
    expect(sv).toContain('<main>');
  });
});
