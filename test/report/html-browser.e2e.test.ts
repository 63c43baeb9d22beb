// The HTML report in a real browser: Debian's headless Chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../../src/report/html.js';
import { launchChromium } from '../chromium.js';
import { context, largeResult, smallResult } from '../fixtures/report/result.js';

const ARTIFACTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-artifacts');

let browser: Browser | undefined;
let dir: string;
let svUrl: string;
let enUrl: string;
let bigUrl: string;

/** What the matrix shows right now: visible rule columns and, per visible row, its cell statuses. */
interface View {
  columns: string[];
  rows: { id: string; statuses: string[]; counts: string[]; colspan?: number }[];
  shown: string;
}

const view = (page: Page): Promise<View> =>
  page.evaluate(() => {
    const table = document.getElementById('matrix') as HTMLTableElement;
    const visible = (el: Element) => !(el as HTMLElement).hidden;
    const columns = Array.from(table.tHead?.rows[0]?.querySelectorAll('th[data-col]') ?? [])
      .filter(visible)
      .map((th) => th.querySelector('.rid')?.textContent ?? '');
    const rows = Array.from(table.tBodies[0]?.rows ?? [])
      .filter(visible)
      .map((tr) => {
        const span = tr.querySelector('td.span') as HTMLTableCellElement | null;
        return {
          id: tr.id,
          statuses: Array.from(tr.querySelectorAll('td[data-s]'))
            .filter(visible)
            .map((td) => (td.classList.contains('dim') ? 'dim:' : '') + ((td as HTMLElement).dataset.s ?? '')),
          counts: Array.from(tr.querySelectorAll('td.n')).map((td) => td.textContent ?? ''),
          ...(span ? { colspan: span.colSpan } : {}),
        };
      });
    return { columns, rows, shown: document.getElementById('shown')?.textContent ?? '' };
  });

/** A fresh page on `url`, recording every request and CSP violation. */
async function open(url: string, javaScriptEnabled = true) {
  const ctx = await (await launched()).newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
  const page = await ctx.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  return { page, requests, errors, close: () => ctx.close() };
}

/**
 * Chromium, launched once on first use. A missing browser fails every test with how to fix it:
 * this test never skips, since a report nobody opened in a browser is not tested.
 */
