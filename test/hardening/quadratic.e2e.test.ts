// Inputs that cost time or memory out of proportion to their size, through the built CLI: a pack of
// 20,000 rules, a language pack of 200,000 forms, metadata of 200,000 fields and a title of
// megabytes are refused by a bound with one positioned line, in a second or two (quadratic.test.ts
// reads the rest in-process).
import { describe, expect, it } from 'vitest';
import { jamkrav } from '../cli/run.js';
import { PACK } from '../batch/helpers.js';
import { expectCleanStderr, scratchFolders } from './helpers.js';

const dir = scratchFolders();
const TEXT = 'Leverantören ska betala lika lön för lika arbete.';

describe('YAML: bounded in size and in counts, validated in linear time', () => {
  it('a pack of 20,000 rules is refused at its rules list, not validated rule by rule (42 s before)', () => {
    const rules = Array.from({ length: 20_000 }, (_, i) => `  - id: p.r${i}\n    title: x\n`).join('');
    const cwd = dir({
      'paket.yaml':
        `id: p\nprefix: p\nversion: 1.0.0\ntitle: { sv: a, en: b }\nsource: { title: { sv: a, en: b }, ` +
        `url: https://x.se }\nrules:\n${rules}`,
    });
    const r = jamkrav(['rules', 'validate', 'paket.yaml', '--lang', 'en'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toBe('paket.yaml:7:3  error  rules has 20000 entries; at most 5000 are read');
    expect(r.ms).toBeLessThan(5000);
  });

  it(
    'a language pack of 200,000 forms, metadata of 200,000 fields and a 10 MB title are refused by size before ' +
      'parsing',
    () => {
      const forms = Array.from({ length: 200_000 }, (_, i) => `      form${i}: ersatt${i}\n`).join('');
      const fields = Array.from({ length: 200_000 }, (_, i) => `  f${i}: v${i}\n`).join('');
      const cwd = dir({
        'sprak.yaml':
          `kind: language\nid: l\nprefix: l\nlang: sv\nversion: 1.0.0\ntitle: { sv: a, en: b }\nrules:\n  ` +
          `- id: l.x\n    forms:\n${forms}`,
        'falt.yaml': `tender: { title: T }\nfields:\n${fields}`,
        'titel.yaml': `tender:\n  title: "${'a'.repeat(10 * 1024 * 1024)}"\n`,
        'a.md': `${TEXT}\n`,
      });
      const l = jamkrav(['lint', 'a.md', '--pack', './sprak.yaml', '--lang', 'en'], { cwd });
      expect(expectCleanStderr(l.stderr)).toEqual([
        `jamkrav: ${cwd}/sprak.yaml:1:1: the file is 5.7 MB; the limit is 2 MB (raise it with --max-data-file-size ` +
          `or limits.maxDataFileSize in jamkrav.config.yaml)`,
      ]);
      for (const [file, size] of [
        ['falt.yaml', '3.4 MB'],
        ['titel.yaml', '10 MB'],
      ] as const) {
        const g = jamkrav(['generate', '--pack', PACK, '--meta', file, '--format', 'md', '--lang', 'en'], { cwd });
        expect(g.code).toBe(2);
        expect(expectCleanStderr(g.stderr)).toEqual([`jamkrav: ${file}: the file is ${size}; the limit is 2 MB`]);
        expect(g.ms).toBeLessThan(3000);
      }
    },
  );
});
