// evaluate's outputs end to end, from the built CLI as a user runs it: the protocol opens in
// LibreOffice (DOCX → PDF → text, as generate's outputs are tested), the matrix in Debian's
// Chromium (playwright-core, as lint's HTML report), and the JSON and CSV say the same.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../chromium.js';
import { jamkrav } from '../cli/run.js';
import { all, bidsFolder, tenderFiles, writeDocx, writeForm } from './helpers.js';

let dir: string;
let sv: ReturnType<typeof jamkrav>;
let pdfText = { sv: '', en: '' };
let browser: Browser | undefined;

beforeAll(async () => {
  const t = await tenderFiles();
  dir = bidsFolder();
  writeFileSync(join(dir, 'bilaga.json'), t.json);
  writeForm(
    dir,
    'alfa',
    t.form,
    {
      ...all(t.rules, { ticked: true }),
      'cemr12.service-method': {
        ticked: true,
        answer: 'Kontakta Anna Svensson, anna.svensson@alfa.se, för vår metod med behovskartläggning per kön.',
      },
    },
    { name: 'Alfa Omsorg AB', org: '556000-0001' },
  );
  writeForm(
    dir,
    'beta',
    t.form,
    {
      ...all(t.rules, { ticked: true }),
      'diskrl3.pay': { ticked: true, answer: 'Accepteras med reservation för ändrade kollektivavtal.' },
    },
    { name: 'Beta Vård AB', org: '556000-0002' },
  );
  await writeDocx(dir, 'gamma', ['## Krav 9 Aktiva åtgärder', 'Vi åtar oss att bedriva arbete med aktiva åtgärder.']);
  writeFileSync(
    join(dir, 'poang.yaml'),
    'tenderers:\n  alfa: { scores: { cemr12.service-method: 4 } }\n  beta: { scores: { cemr12.service-method: 2 } ' +
      '}\n  gamma: { scores: { cemr12.service-method: 0 } }\n',
  );
  const common = ['evaluate', '--tender', 'bilaga.json', 'anbud', '--scores', 'poang.yaml', '--date', '2026-12-10'];
  sv = jamkrav([...common, '-o', 'protokoll.docx', '-o', 'matris.html', '-o', 'resultat.json', '-o', 'resultat.csv'], {
    cwd: dir,
  });
  jamkrav([...common, '--lang', 'en', '-o', 'record.docx', '-o', 'matrix.html', '--mask-names'], { cwd: dir });
  jamkrav([...common, '--public', '-o', 'offentlig.json'], { cwd: dir });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'protokoll.docx'),
      join(dir, 'record.docx'),
    ],
    { stdio: 'ignore', timeout: 170_000 },
  );
  const text = (f: string) =>
    execFileSync('pdftotext', ['-raw', join(dir, f), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  pdfText = { sv: text('protokoll.pdf'), en: text('record.pdf') };
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('the command', () => {
  it('writes every output, prints the reservations, and exits 1 for a bid with a reservation', () => {
    expect(sv.code).toBe(1);
    expect(sv.stdout).toContain('⚠ Krav 11 [diskrl3.pay] FÖRBEHÅLL (villkor eller förbehåll: med reservation för)');
    expect(sv.stdout).toContain('«Accepteras med reservation för ändrade kollektivavtal.»');
    expect(sv.stderr).toContain('jamkrav: skrev protokoll.docx');
    for (const f of ['protokoll.docx', 'matris.html', 'resultat.json', 'resultat.csv'])
      expect(existsSync(join(dir, f)), f).toBe(true);
  });

  it('refuses to overwrite, an unknown output extension, and a missing tender, each in one line with exit 2', () => {
    const again = jamkrav(['evaluate', '--tender', 'bilaga.json', 'anbud', '-o', 'protokoll.docx'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    const ext = jamkrav(['evaluate', '--tender', 'bilaga.json', 'anbud', '-o', 'x.pdf'], { cwd: dir });
    expect(ext.stderr).toBe(
      'jamkrav: x.pdf: skrivs som .docx (protokoll), .html (matris), .json eller .csv, inte .pdf\n',
    );
    const none = jamkrav(['evaluate', 'anbud'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^jamkrav: --tender: ange upphandlingens krav/);
  });
});

describe('the protocol', () => {
  it(
    'opens in LibreOffice with the confidentiality line in every page header, the matrix, the reservations and a ' +
      'section per tenderer',
    () => {
      const t = pdfText.sv;
      expect(t).toContain('Utvärderingsprotokoll: krav för jämställdhet');
      expect(t.split('SEKRETESS: uppgifter ur anbud').length - 1).toBeGreaterThanOrEqual(3);
      expect(t).toContain('OSL 19 kap. 3 §');
      expect(t).toContain('Exempelby kommun · KS 2026/0412');
      expect(t).toContain('Förbehåll och villkor i anbuden');
      expect(t).toContain('”Accepteras med reservation för ändrade kollektivavtal.”');
      for (const who of [
        'Anbudsgivare: Alfa Omsorg AB (alfa)',
        'Anbudsgivare: Beta Vård AB (beta)',
        'Anbudsgivare: gamma',
      ])
        expect(t).toContain(who);
      expect(t).toContain('Utvärderingskriterium 3: 4 / 5 × 10 = 8,00 poäng');
      expect(t).toContain('Bedömningsgrund');
    },
  );

  it('speaks English with --lang en and masks names with --mask-names', () => {
    const t = pdfText.en;
    expect(t).toContain('Evaluation record: gender-equality requirements');
    expect(t).toContain('CONFIDENTIAL: information from tenders');
    // The requirements keep the tender's own labels (a Swedish appendix); the record's words are English.
    expect(t).toContain('Utvärderingskriterium 3: 4 / 5 × 10 = 8.00 points');
    expect(t).toContain('Kontakta [name], [e-mail], för vår metod');
    expect(t).not.toContain('Anna Svensson');
  });

  it('is the same file, byte for byte, for the same input and date', () => {
    jamkrav(
      [
        'evaluate',
        '--tender',
        'bilaga.json',
        'anbud',
        '--scores',
        'poang.yaml',
        '--date',
        '2026-12-10',
        '-o',
        'igen.docx',
      ],
      { cwd: dir },
    );
    expect(readFileSync(join(dir, 'igen.docx')).equals(readFileSync(join(dir, 'protokoll.docx')))).toBe(true);
  });
});

describe('JSON and CSV', () => {
  it('JSON is versioned and confidential unless --public', () => {
    const j = JSON.parse(readFileSync(join(dir, 'resultat.json'), 'utf8'));
    expect(j).toMatchObject({ version: 1, lang: 'sv', confidential: true, summary: { tenderers: 3, exitCode: 1 } });
    expect(j.tenderers.map((x: { id: string }) => x.id)).toEqual(['alfa', 'beta', 'gamma']);
    expect(JSON.parse(readFileSync(join(dir, 'offentlig.json'), 'utf8')).confidential).toBe(false);
  });

  it('CSV has the notice, then one row per tenderer × requirement', () => {
    const lines = readFileSync(join(dir, 'resultat.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^"SEKRETESS: uppgifter ur anbud/);
    expect(lines[1]).toMatch(/^tenderer,name,org_number,number,rule_id/);
    expect(lines).toHaveLength(2 + 3 * 18);
    expect(lines.find((l) => l.startsWith('beta,') && l.includes('diskrl3.pay,'))).toContain(
      ',reservation,FÖRBEHÅLL,form,',
    );
  });
});

describe('the matrix in Chromium', () => {
  it('loads nothing, runs no script but its own, filters by status, and links each cell to its quote', async () => {
    browser = await launchChromium('the matrix');
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`file://${join(dir, 'matris.html')}`);
    expect(requests).toEqual([`file://${join(dir, 'matris.html')}`]);
    expect(errors).toEqual([]);
    expect(await page.textContent('.secret')).toContain('SEKRETESS');
    expect(await page.locator('#matrix tbody tr').count()).toBe(3);
    // Only reservations: one row left, its cell marked.
    for (const s of ['accepted', 'answered', 'attachment-missing', 'not-answered'])
      await page.uncheck(`input[value="${s}"]`);
    expect(await page.textContent('#shown')).toBe('1');
    expect(await page.locator('#matrix tbody tr:not([hidden]) th').textContent()).toBe('Beta Vård AB');
    const link = page.locator('#matrix td.reservation a');
    const href = await link.getAttribute('href');
    await link.click();
    const target = page.locator(href!);
    expect(await target.textContent()).toContain('Accepteras med reservation för ändrade kollektivavtal.');
    const english = await browser.newPage();
    await english.goto(`file://${join(dir, 'matrix.html')}`);
    expect(await english.textContent('h1')).toContain('Evaluation record');
  });
});
