// What a run leaves out, and how to say otherwise on the command line.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jamkrav } from '../cli/run.js';

const FLAGGED = 'Kontaktman: Anna\n';

/** A repository with a tender in a/, another in b/, and a README: files flagged by langsv.kontaktman. */
function repository(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-ignore-'));
  for (const [name, text] of Object.entries({
    'a/anbud.md': FLAGGED,
    'b/avtal.md': FLAGGED,
    'README.md': FLAGGED,
    ...files,
  })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The files with findings, as compact lines name them. */
function linted(dir: string, args: string[] = []): string[] {
  const r = jamkrav(['lint', '--rule', 'langsv.*', '--format', 'compact', ...args], { cwd: dir });
  return [
    ...new Set(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(':')[0]!),
    ),
  ];
}

describe('leaving documents out', { timeout: 60_000 }, () => {
  it('honours .jamkravignore beside .gitignore, in git syntax', () => {
    expect(linted(repository({ '.jamkravignore': 'b/\n' }))).toEqual(['README.md', 'a/anbud.md']);
  });

  it('takes --ignore-pattern globs relative to the current folder', () => {
    expect(linted(repository(), ['--ignore-pattern', 'README.md', '--ignore-pattern', 'b/**'])).toEqual(['a/anbud.md']);
  });

  it('--no-ignore checks everything the ignore files, the config and --ignore-pattern leave out', () => {
    const dir = repository({ '.jamkravignore': 'b/\n', 'jamkrav.config.yaml': 'ignore: [README.md]\n' });
    expect(linted(dir)).toEqual(['a/anbud.md']);
    expect(linted(dir, ['--no-ignore', '--ignore-pattern', 'a/**'])).toEqual(['README.md', 'a/anbud.md', 'b/avtal.md']);
  });

  it('--no-config reads no jamkrav.config.yaml', () => {
    const dir = repository({ 'jamkrav.config.yaml': 'rules:\n  langsv.kontaktman: "off"\n' });
    expect(linted(dir)).toEqual([]);
    expect(linted(dir, ['--no-config'])).toEqual(['README.md', 'a/anbud.md', 'b/avtal.md']);
  });

  it(
    'a fresh jamkrav init repository passes its first run: ' + 'its README is no tender, and no tender yet is no error',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'jamkrav-fresh-'));
      expect(jamkrav(['init'], { cwd: dir }).code).toBe(0);
      writeFileSync(join(dir, 'README.md'), '# Upphandlingar\n\nHär samlar vi förfrågningsunderlagen.\n');
      const first = jamkrav(['lint'], { cwd: dir });
      expect(first.code).toBe(0);
      expect(first.stderr).toBe(
        'jamkrav: inga dokument hittades (letade efter .docx .odt .pdf .md .markdown .txt i .)\n',
      );
      // Named paths that hold no document are still an error.
      expect(jamkrav(['lint', 'anbud'], { cwd: dir }).code).toBe(2);
    },
  );
});
