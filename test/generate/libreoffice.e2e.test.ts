// The appendices open in LibreOffice: convert generated DOCX files to PDF with LibreOffice
// headless (one call for all of them, a fresh profile per run) and find every selected clause's
// text in the PDF (pdftotext -raw: the default mode drops a hyphen where it joins a broken line).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../src/generate/index.js';
import { buildAppendix } from '../../src/generate/model.js';
import { MetaValues } from '../../src/generate/meta.js';
import { selectRules } from '../../src/generate/select.js';
import { loadCatalogue } from '../../src/packs/index.js';
import { LANGS, LEVELS } from '../../src/types.js';
import type { Catalogue, Lang, Level } from '../../src/types.js';
import { catalogue as fixtureCatalogue, meta } from '../fixtures/generate/catalogue.js';
import { fixture } from './helpers.js';

interface Case {
  name: string;
  catalogue: Catalogue;
  lang: Lang;
  level: Level;
  template?: Uint8Array;
}

const dir = mkdtempSync(join(tmpdir(), 'jamkrav-lo-'));
const pdfText = new Map<string, string>();

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/**
 * Text with all whitespace removed: LibreOffice breaks lines after hyphens too, so comparing
 * without whitespace is what survives any line breaking.
 */
function flat(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The text without headers and footers, which stand between the lines of a clause that runs
 * over a page break.
 */
function body(text: string): string {
  return text
    .replace(/(Sida|Page)\d+(av|of)\d+/g, '')
    .replace(/(Luleåkommun·|Kommunen·Dnr|Dnr)KS2026\/0042/g, '')
    .replace(/Luleåkommun·sida\d+/g, '')
    .replace(/Sida\d+/g, '');
}

/** A distinctive slice of a text: 40 characters from its middle, or the whole when shorter. */
function slice40(text: string): string {
  const t = flat(text);
  if (t.length <= 40) return t;
  const start = Math.floor((t.length - 40) / 2);
  return t.slice(start, start + 40);
}

/** The texts that must show in the PDF: each selected clause, its rule id and verification. */
function expectedTexts(c: Case): string[] {
  const selection = selectRules(c.catalogue, { level: c.level }, c.lang);
  const a = buildAppendix(selection, new MetaValues(meta, c.lang, meta.tender.date), c.catalogue.packs);
  const out: string[] = [];
  for (const clause of a.groups.flatMap((g) => g.clauses)) {
    out.push(`[${clause.ruleId}]`, slice40(clause.paragraphs.join(' ')), slice40(clause.verification));
  }
  // The follow-up plan: every occasion, and what the supplier hands in at it.
  for (const o of a.plan.occasions) {
    out.push(flat(o.title));
    for (const i of o.items) out.push(slice40(`${i.label}: ${i.report}`));
  }
  return out;
}

let cases: Case[] = [];

beforeAll(async () => {
  if (!hasCommand('soffice') || !hasCommand('pdftotext')) {
    throw new Error(
      'LibreOffice (soffice) and pdftotext are needed: apt-get install libreoffice-writer-nogui poppler-utils',
    );
  }
  const builtin = await loadCatalogue();
  cases = [
    ...LANGS.flatMap((lang) =>
      LEVELS.map((level): Case => ({ name: `builtin-${lang}-${level}`, catalogue: builtin, lang, level })),
    ),
    {
      name: 'libreoffice-template',
      catalogue: fixtureCatalogue,
      lang: 'sv',
      level: 'advanced',
      template: fixture('template-libreoffice.docx'),
    },
    {
      name: 'word-split-template',
      catalogue: fixtureCatalogue,
      lang: 'en',
      level: 'leading',
      template: fixture('template-word-split.docx'),
    },
  ];
  const files: string[] = [];
  for (const c of cases) {
    const r = await generate({
      catalogue: c.catalogue,
      lang: c.lang,
      level: c.level,
      meta,
      ...(c.template ? { template: c.template } : {}),
    });
    const file = join(dir, `${c.name}.docx`);
    writeFileSync(file, r.data);
    files.push(file);
  }
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'ignore', timeout: 170_000 },
  );
  for (const c of cases)
    pdfText.set(
      c.name,
      flat(execFileSync('pdftotext', ['-raw', join(dir, `${c.name}.pdf`), '-'], { encoding: 'utf8' })),
    );
}, 180_000);

describe('appendices opened in LibreOffice', () => {
  for (const lang of LANGS) {
    for (const level of LEVELS) {
      it(`built-in template, ${lang}, ${level}: every selected clause is in the PDF`, () => {
        const c = cases.find((x) => x.name === `builtin-${lang}-${level}`)!;
        const text = pdfText.get(c.name)!;
        expect(text).toContain(flat(meta.tender.title));
        expect(text).toContain(lang === 'sv' ? 'Krav1:' : 'Requirement1:');
        const expected = expectedTexts(c);
        expect(expected.length).toBeGreaterThan(0);
        for (const piece of expected) expect(body(text), piece).toContain(piece);
      });
    }
  }

  it('user templates (LibreOffice-made, Word-style split runs): every clause is in the PDF', () => {
    for (const name of ['libreoffice-template', 'word-split-template']) {
      const c = cases.find((x) => x.name === name)!;
      const text = pdfText.get(name)!;
      for (const piece of expectedTexts(c)) expect(body(text), `${name}: ${piece}`).toContain(piece);
      // The authority's checklist stays out of the supplier's appendix, whatever the template has.
      expect(text, name).not.toContain('[test.training]');
      expect(text, name).toContain('KS2026/0042');
    }
  });
});
