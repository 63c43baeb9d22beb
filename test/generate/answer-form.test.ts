// The supplier answer form: generated, filled the way a supplier's editor fills it (tick boxes
// ticked, text typed into the controls), and read back by key. After LibreOffice has saved it, and
// that the filled form opens and renders (DOCX → PDF, text read back): answer-form.e2e.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { generate, readAnswerForm } from '../../src/generate/index.js';
import type { UserError } from '../../src/errors.js';
import { catalogue, meta } from '../fixtures/generate/catalogue.js';
import { type Case, expectAnswers, filledCases } from './answer-form-cases.js';
import { illFormedParts, parts } from './helpers.js';

let cases: Case[] = [];

beforeAll(async () => {
  cases = await filledCases();
});

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
