// Writing quality inside lint, in-process: language packs and weak checks with the real readers
// and matcher, config severities, suppressions, --rule/--exclude, pack loading, --fix and --shard.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { fixFiles, lintFiles } from '../../src/lint/index.js';
import type { LintOptions } from '../../src/lint/types.js';
import { builtinPacks } from '../quality/helpers.js';
import { CATALOGUE, tree } from './helpers.js';

const LANGUAGE_PACKS = await builtinPacks();

// Asks for parental leave (diskrl3.parenthood in the hand-built catalogue) only as a wish, with
// nothing to verify it by and no follow-up; flags a -man title and a generic pronoun.
const TENDER = [
  '# 3 Krav på leverantören',
  '',
  'Leverantören bör om möjligt ha rutiner för föräldraledighet.',
  '',
  'Leverantören ska utse en kontaktman för avtalet.',
  '',
  'Den sökande ska se till att han har kollektivavtal.',
  '',
].join('\n');

const lint = (root: string, extra: Partial<LintOptions> = {}) =>
  lintFiles({ cwd: root, catalogue: CATALOGUE, languagePacks: LANGUAGE_PACKS, workers: 0, ...extra });

const ids = (r: Awaited<ReturnType<typeof lintFiles>>, file = 0) =>
  r.files[file]!.findings.filter((f) => f.kind === 'language' || f.kind === 'weak').map((f) => f.ruleId);

