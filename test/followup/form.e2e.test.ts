// The yearly report form after a real LibreOffice round trip: filled, saved by LibreOffice, and
// read back the same (the form as made and read without LibreOffice: form.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../eval/followup/docs.mjs';
import type { TemplateFile } from '../../src/followup/index.js';
import { answers, expected, formTemplates, read } from './form-cases.js';

let dir: string;
let files: TemplateFile[];
const form = () => files.find((f) => f.name === 'AV-1_2024.docx')!.data as Uint8Array;

beforeAll(async () => {
  ({ dir, files } = await formTemplates());
});

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
