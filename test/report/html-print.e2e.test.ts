// The HTML report on paper and its writing-quality filters, in Debian's Chromium through
// playwright-core: how many A4 pages a realistic run prints, and that headings stay right.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../src/lint/summary.js';
import type { FileResult, LintResult } from '../../src/lint/types.js';
import { message } from '../../src/lint/messages.js';
import { firstClause } from '../../src/packs/clause.js';
import { loadCatalogue } from '../../src/packs/index.js';
import { html } from '../../src/report/html.js';
import { launchChromium } from '../chromium.js';
import type { Finding, Rule } from '../../src/types.js';

/** A weak-requirement finding as lint words it: long, and quoting the document. */
const weak = (rule: Rule, block: number): Finding => ({
  ruleId: 'weak.no-verification',
  kind: 'weak',
  severity: 'warning',
  message:
    `Kravet (${rule.title.sv} [${rule.id}]) säger inte hur det ska verifieras: inget som leverantören ska lämna in, ` +
    `visa upp eller redovisa. ` +
    'Ett krav som inte kan kontrolleras kan inte tillämpas lika mot alla anbudsgivare (likabehandling och öppenhet, ' +
    'LOU 4 kap. 1 §) och inte följas upp under avtalstiden.',
  location: { block, heading: `${block} Avsnitt` },
});

const language = (block: number): Finding => ({
  ruleId: 'langsv.kontaktman',
  kind: 'language',
  severity: 'warning',
  message: 'Undvik ”kontaktman”: Språkrådet rekommenderar att -man byts mot -person. Skriv hellre ”kontaktperson”.',
  location: { block, line: block + 3, column: 12, range: { start: 11, end: 21 } },
  suggestion: 'kontaktperson',
});

/**
 * A run like the bench corpus's, smaller: `docs` DOCX tenders checked against every built-in
 * rule, about half the rules missing in each (with the real message and base-level clause),
 * a weak requirement in two of three documents, a biased word in every fourth.
 */
async function realisticResult(docs: number): Promise<LintResult> {
  const catalogue = await loadCatalogue({ lang: 'sv' });
  const rules = catalogue.rules.filter((r) => r.scope === 'supplier');
  const files: FileResult[] = Array.from({ length: docs }, (_, i) => {
    const findings: Finding[] = [];
    const coverage: FileResult['coverage'] = [];
    rules.forEach((rule, j) => {
      const k = (i * 7 + j * 3) % 10;
      if (k < 5)
        coverage.push({
          ruleId: rule.id,
          status: 'covered',
          location: { block: 10 * j + i, heading: `${j + 1} Avsnitt ${j + 1}` },
        });
      else if (k === 5 && i % 5 === 0)
        coverage.push({ ruleId: rule.id, status: 'suppressed', reason: 'Ingen personal i uppdraget' });
      else {
        const basis = rule.basis.join('; ');
        findings.push({
          ruleId: rule.id,
          kind: 'missing',
          severity: rule.severity,
          message: message('sv', 'missing', { title: rule.title.sv, basis }),
          suggestion: firstClause(rule).clause.text.sv,
        });
      }
    });
    if (i % 3 !== 0) findings.push(weak(rules[i % rules.length] as Rule, 40 + i));
    if (i % 4 === 0) findings.push(language(12 + i));
    return {
      path: `anbud/upphandling-${String(i + 1).padStart(3, '0')}.docx`,
      format: 'docx',
      lang: 'sv',
      findings,
      coverage,
      error: null,
    };
  });
  return { version: 1, files, summary: summarize(files), rules, qualityRules: [], notices: [] };
}

let browser: Browser | undefined;
let dir: string;
let url: string;

async function launched(): Promise<Browser> {
  browser ??= await launchChromium('the printed HTML report');
  return browser;
}

async function open(target: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const ctx = await (await launched()).newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(target);
  return { page, close: () => ctx.close() };
}