describe('lint with writing quality', () => {
  it('adds weak findings for the rules asked for and language findings at the word itself', async () => {
    const r = await lint(tree({ 'anbud.md': TENDER }));
    expect(ids(r)).toEqual([
      'weak.wish',
      'weak.no-verification',
      'langsv.kontaktman',
      'langsv.generiskt-pronomen',
      'weak.no-follow-up',
    ]);
    const word = r.files[0]!.findings.find((f) => f.ruleId === 'langsv.kontaktman')!;
    expect(word).toMatchObject({ kind: 'language', severity: 'warning', suggestion: 'kontaktperson' });
    expect(word.location).toEqual({
      block: 3,
      line: 5,
      column: 26,
      range: { start: 25, end: 35 },
      heading: '3 Krav på leverantören',
    });
    // Rule metadata for the formatters: every word of both packs and the four weak checks.
    expect(r.qualityRules.map((q) => q.id)).toContain('langen.chairman');
    expect(r.qualityRules.filter((q) => q.kind === 'weak').map((q) => q.id)).toEqual([
      'weak.wish',
      'weak.no-verification',
      'weak.corporate-policy',
      'weak.no-follow-up',
    ]);
    expect(r.summary.warnings).toBe(r.files[0]!.findings.filter((f) => f.severity === 'warning').length);
  });

  it('takes severities and off from the config, by glob too', async () => {
    const root = tree({
      'jamkrav.config.yaml':
        'rules:\n  langsv.kontaktman: error\n  weak.no-follow-up: off\noverrides:\n  - files: ["utkast/**"]\n    ' +
        'rules: { weak.wish: off, langsv.kontaktman: off }\n',
      'anbud.md': TENDER,
      'utkast/anbud.md': TENDER,
    });
    const r = await lint(root);
    expect(r.files.map((f) => f.path)).toEqual(['anbud.md', 'utkast/anbud.md']);
    expect(r.files[0]!.findings.find((f) => f.ruleId === 'langsv.kontaktman')?.severity).toBe('error');
    expect(ids(r, 0)).not.toContain('weak.no-follow-up');
    expect(ids(r, 1)).toEqual(['weak.no-verification', 'langsv.generiskt-pronomen']);
  });

  it('catches a misspelt language or weak id in the config, pointing at it', async () => {
    for (const [id, expected] of [
      ['langsv.kontaktmn', 'okänd regel langsv.kontaktmn i språkpaketet language-sv'],
      [
        'weak.wishes',
        'okänd regel weak.wishes; kontrollerna av svaga krav heter weak.wish, weak.no-verification, ' +
          'weak.corporate-policy, weak.no-follow-up',
      ],
    ] as const) {
      const root = tree({ 'jamkrav.config.yaml': `rules:\n  ${id}: off\n`, 'anbud.md': TENDER });
      const e = await lint(root).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).toLine()).toBe(`jamkrav.config.yaml:2:3: ${expected}`);
    }
  });

  it('honours suppressions in the document, and reports unused ones, but never as unknown', async () => {
    const text =
      `${TENDER}\n<!-- jamkrav-disable langsv.kontaktman -- fältet heter så i blanketten -->\n<!-- jamkrav-disable ` +
      `weak.wish -- medvetet bör-krav -->\n<!-- jamkrav-disable langsv.brandman -- räddningstjänsten -->\n`;
    const r = await lint(tree({ 'anbud.md': text }));
    const findings = r.files[0]!.findings;
    expect(ids(r)).toEqual(['weak.no-verification', 'langsv.generiskt-pronomen', 'weak.no-follow-up']);
    // No brandman in the text: that suppression is unused. None of them names an unknown rule.
    expect(findings.filter((f) => f.kind === 'suppression').map((f) => f.ruleId)).toEqual(['langsv.brandman']);
    expect(findings.find((f) => f.kind === 'suppression')!.message).toMatch(
      /^Onödig undantagsmarkering för langsv.brandman/,
    );
  });

  it('suppresses by config glob, with no unused report (a config entry covers many files)', async () => {
    const root = tree({
      'jamkrav.config.yaml':
        'overrides:\n  - files: ["**"]\n    suppress:\n      langsv.kontaktman: blankettens fältnamn\n      ' +
        'langsv.brandman: räddningstjänsten\n',
      'anbud.md': TENDER,
    });
    const r = await lint(root);
    expect(ids(r)).not.toContain('langsv.kontaktman');
    expect(r.files[0]!.findings.filter((f) => f.kind === 'suppression')).toEqual([]);
  });

  it('applies --rule and --exclude to language and weak rules; weak checks still see every requirement', async () => {
    const root = tree({ 'anbud.md': TENDER });
    const language = await lint(root, { rules: ['langsv.*'] });
    expect(language.files[0]!.findings.map((f) => f.ruleId)).toEqual([
      'langsv.kontaktman',
      'langsv.generiskt-pronomen',
    ]);
    expect(language.files[0]!.coverage).toEqual([]);
    expect(language.rules).toEqual([]);
    const weak = await lint(root, { rules: ['weak.*'] });
    expect(weak.files[0]!.findings.map((f) => f.ruleId)).toEqual([
      'weak.wish',
      'weak.no-verification',
      'weak.no-follow-up',
    ]);
    const without = await lint(root, { exclude: ['langsv.generiskt-pronomen', 'weak.*'] });
    expect(ids(without)).toEqual(['langsv.kontaktman']);
    await expect(lint(root, { rules: ['langsv.kontaktmn'] })).rejects.toThrow(/inga regler matchar langsv.kontaktmn/);
  });

  it('gives no language findings without language packs, and weak findings all the same', async () => {
    const r = await lintFiles({ cwd: tree({ 'anbud.md': TENDER }), catalogue: CATALOGUE, workers: 0 });
    expect(ids(r)).toEqual(['weak.wish', 'weak.no-verification', 'weak.no-follow-up']);
    expect(r.qualityRules.map((q) => q.id)).toEqual([
      'weak.wish',
      'weak.no-verification',
      'weak.corporate-policy',
      'weak.no-follow-up',
    ]);
  });
});

