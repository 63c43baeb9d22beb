// `jamkrav lint -`: one document from standard input, for editors and pre-commit hooks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, jamkrav } from '../cli/run.js';

const TENDER = '# Hemtjänst\n\nKontaktman för avtalet är Anna.\n';

describe('jamkrav lint - (standard input)', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-stdin-'));

  it('lints what comes on standard input under the name --stdin-filename gives', () => {
    const r = jamkrav(
      ['lint', '-', '--stdin-filename', 'anbud/hemtjanst.md', '--rule', 'langsv.*', '--format', 'compact'],
      { cwd: dir, input: TENDER },
    );
    expect(r.stdout).toMatch(/^anbud\/hemtjanst\.md:3:1: varning Undvik ”Kontaktman”: .* \[langsv\.kontaktman\]\n$/);
    // A warning: exit 0 under the default --fail-on error.
    expect(r.code).toBe(0);
  });

  it('applies the config overrides for that name', () => {
    const own = mkdtempSync(join(tmpdir(), 'jamkrav-stdin-config-'));
    writeFileSync(
      join(own, 'jamkrav.config.yaml'),
      'overrides:\n  - files: ["arkiv/**"]\n    suppress:\n      langsv.kontaktman: Äldre text\n',
    );
    const lint = (name: string) =>
      JSON.parse(
        jamkrav(['lint', '-', '--stdin-filename', name, '--rule', 'langsv.*', '--format', 'json'], {
          cwd: own,
          input: TENDER,
        }).stdout,
      ) as { files: { coverage: unknown[]; findings: unknown[] }[] };
    expect(lint('arkiv/gammal.md').files[0]!.coverage).toEqual([
      { ruleId: 'langsv.kontaktman', status: 'suppressed', reason: 'Äldre text' },
    ]);
    expect(lint('anbud/ny.md').files[0]!.findings).toHaveLength(1);
  });

  it('reads a DOCX by its content when no name is given', () => {
    const docx = readFileSync(join(__dirname, '../fixtures/documents/docx-tracked-changes.docx'));
    const r = spawnSync(process.execPath, [BIN, 'lint', '-', '--format', 'json', '--fail-on', 'never'], {
      cwd: dir,
      input: docx,
    });
    expect(
      (JSON.parse(r.stdout.toString('utf8')) as { files: { path: string; format: string }[] }).files[0],
    ).toMatchObject({ path: '<stdin>', format: 'docx' });
  });

  it('refuses - beside other paths, --fix on standard input, and --stdin-filename without -', () => {
    expect(jamkrav(['lint', '-', 'a.md'], { cwd: dir, input: TENDER }).stderr).toBe(
      'jamkrav: -: standard in (-) läses bara som det enda dokumentet: ange inga andra sökvägar\n',
    );
    expect(jamkrav(['lint', '-', '--fix'], { cwd: dir, input: TENDER }).stderr).toBe(
      'jamkrav: --fix: rättar inte standard in: ange filen i stället\n',
    );
    const named = jamkrav(['lint', 'a.md', '--stdin-filename', 'x.md'], { cwd: dir });
    expect(named.stderr).toBe(
      'jamkrav: --stdin-filename: gäller bara när dokumentet läses från standard in (jamkrav lint -)\n',
    );
    expect(named.code).toBe(2);
  });
});
