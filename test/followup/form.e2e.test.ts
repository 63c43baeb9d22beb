// The yearly report form after a real LibreOffice round trip: filled, saved by LibreOffice, and
// read back the same (the form as made and read without LibreOffice: form.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../eval/followup/docs.mjs';
import { ReportPackage, readReportForm } from '../../src/followup/form-read.js';
import { loadFollowUp, templatesOf, type TemplateFile } from '../../src/followup/index.js';
import { smallSet } from './helpers.js';

let dir: string;
let files: TemplateFile[];
const form = () => files.find((f) => f.name === 'AV-1_2024.docx')!.data as Uint8Array;

const answers = new Map([
  ['jamkrav:report:submitted', '2025-04-20'],
  ['jamkrav:staff:women', '21'],
  ['jamkrav:staff:men', '13'],
  ['jamkrav:leaders:women', '<5'],
  ['jamkrav:leaders:men', '6'],
  ['jamkrav:pay-survey:value', '2025-02-14'],
  ['jamkrav:parental-routine:value', 'Ja & skriftlig'],
]);
const expected = Object.fromEntries([...answers].filter(([k]) => k !== 'jamkrav:report:submitted'));

beforeAll(async () => {
  dir = await smallSet();
  const f = await loadFollowUp({ register: join(dir, 'avtal.yaml'), lang: 'sv' });
  files = await templatesOf(f, 'sv');
});

const read = (docx: Uint8Array) => readReportForm(ReportPackage.open(docx, 'r.docx', 'sv'), 'r.docx', 'sv');

describe('a filled form', () => {
  it('reads back the same after LibreOffice has saved it', () => {
    const lo = join(dir, 'lo');
    mkdirSync(join(lo, 'saved'), { recursive: true });
    writeFileSync(join(lo, 'AV-1_2024.docx'), fillForm(form(), answers));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${lo}/profile`,
        '--headless',
        '--convert-to',
        'docx',
        '--outdir',
        join(lo, 'saved'),
        join(lo, 'AV-1_2024.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const saved = read(new Uint8Array(readFileSync(join(lo, 'saved', 'AV-1_2024.docx'))));
    expect(saved).toMatchObject({ contract: 'AV-1', period: '2024' });
    expect(Object.fromEntries([...saved.values].filter(([k]) => k !== 'jamkrav:report:submitted'))).toEqual(expected);
  }, 180_000);
});
