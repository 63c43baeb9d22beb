// What a tender's metadata decides: the rules that fit its contract type, the LOV procedure, how
// the authority is named and its objectives quoted; and that every appendix lints clean.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, type TenderMeta } from '../../src/generate/index.js';
import { lintFiles } from '../../src/lint/index.js';
import { loadCatalogue } from '../../src/packs/index.js';
import { LANGS, LEVELS } from '../../src/types.js';
import type { Lang, Level, TenderType } from '../../src/types.js';

const catalogue = await loadCatalogue();
const text = (data: Uint8Array) => Buffer.from(data).toString('utf8');

const homeCare: TenderMeta = {
  tender: {
    title: 'Hemtjänst i Luleå 2027',
    reference: 'KS 2026/0412',
    date: '2026-12-01',
    type: 'services',
    sector: 'care',
  },
  authority: {
    name: 'Luleå kommun',
    kind: 'kommun',
    equality: {
      objectives: ['Kvinnor och män som får hemtjänst ska få lika mycket och lika bra hjälp utifrån sina behov.'],
      programme: 'Program för privata utförare 2024–2027 (KF 2024-02-26 § 12)',
    },
  },
};
const workwear: TenderMeta = {
  tender: { title: 'Skyddskläder 2027', reference: 'KS 2026/0500', date: '2026-12-01', type: 'goods' },
  authority: { name: 'Luleå kommun', kind: 'kommun' },
};
const square: TenderMeta = {
  tender: {
    title: 'Ombyggnad av Stortorget',
    reference: 'KS 2026/0600',
    date: '2026-12-01',
    type: 'works',
    sector: 'public-space',
  },
  authority: { name: 'Region Norrbotten', kind: 'region' },
};
const lov: TenderMeta = {
  ...homeCare,
  tender: { ...homeCare.tender, title: 'Hemtjänst enligt LOV', procedure: 'lov' },
};

async function json(meta: TenderMeta, level: Level = 'base', lang: Lang = 'sv') {
  const r = await generate({ catalogue, meta, level, lang, format: 'json' });
  return {
    doc: JSON.parse(text(r.data)) as {
      rules: { id: string; kind: string; text: string; verification: string }[];
      checklist: { id: string }[];
    },
    warnings: r.warnings,
  };
}

describe('tender.type selects the rules that fit', () => {
  it('a goods tender gets no clause about the supplier’s staff, and goods designed for everyone', async () => {
    const { doc } = await json(workwear, 'leading');
    const ids = doc.rules.map((r) => r.id);
    expect(ids).toEqual([
      'cemr12.gender-analysis',
      'cemr12.product-fit',
      'cemr12.user-testing',
      'cemr12.contract-terms',
      'cemr12.follow-up',
    ]);
    expect(doc.rules.map((r) => r.text).join(' ')).not.toMatch(/personal som utför uppdraget|bemötande/);
  });

  it('a works tender gets the staff duties, safe public spaces and equal access, but not equal service', async () => {
    const ids = (await json(square)).doc.rules.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(['cemr12.public-space-safety', 'cemr12.equal-access-works', 'diskrl3.pay-survey']),
    );
    expect(ids).not.toContain('cemr12.equal-service');
    expect(ids).not.toContain('cemr12.same-responsibility');
  });

  it('a services tender without a type is read as services; --rule still names a rule of another type', async () => {
    const untyped = await generate({ catalogue, format: 'json', date: '2026-12-01' });
    const ids = JSON.parse(text(untyped.data)).rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('cemr12.equal-service');
    expect(ids).not.toContain('cemr12.product-fit');
    const named = await generate({ catalogue, meta: square, rules: ['cemr12.equal-service'], format: 'json' });
    expect(JSON.parse(text(named.data)).rules.map((r: { id: string }) => r.id)).toEqual(['cemr12.equal-service']);
  });

  it(
    'a sector narrows rules that name theirs: ' + 'the same responsibility as in-house is for care and schools',
    async () => {
      expect((await json(homeCare)).doc.rules.map((r) => r.id)).toContain('cemr12.same-responsibility');
      const cleaning = { ...homeCare, tender: { ...homeCare.tender, title: 'Städtjänster', sector: 'other' as const } };
      expect((await json(cleaning)).doc.rules.map((r) => r.id)).not.toContain('cemr12.same-responsibility');
    },
  );
});

