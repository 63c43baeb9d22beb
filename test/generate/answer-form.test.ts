// The supplier answer form: generated, filled the way a supplier's editor fills it (tick boxes
// ticked, text typed into the controls), saved again by LibreOffice, and read back by key. Also
// that the filled form opens and renders (DOCX → PDF, text read back).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { generate, readAnswerForm } from '../../src/generate/index.js';
import type { FormReading } from '../../src/generate/index.js';
import { loadCatalogue } from '../../src/packs/index.js';
import type { UserError } from '../../src/errors.js';
import { catalogue, meta } from '../fixtures/generate/catalogue.js';
import { illFormedParts, parts } from './helpers.js';

interface Answer {
  accepted?: boolean;
  answer?: string;
  attachment?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Fills a form as Word does when a supplier types: the tick box's w14:checked and its glyph, the
 * text controls' content (lines as w:br) without the placeholder flag. Keyed by the controls' tags.
 */
function fillForm(
  docx: Uint8Array,
  answers: Record<string, Answer>,
  tenderer: { name: string; org: string },
): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']!).replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, (sdt) => {
    const tag = /<w:tag w:val="([^"]*)"/.exec(sdt)![1]!;
    const [, id, field] = tag.split(':') as [string, string, string];
    const value: string | boolean | undefined =
      id === 'tenderer' ? (field === 'name' ? tenderer.name : tenderer.org) : answers[id]?.[field as keyof Answer];
    if (value === undefined) return sdt;
    if (typeof value === 'boolean') {
      return value
        ? sdt.replace('w14:checked w14:val="0"', 'w14:checked w14:val="1"').replace('\u2610', '\u2612')
        : sdt;
    }
    const runs = value
      .split('\n')
      .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
      .join('<w:br/>');
    return sdt
      .replace('<w:showingPlcHdr/>', '')
      .replace(/<w:sdtContent>[\s\S]*<\/w:sdtContent>/, `<w:sdtContent><w:r>${runs}</w:r></w:sdtContent>`);
  });
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}

const dir = mkdtempSync(join(tmpdir(), 'jamkrav-form-'));
const profile = `-env:UserInstallation=file://${dir}/profile`;

/** What each case fills in, and what reading it back must give. */
const fixtureAnswers: Record<string, Answer> = {
  'test.competence': {
    accepted: true,
    answer: 'Två medarbetare har gått DO:s utbildning.\nIntyg bifogas.',
    attachment: 'Bilaga 4 – utbildningsintyg.pdf',
  },
  'test.users': { accepted: true, answer: 'Vi redovisar brukarstatistik per kön & ålder <varje kvartal>.' },
  'test.team': { answer: 'Teamet: 3 kvinnor, 3 män.', attachment: 'Bilaga 5' },
  'test.harassment': { accepted: true },
};

interface Case {
  name: string;
  blank: Uint8Array;
  filled: Uint8Array;
  answers: Record<string, Answer>;
}

const cases: Case[] = [];
const afterLibreOffice = new Map<string, FormReading>();
const pdfText = new Map<string, string>();

beforeAll(async () => {
  const builtin = await loadCatalogue();
  const fixture = await generate({ catalogue, meta, level: 'advanced', answerForm: true });
  const english = await generate({ catalogue: builtin, meta, lang: 'en', level: 'leading', answerForm: true });
  const englishRules = readAnswerForm(english.answerForm!, 'en.docx', 'en').rules;
  const englishAnswers: Record<string, Answer> = Object.fromEntries(
    englishRules.map((id, i) => [
      id,
      { accepted: i % 2 === 0, answer: `Answer to ${id}: see our routines.`, attachment: `Attachment ${i + 1}` },
    ]),
  );
  cases.push(
    {
      name: 'fixture-sv',
      blank: fixture.answerForm!,
      filled: fillForm(fixture.answerForm!, fixtureAnswers, { name: 'Omsorg AB', org: '556677-8899' }),
      answers: fixtureAnswers,
    },
    {
      name: 'builtin-en',
      blank: english.answerForm!,
      filled: fillForm(english.answerForm!, englishAnswers, { name: 'Care Ltd', org: '556000-1111' }),
      answers: englishAnswers,
    },
  );
  const files = cases.map((c) => {
    const file = join(dir, `${c.name}.docx`);
    writeFileSync(file, c.filled);
    return file;
  });
  // One LibreOffice start per conversion: DOCX → DOCX (as a supplier saving in LibreOffice) and → PDF.
  mkdirSync(join(dir, 'saved'));
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'docx', '--outdir', join(dir, 'saved'), ...files], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  for (const c of cases) {
    afterLibreOffice.set(
      c.name,
      readAnswerForm(new Uint8Array(readFileSync(join(dir, 'saved', `${c.name}.docx`))), c.name, 'sv'),
    );
    pdfText.set(c.name, execFileSync('pdftotext', ['-raw', join(dir, `${c.name}.pdf`), '-'], { encoding: 'utf8' }));
  }
}, 240_000);

/** The reading must give exactly what was filled in (untouched fields empty, boxes unticked). */
function expectAnswers(reading: FormReading, answers: Record<string, Answer>): void {
  for (const [id, a] of Object.entries(answers)) {
    const got = reading.answers.find((x) => x.ruleId === id);
    expect(got, id).toBeDefined();
    expect(got!.accepted, `${id} accepted`).toBe(a.accepted ?? false);
    expect(got!.answer, `${id} answer`).toBe(a.answer ?? '');
    expect(got!.attachment, `${id} attachment`).toBe(a.attachment ?? '');
  }
}

