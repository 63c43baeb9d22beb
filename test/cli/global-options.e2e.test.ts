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

describe('commander in Swedish', () => {
  const commands = [
    [],
    ['lint'],
    ['generate'],
    ['batch'],
    ['init'],
    ['evaluate'],
    ['followup'],
    ['followup', 'plan'],
    ['followup', 'check'],
    ['rules'],
    ['rules', 'list'],
    ['rules', 'show'],
    ['rules', 'test'],
    ['rules', 'validate'],
  ];

  it.each(commands)('help for "%s" has no English words of its own', (...command) => {
    const r = jamkrav([...command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Användning: jamkrav/);
    expect(r.stdout).not.toMatch(
      /Usage:|Options:|Arguments:|Commands:|\(default:|display help|\[options\]|\[command\]/,
    );
  });

  it('jamkrav help lint shows the help of lint', () => {
    const r = jamkrav(['help', 'lint']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Användning: jamkrav lint \[flaggor\]/);
  });

  it('says what it did not understand in Swedish, and in English with --lang en', () => {
    expect(jamkrav(['lint', '--fial-on', 'x']).stderr).toBe(
      "jamkrav: okänd flagga '--fial-on'\n(menade du --fail-on?)\n",
    );
    expect(jamkrav(['rules', 'shw']).stderr).toBe("jamkrav: okänt kommando 'shw'\n(menade du show?)\n");
    expect(jamkrav(['rules', 'test']).stderr).toBe("jamkrav: argumentet 'pack' saknas\n");
    expect(jamkrav(['lint', '--level']).stderr).toBe("jamkrav: flaggan '--level <level>' saknar värde\n");
    expect(jamkrav(['rules', 'shw', '--lang', 'en']).stderr).toBe(
      "jamkrav: unknown command 'shw'\n(Did you mean show?)\n",
    );
  });
});