/** Pages in a PDF Chromium wrote: each page object is `/Type /Page` (the tree is `/Pages`). */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jamkrav-print-'));
  const result = await realisticResult(60);
  const ctx = { lang: 'sv' as const, color: false, rules: result.rules, version: '0.1.0' };
  await writeFile(join(dir, 'report.html'), html(result, ctx));
  url = pathToFileURL(join(dir, 'report.html')).href;
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('html report on paper', { timeout: 60_000 }, () => {
  it('prints 60 realistic documents on at most 55 A4 pages (127 before the print stylesheet)', async () => {
    const { page, close } = await open(url);
    try {
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      // Measured on this fixture: 127 pages before (every message and clause in full in every
      // document, rows split across pages), 38 after; the bench corpus of 201 DOCX files printed
      // 466 pages before and 114 after. The bound leaves room for another machine's fonts.
      expect(pageCount(pdf)).toBeLessThanOrEqual(55);
      expect(pageCount(pdf)).toBeGreaterThan(5);
    } finally {
      await close();
    }
  });

  it('prints no controls, no sticky heads, the matrix head and document names atop every page they span', async () => {
    const { page, close } = await open(url);
    try {
      await page.emulateMedia({ media: 'print' });
      const css = await page.evaluate(() => {
        const style = (sel: string) => getComputedStyle(document.querySelector(sel) as Element);
        return {
          filters: style('#filters').display,
          back: style('a.back').display,
          thead: style('#matrix thead').display,
          tfoot: style('#matrix tfoot').display,
          headPosition: style('#matrix thead th').position,
          docPosition: style('#matrix tbody th.doc').position,
          rowBreak: style('#matrix tbody tr').breakInside,
          h2Break: style('h2').breakAfter,
          // A clause repeated in the details is printed once, under its own heading.
          sharedClause: style('li.entry dd.shared').display,
          seeClause: style('li.entry a.see').display,
          clauses: document.querySelectorAll('#h-clauses ~ ol.clauses > li, ol.clauses > li').length,
          // Each document's name is the head of its own table: Chromium repeats it on each page.
          docHeads: document.querySelectorAll('section.doc > table.sheet > thead h3').length,
          docs: document.querySelectorAll('section.doc').length,
        };
      });
      expect(css).toEqual({
        filters: 'none',
        back: 'none',
        thead: 'table-header-group',
        tfoot: 'table-row-group',
        headPosition: 'static',
        docPosition: 'static',
        rowBreak: 'avoid',
        h2Break: 'avoid-page',
        sharedClause: 'none',
        seeClause: 'inline',
        clauses: expect.any(Number) as number,
        docHeads: 60,
        docs: 60,
      });
      expect(css.clauses).toBeGreaterThan(10);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('li.entry dd.shared >> nth=0').isVisible()).toBe(true);
      expect(await page.locator('li.entry a.see >> nth=0').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });

  it('filters rows by writing-quality findings, which have their own count columns', async () => {
    const { page, close } = await open(url);
    try {
      const visibleRows = () => page.locator('#matrix tbody tr:visible').count();
      expect(await visibleRows()).toBe(60);
      for (const s of ['covered', 'suppressed', 'error', 'warning', 'info', 'weak', 'unreadable'])
        await page.uncheck(`input[name=status][value=${s}]`);
      // Only "language": the 15 documents with a biased word (every fourth).
      expect(await visibleRows()).toBe(15);
      expect(await page.locator('#d5 td.n-language').textContent()).toBe('1');
      expect(await page.locator('#d5 td.n-weak').evaluate((td) => td.classList.contains('dim'))).toBe(true);
      await page.uncheck('input[name=status][value=language]');
      await page.check('input[name=status][value=weak]');
      expect(await visibleRows()).toBe(40);
      await page.click('#d2 td.n-weak a');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#q2');
      expect(await page.locator('#q2').textContent()).toContain('weak.no-verification');
    } finally {
      await close();
    }
  });
});
