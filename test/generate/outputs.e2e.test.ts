// The outputs beside the appendix from the command line: `jamkrav generate --answer-form --annex`
// through the built CLI (the outputs themselves: outputs.test.ts).
import { jamkrav } from '../cli/run.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAnswerForm } from '../../src/generate/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pack = join(root, 'test/fixtures/generate/test-pack.yaml');

beforeAll(() => {
  // npm run test:e2e builds first; building here again would rewrite dist/ under other tests.
  expect(existsSync(join(root, 'dist/cli/main.js'))).toBe(true);
});

/** The built CLI in English (LANG=C) with no fixed build date. */
const run = (args: string[], cwd: string) => jamkrav(args, { cwd, env: { LANG: 'C', SOURCE_DATE_EPOCH: '' } });

describe('jamkrav generate --answer-form --annex', () => {
  it('writes all three files, and the form reads back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-outputs-'));
    const r = run(
      [
        'generate',
        '--pack',
        pack,
        '-o',
        'bilaga.docx',
        '--answer-form',
        'svar.docx',
        '--annex',
        'myndighet.md',
        '--date',
        '2026-05-01',
      ],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('jamkrav: skrev svarsformuläret svar.docx');
    expect(r.stderr).toContain('jamkrav: skrev bilagan för myndigheten myndighet.md');
    const form = readAnswerForm(new Uint8Array(readFileSync(join(dir, 'svar.docx'))), 'svar.docx', 'sv');
    expect(form.rules).toEqual(['test.competence', 'test.users', 'test.team', 'test.harassment']);
    expect(readFileSync(join(dir, 'myndighet.md'), 'utf8')).toContain('## Checklista för den upphandlande myndigheten');
  });

  it('writes nothing when one output exists or two outputs are the same file: one line, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-outputs-'));
    writeFileSync(join(dir, 'svar.docx'), 'the supplier answered already');
    const r = run(['generate', '--pack', pack, '-o', 'bilaga.docx', '--answer-form', 'svar.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jamkrav: svar.docx: filen finns redan; använd --force för att skriva över den\n');
    expect(existsSync(join(dir, 'bilaga.docx'))).toBe(false);
    expect(readFileSync(join(dir, 'svar.docx'), 'utf8')).toBe('the supplier answered already');
    const same = run(['generate', '--pack', pack, '-o', 'x.docx', '--annex', './x.docx'], dir);
    expect(same.code).toBe(2);
    expect(same.stderr).toBe('jamkrav: ./x.docx: samma fil anges för -o och --annex; ge varje utdata en egen fil\n');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});