describe('tender.procedure: lov (a choice system)', () => {
  it('turns specifications into conditions of approval and awards nothing', async () => {
    const { doc, warnings } = await json(lov, 'leading');
    const kinds = new Set(doc.rules.map((r) => r.kind));
    expect(kinds.has('award-criterion')).toBe(false);
    expect(kinds.has('technical-specification')).toBe(false);
    expect(doc.rules.find((r) => r.id === 'cemr12.equal-service')!.kind).toBe('approval-condition');
    expect(doc.rules.map((r) => r.id)).not.toContain('cemr12.service-method');
    expect(warnings).toContain(
      'valfrihetssystem (LOV): regler som bara är tilldelningskriterier togs inte med: cemr12.service-method',
    );
    expect(doc.rules.map((r) => r.verification).join(' ')).toContain('Bekräftelse i ansökan');
  });

  it('heads the conditions of approval as such in the appendix', async () => {
    const md = text((await generate({ catalogue, meta: lov, format: 'md' })).data);
    expect(md).toContain('### Villkor för godkännande');
    expect(md).not.toContain('### Tilldelningskriterier');
  });
});

describe('the authority in the metadata', () => {
  it('quotes the equality objectives and names the authority by its kind', async () => {
    const md = text((await generate({ catalogue, meta: homeCare, level: 'advanced', format: 'md' })).data);
    expect(md).toContain(
      'har satt för det som upphandlas: ”Kvinnor och män som får hemtjänst ska få lika mycket och lika bra hjälp ' +
        'utifrån sina behov.” Senast tre månader',
    );
    expect(md).toContain('arbeta mot kommunens jämställdhetsmål för verksamheten');
    const region = text(
      (
        await generate({
          catalogue,
          meta: { ...homeCare, authority: { ...homeCare.authority, kind: 'region' } },
          format: 'md',
        })
      ).data,
    );
    expect(region).toContain('arbeta mot regionens jämställdhetsmål');
  });

  it('leaves a field to fill in, and warns, when the objectives are not given', async () => {
    const r = await generate({
      catalogue,
      meta: { ...homeCare, authority: { name: 'Luleå kommun' } },
      level: 'advanced',
      format: 'md',
    });
    expect(text(r.data)).toContain('[Fyll i: jämställdhetsmålen för uppdraget');
    expect(text(r.data)).toContain('den upphandlande myndighetens jämställdhetsmål');
    expect(r.warnings.join('\n')).toMatch(/metadata saknas för .*authority\.objectives/);
  });

  it('numbers an award criterion as such, with its weight and every step of its scale', async () => {
    const md = text((await generate({ catalogue, meta: homeCare, level: 'leading', format: 'md' })).data);
    expect(md).toMatch(/#### Utvärderingskriterium \d+: Metod för jämställd service/);
    expect(md).toContain('högst 5 poäng, vikt 10 %');
    for (const score of [0, 1, 2, 3, 4, 5]) expect(md).toContain(`${score} poäng: `);
    // The instructions to evaluators are for the authority, not in the supplier's appendix.
    expect(md).not.toContain('Två utvärderare poängsätter');
  });
});

describe('every appendix lints clean with the same type', () => {
  const cases: { name: string; meta: TenderMeta; type: TenderType }[] = [
    { name: 'services', meta: homeCare, type: 'services' },
    { name: 'goods', meta: workwear, type: 'goods' },
    { name: 'works', meta: square, type: 'works' },
    { name: 'lov', meta: lov, type: 'services' },
  ];
  for (const c of cases) {
    it(`${c.name}: every level, both languages`, async () => {
      const dir = mkdtempSync(join(tmpdir(), `jamkrav-clean-${c.name}-`));
      for (const lang of LANGS) {
        for (const level of LEVELS) {
          const r = await generate({ catalogue, meta: c.meta, level, lang, format: 'md' });
          writeFileSync(join(dir, `${lang}-${level}.md`), r.data);
        }
      }
      const result = await lintFiles({ cwd: dir, type: c.type, workers: 0 });
      const findings = result.files.flatMap((f) => f.findings.map((x) => `${f.path}: ${x.ruleId} ${x.kind}`));
      expect(findings).toEqual([]);
      expect(result.files).toHaveLength(6);
    }, 60_000);
  }
});
