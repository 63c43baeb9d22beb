// The yearly report form: one keyed field per indicator the contract's clauses ask for, read
// back by its tag (Word), its bookmark (when the tag is lost) or its row's [key]; the CSV
// template read by key the same way. The LibreOffice round trip is in form.e2e.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../eval/followup/docs.mjs';
import { loadFollowUp, templatesOf, type TemplateFile } from '../../src/followup/index.js';
import { ContractIds, readReport } from '../../src/followup/reports.js';
import { answers, expected, formTemplates, read } from './form-cases.js';

let dir: string;
let files: TemplateFile[];
const form = () => files.find((f) => f.name === 'AV-1_2024.docx')!.data as Uint8Array;
const csv = () => files.find((f) => f.name === 'AV-1_2024.csv')!.data as string;

beforeAll(async () => {
  ({ dir, files } = await formTemplates());
});

/** The same form with one kind of key removed from document.xml. */
function without(docx: Uint8Array, strip: RegExp): Uint8Array {
  const parts = unzipSync(docx);
  parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace(strip, ''));
  return zipSync(parts);
}

describe('the report form as made', () => {
  it('has a template per contract and period, as DOCX and CSV', () => {
    expect(files.map((f) => f.name)).toEqual([
      'AV-1_2024.docx',
      'AV-1_2024.csv',
      'AV-1_2025.docx',
      'AV-1_2025.csv',
      'AV-1_2026.docx',
      'AV-1_2026.csv',
      'AV-2_2024.docx',
      'AV-2_2024.csv',
      'AV-2_2025.docx',
      'AV-2_2025.csv',
      'AV-2_2026.docx',
      'AV-2_2026.csv',
    ]);
  });

  it('holds a keyed field for each indicator the clauses ask for, and says what it is for', () => {
    const doc = strFromU8(unzipSync(form())['word/document.xml']!);
    for (const key of [
      'staff:women',
      'leaders:men',
      'training-hours:value',
      'pay-survey:value',
      'harassment-cases:value',
      'parental-routine:value',
      'subcontractors-bound:value',
    ]) {
      expect(doc).toContain(`<w:tag w:val="jamkrav:${key}"/>`);
    }
    expect(doc).toMatch(/<w:bookmarkStart w:id="\d+" w:name="jamkrav_leaders_women"\/><w:sdt>/);
    const blank = read(form());
    expect(blank).toMatchObject({ contract: 'AV-1', period: '2024', lang: 'sv' });
    expect(blank.values.size).toBe(0); // placeholders are no answers
  });

  it('is the same bytes whenever it is made', async () => {
    const again = await templatesOf(await loadFollowUp({ register: join(dir, 'avtal.yaml'), lang: 'sv' }), 'sv');
    expect(Buffer.from(again[0]!.data).equals(Buffer.from(files[0]!.data))).toBe(true);
  });
});

describe('a filled form', () => {
  it('is read by tag, by bookmark when tags are lost, by row when both are', () => {
    const filled = fillForm(form(), answers);
    const byTag = read(filled);
    expect(Object.fromEntries(byTag.values)).toEqual({ ...expected, 'jamkrav:report:submitted': '2025-04-20' });
    expect(byTag.foundBy.get('jamkrav:staff:women')).toBe('tag');
    const noTags = read(without(filled, /<w:tag [^>]*\/>/g));
    expect(Object.fromEntries(noTags.values)).toEqual(Object.fromEntries(byTag.values));
    expect(noTags.foundBy.get('jamkrav:leaders:women')).toBe('bookmark');
    const bare = read(without(filled, /<w:tag [^>]*\/>|<w:bookmark(Start|End) [^>]*\/>/g));
    const { 'jamkrav:report:submitted': _sent, ...rows } = Object.fromEntries(byTag.values);
    expect(Object.fromEntries([...bare.values].filter(([k]) => k !== 'jamkrav:report:submitted'))).toEqual(rows);
    expect(bare.foundBy.get('jamkrav:pay-survey:value')).toBe('row');
  });

  it('as CSV is read by key, whatever the header says', async () => {
    const filled = csv().replace(/^(jamkrav:[^;\r\n]+;[^;\r\n]*;[^;\r\n]*;)$/gm, (line, head: string) => {
      const key = head.split(';')[0]!;
      return answers.has(key) ? `${head}${answers.get(key)}` : line;
    });
    mkdirSync(join(dir, 'in'), { recursive: true });
    writeFileSync(join(dir, 'in', 'x.csv'), filled);
    const r = await readReport(join(dir, 'in', 'x.csv'), join(dir, 'in'), 'in', new ContractIds(['AV-1']), [], 'sv');
    expect(r).toMatchObject({
      how: 'csv',
      contract: 'AV-1',
      period: '2024',
      submitted: '2025-04-20',
      submittedFrom: 'report',
    });
    expect(Object.fromEntries(r.values)).toEqual(expected);
  });
});
