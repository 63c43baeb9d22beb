// `jamkrav init` through the built CLI: what it says on stderr, and its exit code (the files it
// writes: init.test.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = () => mkdtempSync(join(tmpdir(), 'jamkrav-init-'));

describe('jamkrav init', () => {
  it('says what it did on stderr and exits 0, also when everything exists (built CLI)', () => {
    const dir = tmp();
    const run = () =>
      spawnSync(process.execPath, [join(ROOT, 'bin/jamkrav.js'), 'init', 'projekt'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'sv_SE.UTF-8', LC_ALL: '' },
      });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('jamkrav: skrev projekt/.github/workflows/jamkrav.yml\n');
    expect(first.stderr).toContain('jamkrav: skrev projekt/package.json\n');
    expect(first.stderr).toContain(
      'jamkrav: jamkrav måste vara ett utvecklingsberoende i förrådet, så att CI kör den låsta versionen: npm ' +
        'install --save-dev',
    );
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stderr).toContain(
      'jamkrav: projekt/tender.yaml finns redan och lämnades orörd (--force skriver över)\n',
    );
  }, 120_000);
});
