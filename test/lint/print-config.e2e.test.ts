// `jamkrav lint --print-config FILE`: what a run applies to one file, and where each setting comes from.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EffectiveConfig } from '../../src/lint/print-config.js';
import { jamkrav } from '../cli/run.js';

const CONFIG = [
  'level: advanced',
  'rules:',
  '  langsv.kontaktman: error',
  'overrides:',
  '  - files: ["varor/**"]',
  '    rules: { diskrl3.pay: "off" }',
  '    suppress: { diskrl3.parenthood: Ingen personal }',
  'limits:',
  '  maxFiles: 50',
  '',
].join('\n');

describe('jamkrav lint --print-config', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-print-'));
  writeFileSync(join(dir, 'jamkrav.config.yaml'), CONFIG);
  mkdirSync(join(dir, 'varor'));

  const print = (file: string, args: string[] = []) => {
    const r = jamkrav(['lint', '--print-config', file, ...args], { cwd: dir });
    expect(r.code).toBe(0);
    return { config: JSON.parse(r.stdout) as EffectiveConfig, stderr: r.stderr };
  };

  it('says where each setting comes from: flag, config, an override, or the default', () => {
    const { config } = print('varor/skor.md', ['--max-file-size', '10MB']);
    expect(config.config).toBe('jamkrav.config.yaml');
    expect(config.level).toEqual({ value: 'advanced', from: 'config' });
    expect(config.overrides).toEqual([0]);
    const rule = (id: string) => config.rules.find((r) => r.id === id);
    expect(rule('diskrl3.pay')).toMatchObject({ severity: 'off', from: 'override 0' });
    expect(rule('diskrl3.parenthood')).toMatchObject({
      severity: 'warning',
      from: 'default',
      suppressed: 'Ingen personal',
    });
    expect(rule('langsv.kontaktman')).toMatchObject({ severity: 'error', from: 'config' });
    expect(config.limits.maxFileBytes).toEqual({ value: 10 * 1024 * 1024, from: 'flag' });
    expect(config.limits.maxFiles).toEqual({ value: 50, from: 'config' });
    expect(config.limits.maxXmlDepth.from).toBe('default');
  });

  it('gives another file its own overrides', () => {
    const { config } = print('tjanster/hemtjanst.md');
    expect(config.overrides).toEqual([]);
    expect(config.rules.find((r) => r.id === 'diskrl3.pay')).toMatchObject({ from: 'default' });
  });

  it('says so when the packs named leave the language checks out', () => {
    const { config, stderr } = print('varor/skor.md', ['--pack', 'diskrl-3kap']);
    expect(config.packs.map((p) => [p.id, p.kind, p.from])).toEqual([['diskrl-3kap', 'requirement', 'flag']]);
    expect(stderr).toBe(
      'jamkrav: inga språkpaket: --pack eller packs i konfigurationen nämner inga, så språkgranskningen är av (lägg ' +
        'till language-sv, language-en)\n',
    );
    expect(config.note).toBeDefined();
  });
});
