// The supplier answer form after LibreOffice: filled the way a supplier's editor fills it, saved
// again by LibreOffice and read back by key, and opened and rendered (DOCX → PDF, text read back).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAnswerForm } from '../../src/generate/index.js';
import type { FormReading } from '../../src/generate/index.js';
import { type Case, expectAnswers, filledCases } from './answer-form-cases.js';

const dir = mkdtempSync(join(tmpdir(), 'jamkrav-form-'));
const profile = `-env:UserInstallation=file://${dir}/profile`;

let cases: Case[] = [];
const afterLibreOffice = new Map<string, FormReading>();
const pdfText = new Map<string, string>();

beforeAll(async () => {
  cases = await filledCases();
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

describe('a filled answer form', () => {
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
});
