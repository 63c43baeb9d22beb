// The portfolio report in a real browser (Debian's headless Chromium, driven by playwright-core):
// it loads nothing, runs no script, breaks no CSP rule, and draws its charts as inline SVG.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../eval/followup/docs.mjs';
import { checkFollowUp, loadFollowUp, templatesOf } from '../../src/followup/index.js';
import { buildPortfolio } from '../../src/followup/portfolio.js';
import { renderPortfolioHtml } from '../../src/followup/portfolio-html.js';
import { launchChromium } from '../chromium.js';
import { smallSet } from './helpers.js';

let browser: Browser | undefined;
let url: string;
let html: string;

beforeAll(async () => {
  const dir = await smallSet();
  const f = await loadFollowUp({ register: join(dir, 'avtal.yaml'), lang: 'sv' });
  const forms = new Map((await templatesOf(f, 'sv')).map((t) => [t.name, t.data as Uint8Array]));
  mkdirSync(join(dir, 'in'));
  const values = (w: string, m: string, sent: string) =>
    new Map([
      ['jamkrav:report:submitted', sent],
      ['jamkrav:leaders:women', w],
      ['jamkrav:leaders:men', m],
      ['jamkrav:staff:women', '20'],
      ['jamkrav:staff:men', '<5'],
    ]);
  writeFileSync(
    join(dir, 'in', 'AV-1_2024.docx'),
    fillForm(forms.get('AV-1_2024.docx')!, values('6', '9', '2025-04-01')),
  );
  writeFileSync(
    join(dir, 'in', 'AV-1_2025.docx'),
    fillForm(forms.get('AV-1_2025.docx')!, values('8', '8', '2026-05-20')),
  );
  writeFileSync(
    join(dir, 'in', 'AV-2_2024.docx'),
    fillForm(forms.get('AV-2_2024.docx')!, values('<5', '7', '2025-01-10')),
  );
  const result = await checkFollowUp(f, join(dir, 'in'), '2026-06-01', 'sv');
  html = renderPortfolioHtml(buildPortfolio(result, 'Exempelkommun <Test>', 'okänd'), 'sv');
  writeFileSync(join(dir, 'portfolio.html'), html);
  url = pathToFileURL(join(dir, 'portfolio.html')).href;
  browser = await launchChromium('the portfolio report');
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the portfolio report in Chromium', () => {
  it('loads with no request, no script and no CSP violation', async () => {
    const page = await browser!.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    expect(html).not.toContain('<script');
    expect(await page.title()).toBe('Portföljrapport: jämställdhetskrav i avtalen');
    expect(await page.locator('h1').textContent()).toBe(
      'Portföljrapport: jämställdhetskrav i avtalen: Exempelkommun <Test>',
    );
    await page.close();
  });

  it('shows the shares as key figures and draws the charts', async () => {
    const page = await browser!.newPage();
    await page.goto(url);
    expect(await page.locator('#share-conditions b').textContent()).toBe('100 %');
    // Three reports due by 2026-06-01 (AV-1 2024, AV-1 2025, AV-2 2024) and AV-2 2025, overdue: two of four on time.
    expect(await page.locator('#share-on-time').textContent()).toBe('50 %rapporter inne i tid (2 av 4)');
    const bars = await page
      .locator('svg rect')
      .evaluateAll((rs) => rs.map((r) => r.querySelector('title')?.textContent));
    expect(bars).toEqual(['2024: i tid 2', '2025: sent 1', '2025: saknas 1']);
    const line = page.locator('#ind-leaders svg polyline').first();
    expect(await line.getAttribute('points')).toMatch(/^[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
    const box = await page.locator('#ind-leaders svg').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await page.close();
  });

  it('never shows a group under five as a number', async () => {
    const page = await browser!.newPage();
    await page.goto(url);
    const staff = await page.locator('#ind-staff table').first().textContent();
    expect(staff).toContain('(40 / <9)'); // two groups under five make at most eight: still no number
    expect(staff).toContain('(20 / <5)');
    expect(staff).not.toMatch(/\/ [0-4]\)/);
    await page.close();
  });
});