describe('lint packs: requirement and language packs by name', () => {
  it('loads both built-in language packs by default, and only what is named otherwise', async () => {
    const root = tree({ 'anbud.md': TENDER });
    const all = await lintFiles({ cwd: root, workers: 0 });
    expect(all.rules.length).toBeGreaterThan(10);
    expect(new Set(all.qualityRules.map((q) => q.pack))).toEqual(new Set(['language-sv', 'language-en', 'weak']));
    const languageOnly = await lintFiles({ cwd: root, workers: 0, packs: ['language-sv'] });
    expect(languageOnly.rules).toEqual([]);
    expect(languageOnly.files[0]!.findings.map((f) => f.kind)).toEqual(['language', 'language']);
  });

  it('takes a language pack file from the config, relative to the config file', async () => {
    const root = tree({
      'jamkrav.config.yaml': 'packs: [language-sv, ./regler/husstil.yaml]\n',
      'anbud.md': 'Facket utser en ombudsman.\n',
    });
    mkdirSync(join(root, 'regler'));
    copyFileSync(join(__dirname, '../fixtures/quality/packs/minimal.yaml'), join(root, 'regler/husstil.yaml'));
    const r = await lintFiles({ cwd: root, workers: 0 });
    expect(r.files[0]!.findings).toEqual([
      expect.objectContaining({ ruleId: 'house.ombudsman', kind: 'language', severity: 'info', suggestion: 'ombud' }),
    ]);
  });

  it('names a broken language pack at the position of its first problem, like a rule pack', async () => {
    const root = tree({ 'anbud.md': TENDER });
    copyFileSync(join(__dirname, '../fixtures/quality/packs/semantic.yaml'), join(root, 'sprak.yaml'));
    const e = await lintFiles({ cwd: root, workers: 0, packs: ['./sprak.yaml'] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).pos).toBeDefined();
    expect((e as UserError).file).toMatch(/sprak\.yaml$/);
  });

  it('rejects a bare name that is no built-in pack, listing both kinds', async () => {
    const e = await lintFiles({ cwd: tree({ 'anbud.md': TENDER }), packs: ['language-se'] }).catch((x: unknown) => x);
    expect((e as UserError).toLine()).toBe(
      'language-se: okänt paket (inbyggda regelpaket: cemr-art12, diskrl-3kap; språkpaket: language-sv, language-en; ' +
        'eller ange en sökväg till en .yaml-fil)',
    );
  });
});

describe('fixFiles', () => {
  it('fixes Markdown and text in place, leaving suppressed and off rules alone', async () => {
    const root = tree({
      'jamkrav.config.yaml': 'rules:\n  langsv.talesman: off\n',
      'a.md': 'Leverantören utser en kontaktman och en talesman.\n',
      'b.txt': 'Kontaktmannen och förmannen.\n<!-- jamkrav-disable langsv.forman -- titeln i kollektivavtalet -->\n',
    });
    const r = await fixFiles({ cwd: root, languagePacks: LANGUAGE_PACKS, catalogue: CATALOGUE });
    expect(r.files.map((f) => [f.path, f.edits.map((e) => `${e.from}→${e.to}`), f.error])).toEqual([
      ['a.md', ['kontaktman→kontaktperson'], null],
      ['b.txt', ['Kontaktmannen→Kontaktpersonen'], null],
    ]);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('Leverantören utser en kontaktperson och en talesman.\n');
    expect(readFileSync(join(root, 'b.txt'), 'utf8')).toMatch(/^Kontaktpersonen och förmannen\.\n/);
  });

  it('only diffs with dryRun, and refuses a file that is not UTF-8 while fixing the rest', async () => {
    const root = tree({ 'a.md': 'En kontaktman.\n' });
    writeFileSync(join(root, 'latin1.txt'), Buffer.from('En kontaktman p\xe5 plats.\n', 'latin1'));
    const r = await fixFiles({ cwd: root, languagePacks: LANGUAGE_PACKS, catalogue: CATALOGUE, dryRun: true });
    expect(r.files[0]!.diff).toBe('--- a/a.md\n+++ b/a.md\n@@ -1 +1 @@\n-En kontaktman.\n+En kontaktperson.\n');
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('En kontaktman.\n');
    expect(r.files[1]).toMatchObject({
      path: 'latin1.txt',
      edits: [],
      error: { stage: 'fix', message: expect.stringMatching(/inte UTF-8/) },
    });
  });
});

describe('--shard', () => {
  it('splits the documents into disjoint shards whose union is the whole run', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`anbud-${i}.md`] = `# Anbud ${i}\n\nLeverantören ska utse en kontaktman.\n`;
    files['tom.md'] = '';
    const root = tree(files);
    const whole = await lint(root);
    const parts = await Promise.all([1, 2, 3].map((index) => lint(root, { shard: { index, count: 3 } })));
    const paths = parts.map((p) => p.files.map((f) => f.path));
    expect(paths.every((p) => p.length > 0)).toBe(true);
    expect(paths.flat().sort()).toEqual(whole.files.map((f) => f.path).sort());
    expect(new Set(paths.flat()).size).toBe(whole.files.length);
    // Each file's result is the same whichever run it was linted in.
    const byPath = new Map(whole.files.map((f) => [f.path, f]));
    for (const f of parts.flatMap((p) => p.files)) expect(f).toEqual(byPath.get(f.path));
  });
});
