// Colour in `jamkrav batch`: on a terminal (FORCE_COLOR stands in for one here), never in a pipe,
// never with --no-color (before or after the command) or NO_COLOR, which win over FORCE_COLOR.
import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/batch-color.js';
import { jamkrav, manyTenders, scratch } from './helpers.js';

const ESC = '\x1b[';
const PLAN = manyTenders(2, '  - output: trasig.docx\n    exclude: [test.nonexistent]\n');

describe('jamkrav batch in colour', { timeout: 60_000 }, () => {
  it('colours the statuses, the errors and the warning word when FORCE_COLOR asks', () => {
    const r = jamkrav(['batch', 'plan.yaml', '--out', 'ut'], scratch({ 'plan.yaml': PLAN }), { FORCE_COLOR: '1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/t000\.docx +5 +1 {2}\x1b\[32mwritten\x1b\[39m\n/);
    expect(r.stdout).toMatch(/trasig\.docx +— +0 {2}\x1b\[31mfailed\x1b\[39m\n/);
    expect(r.stderr).toContain('jamkrav: [3/3] \x1b[31mfailed\x1b[39m trasig.docx\n');
    expect(r.stderr).toContain('jamkrav: \x1b[33mwarning\x1b[39m: metadata missing for');
  });

  it('is plain in a pipe, and with --no-color or NO_COLOR even when FORCE_COLOR is set', () => {
    const dir = scratch({ 'plan.yaml': PLAN });
    const runs = [
      jamkrav(['batch', 'plan.yaml', '--out', 'a'], dir),
      jamkrav(['batch', 'plan.yaml', '--out', 'b', '--no-color'], dir, { FORCE_COLOR: '1' }),
      jamkrav(['--no-color', 'batch', 'plan.yaml', '--out', 'c'], dir, { FORCE_COLOR: '1' }),
      jamkrav(['batch', 'plan.yaml', '--out', 'd', '--dry-run'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' }),
    ];
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toContain(ESC);
    }
  });

  it('decides per stream: --no-color and NO_COLOR first, then FORCE_COLOR, then whether it is a terminal', () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    expect(useColor(tty, {}, {})).toBe(true);
    expect(useColor(pipe, {}, {})).toBe(false);
    expect(useColor(pipe, {}, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(pipe, {}, { FORCE_COLOR: '' })).toBe(true); // set but empty forces, as chalk reads it
    expect(useColor(tty, {}, { FORCE_COLOR: '0' })).toBe(true);
    expect(useColor(pipe, {}, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(tty, {}, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(tty, { color: false }, { FORCE_COLOR: '1' })).toBe(false);
    expect(useColor(tty, {}, { NO_COLOR: '' })).toBe(true);
  });
});
