// Tables that read well: every appendix (both languages, every level), answer form and annex is
// rendered by LibreOffice to PDF, and the text read back is checked for words broken across
// lines (`avtalsuppföljnin` / `g`). A break after a hyphen the text itself has
// (`CEMR-` / `deklarationen`) is a proper break and allowed.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../src/generate/index.js';
import { MetaValues } from '../../src/generate/meta.js';
import { para, run, table, textCell } from '../../src/generate/ooxml.js';
import { renderOwnDocument } from '../../src/generate/own-document.js';
import { loadCatalogue } from '../../src/packs/index.js';
import { LANGS, LEVELS } from '../../src/types.js';
import { meta } from '../fixtures/generate/catalogue.js';
import { docxText } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'jamkrav-widths-'));
const docs = new Map<string, { tokens: Set<string>; pdf: string }>();

/**
 * Words broken across lines: the last word of a line joined with the first word of the next
 * (and of the ones after, while a line holds nothing but a piece of the word) making one word of
 * the document, where the first piece alone is none. A line may end in a hyphen, dash or slash
 * the text itself has (`CEMR-` / `deklarationen`, `8–` / `10`): that is a proper break.
 */
function brokenWords(pdf: string, tokens: Set<string>): string[] {
  const prefixes = new Set<string>();
  for (const t of tokens) for (let i = 1; i <= t.length; i++) prefixes.add(t.slice(0, i));
  const lines = pdf
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((l) => l[0] !== '');
  const broken: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!.at(-1)!;
    if (tokens.has(a)) continue;
    let joined = a;
    for (let j = i + 1; j < lines.length; j++) {
      const b = lines[j]![0]!;
      if (/[-–/]$/.test(joined) && tokens.has(joined + b)) break; // the text's own hyphen or dash
      joined = (joined.endsWith('-') && !prefixes.has(joined + b) ? joined.slice(0, -1) : joined) + b;
      if (tokens.has(joined)) {
        broken.push(`${a} | … ${b}`);
        break;
      }
      if (lines[j]!.length > 1 || !prefixes.has(joined)) break;
    }
  }
  return broken;
}

const tokensOf = (docx: Uint8Array) => new Set(docxText(docx).split(/\s+/).filter(Boolean));

beforeAll(async () => {
  const catalogue = await loadCatalogue();
  const files: string[] = [];
  const add = (name: string, data: Uint8Array) => {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, data);
    files.push(file);
    docs.set(name, { tokens: tokensOf(data), pdf: '' });
  };
  for (const lang of LANGS) {
    for (const level of LEVELS) {
      const r = await generate({
        catalogue,
        meta,
        lang,
        level,
        answerForm: level === 'advanced',
        annex: level === 'advanced' ? 'docx' : undefined,
      });
      add(`appendix-${lang}-${level}`, r.data);
      if (r.answerForm) add(`form-${lang}-${level}`, r.answerForm);
      if (r.annex) add(`annex-${lang}-${level}`, r.annex);
    }
  }
  // A column far too narrow for its words, to show that the check finds what it looks for.
  const words = 'avtalsuppföljningen jämställdhetsintegrering underleverantörsavtalen';
  const narrow = await renderOwnDocument({
    lang: 'sv',
    values: new MetaValues(meta, 'sv', meta.tender.date),
    date: meta.tender.date,
    body: (s) => `${para(run('Smal tabell')) + table(s.table, ['Ord'], [[textCell(words)]], { width: 900 })}<w:p/>`,
  });
  add('too-narrow', narrow);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'ignore', timeout: 170_000 },
  );
  for (const [name, d] of docs)
    d.pdf = execFileSync('pdftotext', ['-raw', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
}, 180_000);

describe('tables fitted to their words', () => {
  it('the check finds words broken in a column too narrow for them', () => {
    const d = docs.get('too-narrow')!;
    expect(brokenWords(d.pdf, d.tokens).length).toBeGreaterThan(0);
  });

  for (const lang of LANGS) {
    for (const level of LEVELS) {
      it(`appendix, ${lang}, ${level}: no word is broken across lines`, () => {
        const d = docs.get(`appendix-${lang}-${level}`)!;
        expect(d.pdf).toContain(lang === 'sv' ? 'avtalsuppföljning' : 'contract review');
        expect(brokenWords(d.pdf, d.tokens)).toEqual([]);
      });
    }
    it(`answer form and annex, ${lang}: no word is broken across lines`, () => {
      for (const name of [`form-${lang}-advanced`, `annex-${lang}-advanced`]) {
        const d = docs.get(name)!;
        expect(brokenWords(d.pdf, d.tokens), name).toEqual([]);
      }
    });
  }
});
