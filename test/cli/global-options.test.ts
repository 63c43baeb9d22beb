// Options every command takes, wherever they stand on the command line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jamkrav } from './run.js';

describe('--no-color', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-nocolor-'));

  it.each([
    ['generate', ['generate', '-o', 'bilaga.docx', '--no-color']],
    ['batch', ['batch', '--help', '--no-color']],
    ['rules', ['rules', 'list', '--no-color']],
    ['init', ['init', '--help', '--no-color']],
  ])('is taken by %s', (_name, args) => {
    const r = jamkrav(args, { cwd: dir });
    expect(r.stderr).not.toMatch(/unknown option|okänd flagga/i);
    expect(r.code).toBe(0);
  });
});
