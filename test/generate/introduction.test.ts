// The appendix introduction is built from the packs it draws rules from: their introduction and
// legal basis, then the procurement act; no pack's law is named when that pack gives no rule.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate/index.js';
import { loadCatalogue, loadPack } from '../../src/packs/index.js';
import type { Catalogue, Lang } from '../../src/types.js';

const minimal = readFileSync(fileURLToPath(new URL('../fixtures/packs/minimal.yaml', import.meta.url)), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'jamkrav-intro-'));

/** A copy of the minimal municipal pack with `extra` lines after its `source:` line. */
function pack(name: string, extra: string): string {
  const file = join(dir, name);
  writeFileSync(file, minimal.replace(/^(source: .*)$/m, `$1\n${extra}`));
  return file;
}

/** The introduction section of the Markdown appendix. */
async function introduction(catalogue: Catalogue, lang: Lang = 'sv'): Promise<string> {
  const md = strFromU8((await generate({ catalogue, format: 'md', lang })).data);
  return md.slice(md.indexOf('## '), md.indexOf('## ', md.indexOf('## ') + 3));
}

describe('the appendix introduction', () => {
  it('gives the legal basis of both built-in packs and the procurement act, as it always has', async () => {
    const sv = await introduction(await loadCatalogue());
    expect(sv).toContain('Kraven bygger på tre grunder. CEMR-deklarationen om jämställdhet, artikel 12,');
    expect(sv).toContain('Diskrimineringslagen (2008:567) 3 kap. kräver');
    expect(sv).toMatch(/3 kap\. kräver [^\n]*\. Lagen \(2016:1145\) om offentlig upphandling/);
    const en = await introduction(await loadCatalogue({ lang: 'en' }), 'en');
    expect(en).toContain('The requirements rest on three grounds. Article 12 of the CEMR European Charter');
  });

  it('names only the law of the packs chosen', async () => {
    const sv = await introduction(await loadCatalogue({ packs: ['diskrl-3kap'] }));
    expect(sv).toContain('Kraven bygger på två grunder. Diskrimineringslagen');
    expect(sv).not.toContain('CEMR');
  });

  it("gives a municipality's own pack its own introduction and legal basis, and no built-in law", async () => {
    const file = pack(
      'own.yaml',
      [
        'introduction: { sv: "Kommunens jämställdhetsprogram gäller {{tender.title}}.", en: "The municipal equality ' +
          'programme applies to {{tender.title}}." }',
        'legalBasis: { sv: "Kommunfullmäktiges program för jämställdhet (KF 2024-05-12).", en: "The council\'s ' +
          'equality programme (2024-05-12)." }',
      ].join('\n'),
    );
    const sv = await introduction(await loadCatalogue({ packs: [file] }));
    expect(sv).toContain('Kommunens jämställdhetsprogram gäller [Upphandlingens namn].');
    expect(sv).toContain(
      'Kraven bygger på två grunder. Kommunfullmäktiges program för jämställdhet (KF 2024-05-12). Lagen (2016:1145)',
    );
    expect(sv).not.toMatch(/CEMR|Diskrimineringslagen/);
  });

  it('gives a pack without its own texts only the procurement act', async () => {
    const sv = await introduction(await loadCatalogue({ packs: [pack('plain.yaml', '')] }));
    expect(sv).not.toContain('grunder');
    expect(sv).toContain('Lagen (2016:1145) om offentlig upphandling (LOU) säger');
  });

  it('lets a pack that extends another inherit its legal basis', async () => {
    const file = join(dir, 'extends.yaml');
    writeFileSync(
      file,
      'id: kommun-ext\nprefix: kommun\nversion: 1.0.0\ntitle: { sv: T, en: T }\nsource: { title: { sv: K, en: S }, ' +
        'url: https://example.org }\nextends: [diskrl-3kap]\n',
    );
    const sv = await introduction(await loadCatalogue({ packs: [file] }));
    expect(sv).toContain('Kraven bygger på två grunder. Diskrimineringslagen');
  });

  it('checks the placeholders of the introduction texts', async () => {
    const file = pack('bad.yaml', 'legalBasis: { sv: "Programmet {{tender.nope}}.", en: "The programme." }');
    const { problems } = await loadPack(file, { lang: 'en' });
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('unknown placeholder {{tender.nope}}')]);
  });
});
