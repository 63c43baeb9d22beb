// The supplier answer form filled the way a supplier's editor fills it, shared by
// answer-form.test.ts (read back as Word saves it) and answer-form.e2e.test.ts (after LibreOffice).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect } from 'vitest';
import { generate, readAnswerForm } from '../../src/generate/index.js';
import type { FormReading } from '../../src/generate/index.js';
import { loadCatalogue } from '../../src/packs/index.js';
import { catalogue, meta } from '../fixtures/generate/catalogue.js';

export interface Answer {
  accepted?: boolean;
  answer?: string;
  attachment?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Fills a form as Word does when a supplier types: the tick box's w14:checked and its glyph, the
 * text controls' content (lines as w:br) without the placeholder flag. Keyed by the controls' tags.
 */
export function fillForm(
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

/** What each case fills in, and what reading it back must give. */
export const fixtureAnswers: Record<string, Answer> = {
  'test.competence': {
    accepted: true,
    answer: 'Två medarbetare har gått DO:s utbildning.\nIntyg bifogas.',
    attachment: 'Bilaga 4 – utbildningsintyg.pdf',
  },
  'test.users': { accepted: true, answer: 'Vi redovisar brukarstatistik per kön & ålder <varje kvartal>.' },
  'test.team': { answer: 'Teamet: 3 kvinnor, 3 män.', attachment: 'Bilaga 5' },
  'test.harassment': { accepted: true },
};

export interface Case {
  name: string;
  blank: Uint8Array;
  filled: Uint8Array;
  answers: Record<string, Answer>;
}

/** Two forms, filled: the fixture pack in Swedish and the built-in packs in English. */
export async function filledCases(): Promise<Case[]> {
  const cases: Case[] = [];
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
  return cases;
}

/** The reading must give exactly what was filled in (untouched fields empty, boxes unticked). */
export function expectAnswers(reading: FormReading, answers: Record<string, Answer>): void {
  for (const [id, a] of Object.entries(answers)) {
    const got = reading.answers.find((x) => x.ruleId === id);
    expect(got, id).toBeDefined();
    expect(got!.accepted, `${id} accepted`).toBe(a.accepted ?? false);
    expect(got!.answer, `${id} answer`).toBe(a.answer ?? '');
    expect(got!.attachment, `${id} attachment`).toBe(a.attachment ?? '');
  }
}