describe('the answer form as generated', () => {
  it('has one row per requirement, each field keyed, and says what it was made from', async () => {
    const r = await generate({ catalogue, meta, level: 'advanced', answerForm: true });
    expect(illFormedParts(r.answerForm!)).toEqual([]);
    const doc = parts(r.answerForm!)['word/document.xml']!;
    for (const id of ['test.competence', 'test.users', 'test.team', 'test.harassment']) {
      for (const field of ['accepted', 'answer', 'attachment'])
        expect(doc).toContain(`<w:tag w:val="jamkrav:${id}:${field}"/>`);
    }
    expect(doc).not.toContain('test.training'); // the authority's checklist asks nothing of the supplier
    expect(doc).toContain('<w14:checkbox>');
    expect(doc).toMatch(/<w:bookmarkStart w:id="\d+" w:name="jamkrav_1_accepted"\/><w:sdt>/);
    expect(doc).toContain('w:orient="landscape"');
    const blank = readAnswerForm(r.answerForm!, 'form.docx', 'sv');
    expect(blank).toMatchObject({
      version: '1',
      lang: 'sv',
      level: 'advanced',
      packs: ['test-pack@1.0.0'],
      reference: 'KS 2026/0042',
    });
    expect(blank.rules).toEqual(['test.competence', 'test.users', 'test.team', 'test.harassment']);
    expect(blank.answers.map((a) => [a.ruleId, a.accepted, a.answer, a.attachment])).toEqual(
      blank.rules.map((id) => [id, false, '', '']),
    );
    expect(blank.answers[0]!.foundBy).toEqual({ accepted: 'tag', answer: 'tag', attachment: 'tag' });
    expect(blank.tenderer).toEqual({ name: '', 'org-number': '' });
  });

  it('is byte-reproducible and speaks English when asked', async () => {
    const a = await generate({ catalogue, meta, lang: 'en', answerForm: true });
    const b = await generate({ catalogue, meta, lang: 'en', answerForm: true });
    expect(Buffer.from(a.answerForm!).equals(Buffer.from(b.answerForm!))).toBe(true);
    const doc = parts(a.answerForm!)['word/document.xml']!;
    expect(doc).toContain('Answer form: gender-equality requirements');
    expect(doc).toContain('Write your answer here.');
  });
});

describe('a filled answer form', () => {
  it("reads back by the controls' tags, as Word saves it", () => {
    const c = cases.find((x) => x.name === 'fixture-sv')!;
    const reading = readAnswerForm(c.filled, 'filled.docx', 'sv');
    expectAnswers(reading, c.answers);
    expect(reading.tenderer).toEqual({ name: 'Omsorg AB', 'org-number': '556677-8899' });
    expect(reading.values.get('jamkrav:test.users:answer')).toBe(
      'Vi redovisar brukarstatistik per kön & ålder <varje kvartal>.',
    );
  });

  for (const name of ['fixture-sv', 'builtin-en']) {
    it(`${name}: reads back the same after LibreOffice saved it again (by the bookmarks, as it drops tags)`, () => {
      const c = cases.find((x) => x.name === name)!;
      const reading = afterLibreOffice.get(name)!;
      expectAnswers(reading, c.answers);
      expect(reading.rules).toEqual(readAnswerForm(c.blank, name, 'sv').rules);
      expect(reading.version).toBe('1');
      for (const a of reading.answers)
        expect(
          Object.values(a.foundBy).every((by) => by === 'bookmark' || by === 'tag'),
          a.ruleId,
        ).toBe(true);
      expect(reading.tenderer.name).toBe(name === 'fixture-sv' ? 'Omsorg AB' : 'Care Ltd');
    });

    it(`${name}: opens and renders, answers and ticks included`, () => {
      const c = cases.find((x) => x.name === name)!;
      const flat = pdfText.get(name)!.replace(/\s+/g, '');
      for (const a of Object.values(c.answers)) {
        for (const line of (a.answer ?? '').split('\n')) expect(flat).toContain(line.replace(/\s+/g, ''));
      }
      expect(flat).toContain('\u2612');
      expect(flat).toContain(name === 'fixture-sv' ? 'Svarsformulär' : 'Answerform');
    });
  }

  it('is still read by its rows when both tags and bookmarks are gone', () => {
    const c = cases.find((x) => x.name === 'fixture-sv')!;
    const files = unzipSync(c.filled);
    files['word/document.xml'] = strToU8(
      strFromU8(files['word/document.xml']!).replace(/<w:tag [^>]*\/>|<w:bookmark(Start|End) [^>]*\/>/g, ''),
    );
    const reading = readAnswerForm(zipSync(files), 'stripped.docx', 'sv');
    expectAnswers(reading, c.answers);
    expect(reading.answers[0]!.foundBy).toEqual({ accepted: 'row', answer: 'row', attachment: 'row' });
  });

  it('refuses a document that is no answer form, in one line', async () => {
    const appendix = await generate({ catalogue, meta });
    let line = '';
    try {
      readAnswerForm(appendix.data, 'bilaga.docx', 'sv');
    } catch (e) {
      line = (e as UserError).toLine();
    }
    expect(line).toBe('bilaga.docx: är inget svarsformulär från jamkrav (inga fält med nycklar jamkrav:…)');
  });
});