async function launched(): Promise<Browser> {
  browser ??= await launchChromium('the HTML report');
  return browser;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jamkrav-html-'));
  await writeFile(join(dir, 'report.sv.html'), html(smallResult(), context('sv')));
  await writeFile(join(dir, 'report.en.html'), html(smallResult(), context('en')));
  await writeFile(join(dir, 'report.big.html'), html(largeResult(500, 18), context('sv')));
  svUrl = pathToFileURL(join(dir, 'report.sv.html')).href;
  enUrl = pathToFileURL(join(dir, 'report.en.html')).href;
  bigUrl = pathToFileURL(join(dir, 'report.big.html')).href;
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ALL_COLUMNS = [
  'cemr12.gender-analysis',
  'cemr12.performance-conditions',
  'diskrl3.pay',
  'diskrl3.parenthood',
  'diskrl3.training',
];

// Generous limits: the first test also starts the browser.
describe('html report in Chromium', { timeout: 30_000 }, () => {
  it('shows the matrix, loads nothing but itself, runs only its own script, and is screenshotted', async () => {
    const { page, requests, errors, close } = await open(svUrl);
    try {
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      const v = await view(page);
      expect(v.columns).toEqual(ALL_COLUMNS);
      expect(v.rows).toEqual([
        {
          id: 'd1',
          statuses: ['covered', 'covered', 'covered', 'warning', 'covered'],
          counts: ['4', '1', '0', '0', '0'],
        },
        {
          id: 'd2',
          statuses: ['covered', 'error', 'error', 'suppressed', 'covered'],
          counts: ['2', '2', '1', '0', '0'],
        },
        { id: 'd3', statuses: [], counts: ['–', '–', '–', '–', '–'], colspan: 5 },
        {
          id: 'd4',
          statuses: ['covered', 'covered', 'warning', 'covered', 'covered'],
          counts: ['4', '1', '0', '0', '0'],
        },
      ]);
      expect(v.shown).toBe('Visar 4 av 4 dokument och 5 av 5 krav');
      expect(await page.locator('#filters').isVisible()).toBe(true);
      // The hostile path and message stayed text: neither injected script ran.
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      await expect(page.locator('#d4 th.doc a').textContent()).resolves.toBe(
        'anbud/"><script>window.pwned=1</script>.md',
      );
      expect(requests).toEqual([svUrl]);
      expect(errors).toEqual([]);
      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
      expect(existsSync(join(ARTIFACTS, 'report.png'))).toBe(true);
    } finally {
      await close();
    }
  });

  it('filters columns by pack and by kind, and rows by status', async () => {
    const { page, close } = await open(svUrl);
    try {
      await page.selectOption('select[name=pack]', 'cemr-art12');
      let v = await view(page);
      expect(v.columns).toEqual(['cemr12.gender-analysis', 'cemr12.performance-conditions']);
      expect(v.rows.map((r) => r.id)).toEqual(['d1', 'd2', 'd3', 'd4']);
      expect(v.rows[1]).toEqual({ id: 'd2', statuses: ['covered', 'error'], counts: ['1', '1', '0', '0', '0'] });
      expect(v.rows[2]?.colspan).toBe(2);
      expect(await page.locator('table.rules tbody tr:visible').count()).toBe(2);

      await page.selectOption('select[name=pack]', '');
      await page.selectOption('select[name=kind]', 'special-contract-condition');
      v = await view(page);
      expect(v.columns).toEqual(['cemr12.performance-conditions', 'diskrl3.pay']);
      expect(v.shown).toBe('Visar 4 av 4 dokument och 2 av 5 krav');

      // Only errors: the one document missing an error-level rule stays, other cells are dimmed.
      await page.selectOption('select[name=kind]', '');
      for (const s of ['covered', 'suppressed', 'warning', 'info', 'language', 'weak', 'unreadable'])
        await page.uncheck(`input[name=status][value=${s}]`);
      v = await view(page);
      expect(v.columns).toEqual(ALL_COLUMNS);
      expect(v.rows).toEqual([
        {
          id: 'd2',
          statuses: ['dim:covered', 'error', 'error', 'dim:suppressed', 'dim:covered'],
          counts: ['2', '2', '1', '0', '0'],
        },
      ]);
      expect(v.shown).toBe('Visar 1 av 4 dokument och 5 av 5 krav');

      // Only unreadable files.
      await page.uncheck('input[name=status][value=error]');
      await page.check('input[name=status][value=unreadable]');
      expect((await view(page)).rows.map((r) => r.id)).toEqual(['d3']);

      // A pack filter and a status filter together: warnings within diskrl-3kap.
      await page.uncheck('input[name=status][value=unreadable]');
      await page.check('input[name=status][value=warning]');
      await page.selectOption('select[name=pack]', 'diskrl-3kap');
      v = await view(page);
      expect(v.rows.map((r) => r.id)).toEqual(['d1', 'd4']);

      // No column left: a message says so.
      await page.selectOption('select[name=pack]', 'cemr-art12');
      await page.selectOption('select[name=kind]', 'award-criterion');
      expect(await page.locator('#no-columns').isVisible()).toBe(true);

      await page.click('button[type=reset]');
      await expect.poll(async () => (await view(page)).shown).toBe('Visar 4 av 4 dokument och 5 av 5 krav');
      expect(await page.locator('#no-columns').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });

  it('takes a click on a cell to its details, and back', async () => {
    const { page, requests, close } = await open(svUrl);
    try {
      await page.click('#d2 td[data-s=error] >> nth=1');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#f2-diskrl3.pay');
      const target = page.locator('#f2-diskrl3\\.pay');
      expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
      await expect
        .poll(() =>
          target.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.top < window.innerHeight;
          }),
        )
        .toBe(true);
      expect(await target.textContent()).toContain('Leverantören ska uppfylla kravet lika lön för lika arbete.');
      await target.locator('xpath=ancestor::section[1]').locator('a.back').click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#d2');
      expect(requests.every((u) => u.startsWith(svUrl))).toBe(true);
    } finally {
      await close();
    }
  });

  it('shows everything, and no dead controls, without JavaScript', async () => {
    const { page, close } = await open(svUrl, false);
    try {
      expect(await page.locator('#filters').isVisible()).toBe(false);
      expect(await page.locator('#matrix tbody tr:visible').count()).toBe(4);
      expect(await page.locator('#matrix td[data-s]:visible').count()).toBe(15);
    } finally {
      await close();
    }
  });

  it('speaks English on request', async () => {
    const { page, errors, close } = await open(enUrl);
    try {
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h2#h-matrix').textContent()).toBe('Coverage matrix');
      expect((await view(page)).shown).toBe('Showing 4 of 4 documents and 5 of 5 requirements');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('stays usable at 500 documents × 18 rules: filters apply, a far cell still reaches its details', async () => {
    const { page, requests, errors, close } = await open(bigUrl);
    try {
      expect(await page.locator('#matrix tbody tr').count()).toBe(500);
      await page.selectOption('select[name=pack]', 'pack-1');
      expect((await view(page)).columns).toHaveLength(9);
      await page.click('#d401 td.c:visible >> nth=2');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#f401-pack1.rule-6');
      await expect
        .poll(() =>
          page.locator('#f401-pack1\\.rule-6').evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.top < window.innerHeight && r.height > 0;
          }),
        )
        .toBe(true);
      expect(requests).toEqual([bigUrl]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
