// What the report-form tests fill in and expect back: a contract year's answers, and the
// templates of the small register (helpers.ts) they are filled into.
import { join } from 'node:path';
import { ReportPackage, readReportForm } from '../../src/followup/form-read.js';
import { loadFollowUp, templatesOf, type TemplateFile } from '../../src/followup/index.js';
import { smallSet } from './helpers.js';

/** A supplier's answers by field key, with a value that must survive XML escaping. */
export const answers = new Map([
  ['jamkrav:report:submitted', '2025-04-20'],
  ['jamkrav:staff:women', '21'],
  ['jamkrav:staff:men', '13'],
  ['jamkrav:leaders:women', '<5'],
  ['jamkrav:leaders:men', '6'],
  ['jamkrav:pay-survey:value', '2025-02-14'],
  ['jamkrav:parental-routine:value', 'Ja & skriftlig'],
]);

/** The indicator values read back (the date the report was sent is not an indicator). */
export const expected = Object.fromEntries([...answers].filter(([k]) => k !== 'jamkrav:report:submitted'));

/** The small register's folder and its templates, made once per test file. */
export async function formTemplates(): Promise<{ dir: string; files: TemplateFile[] }> {
  const dir = await smallSet();
  const f = await loadFollowUp({ register: join(dir, 'avtal.yaml'), lang: 'sv' });
  return { dir, files: await templatesOf(f, 'sv') };
}

/** A filled report form read back. */
export const read = (docx: Uint8Array) => readReportForm(ReportPackage.open(docx, 'r.docx', 'sv'), 'r.docx', 'sv');
