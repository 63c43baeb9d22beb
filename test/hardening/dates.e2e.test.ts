// A document date a DOCX cannot carry (a zip entry is dated 1980-2099) is refused with a line
// naming where it came from: the variable, the flag, or the file, field and position. It was
// "Invalid time value" or "date not in range 1980-2099", naming nothing.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jamkrav } from '../cli/run.js';
import { PACK, scratch } from '../batch/helpers.js';
import { expectCleanStderr } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function dir(files: Record<string, string> = {}): string {
  const d = scratch(files);
  made.push(d);
  return d;
}
const generate = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const r = jamkrav(['generate', '--pack', PACK, '-o', 'bilaga.docx', ...args], {
    cwd,
    env: { SOURCE_DATE_EPOCH: '', ...env },
  });
  return { ...r, lines: expectCleanStderr(r.stderr) };
};

describe('document dates out of range', () => {
  it('SOURCE_DATE_EPOCH, in English and Swedish', () => {
    const cwd = dir();
    const en = generate(cwd, ['--lang', 'en'], { SOURCE_DATE_EPOCH: '99999999999999' });
    expect(en.code).toBe(2);
    expect(en.lines).toEqual([
      'jamkrav: SOURCE_DATE_EPOCH: the value 99999999999999 (seconds since 1970) is after 2099: a DOCX file (a zip ' +
        'archive) cannot be dated later',
    ]);
    const sv = generate(cwd, [], { SOURCE_DATE_EPOCH: '4102444800' }); // 2100-01-01
    expect(sv.lines).toEqual([
      'jamkrav: SOURCE_DATE_EPOCH: värdet 4102444800 (sekunder sedan 1970) ligger efter 2099: en DOCX-fil (ett ' +
        'zip-arkiv) kan inte dateras senare',
    ]);
    expect(existsSync(join(cwd, 'bilaga.docx'))).toBe(false);
    expect(generate(cwd, [], { SOURCE_DATE_EPOCH: '4102444799' }).code).toBe(0); // 2099-12-31
  });

  it('--date and tender.date in a metadata file, named by flag, or by file, field and position', () => {
    const cwd = dir({ 'tender.yaml': 'tender:\n  title: Städning\n  date: "9999-12-31"\n' });
    expect(generate(cwd, ['--date', '9999-12-31', '--lang', 'en']).lines).toEqual([
      'jamkrav: --date: 9999-12-31 is after 2099: a DOCX file (a zip archive) cannot be dated later',
    ]);
    expect(generate(cwd, ['--meta', 'tender.yaml', '--lang', 'en']).lines).toEqual([
      'jamkrav: tender.yaml:3:9: tender.date: 9999-12-31 is after 2099: a DOCX file (a zip archive) cannot be dated ' +
        'later',
    ]);
    expect(existsSync(join(cwd, 'bilaga.docx'))).toBe(false);
  });

  it('in a batch manifest (YAML or CSV): exit 2, positioned, nothing written', () => {
    const yaml = dir({
      'plan.yaml':
        'defaults: { packs: [pack.yaml] }\ntenders:\n  - output: a.docx\n  - output: b.docx\n    date: ' +
        '"2100-01-01"\n  - output: c.docx\n    meta: { tender: { date: "9999-12-31" } }\n',
    });
    const y = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--lang', 'en'], { cwd: yaml });
    expect(y.code).toBe(2);
    expect(expectCleanStderr(y.stderr)).toEqual([
      'jamkrav: plan.yaml:5:11: tenders.1.date: 2100-01-01 is after 2099: a DOCX file (a zip archive) cannot be ' +
        'dated later',
      'jamkrav: plan.yaml:7:29: tenders.2.meta.tender.date: 9999-12-31 is after 2099: a DOCX file (a zip archive) ' +
        'cannot be dated later',
    ]);
    const csv = dir({ 'plan.csv': 'output;title;date\na.docx;A;2026-01-01\nb.docx;B;2100-01-01\n' });
    const c = jamkrav(['batch', 'plan.csv', '--out', 'ut', '--lang', 'en'], { cwd: csv });
    expect(c.code).toBe(2);
    expect(expectCleanStderr(c.stderr)).toEqual([
      'jamkrav: plan.csv:3: column date: 2100-01-01 is after 2099: a DOCX file (a zip archive) cannot be dated later',
    ]);
    expect(existsSync(join(yaml, 'ut')) || existsSync(join(csv, 'ut'))).toBe(false);
  });
});
