// What a document or a file name holds is printed, never obeyed: escape sequences from a document
// (retitle the window, clear the screen) and newlines in file names reach neither the terminal
// (stylish) nor a CI log (github annotations) as themselves.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printable } from '../../src/report/printable.js';
import { jamkrav } from '../cli/run.js';
import { manyTenders, scratch } from '../batch/helpers.js';
import { folder } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const HOSTILE = 'Leverantören ska utse en kontaktman \u001b]0;pwned\u0007 och \u001b[2J\u009b31m för avtalet.';
/** Ordinary text around it, so the file is still taken for text (under 1% control characters). */
const PADDING = '\n\nLeverantören ska betala lika lön för lika arbete och redovisa det på begäran.'.repeat(20);
/** Any control character but newline and tab: none may reach the output. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('control characters from documents and file names', () => {
  it('stylish prints them escaped, and a newline in a file name does not split its line', () => {
    const cwd = folder({ 'titel\u001b]0;x\u0007.md': `${HOSTILE}${PADDING}\n` });
    made.push(cwd);
    writeFileSync(join(cwd, 'rad\nbrytning.md'), `# Krav \u001b[2J\n\n${HOSTILE}${PADDING}\n`);
    const r = jamkrav(['lint', '--lang', 'en', '--format', 'stylish'], { cwd });
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain('rad\\u000abrytning.md');
    expect(r.stdout).toContain('\\u001b]0;pwned\\u0007');
    expect(r.stdout).toContain('\\u001b[2J\\u009b31m');
    expect(r.stdout).toContain('titel\\u001b]0;x\\u0007.md');
    expect(r.stdout).toContain('Krav \\u001b[2J');
  });

  it('github annotations carry no raw escape and no forged command line', () => {
    const cwd = folder({});
    made.push(cwd);
    writeFileSync(join(cwd, 'x\n::error file=fake.md::forged.md'), `${HOSTILE}${PADDING}\n`);
    const r = jamkrav(['lint', '--lang', 'en', '--format', 'github'], { cwd });
    expect(r.stdout).not.toMatch(CONTROL);
    const lines = r.stdout.trim().split('\n');
    for (const line of lines)
      expect(line).toMatch(/^::(error|warning|notice) file=x%0A%3A%3Aerror file=fake.md%3A%3Aforged.md/);
    expect(r.stdout).toContain('\\u001b]0;pwned\\u0007');
  });

  it('batch progress and summary print titles and names escaped', () => {
    const cwd = scratch({ 'plan.yaml': manyTenders(1).replace('Upphandling 0', '"Titel \\e]0;pwned\\a"') });
    made.push(cwd);
    const b = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--lang', 'en'], { cwd, env: { CI: 'true' } });
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('Titel \\u001b]0;pwned\\u0007');
    expect(b.stdout + b.stderr).not.toMatch(CONTROL);
  });

  it('printable keeps tabs, and newlines only where asked', () => {
    expect(printable('a\tb\nc\rd\u2028e\u202ef')).toBe('a\tb\\u000ac\\u000dd\\u2028e\\u202ef');
    expect(printable('a\nb\rc', { lines: true })).toBe('a\nb\\u000dc');
  });
});
