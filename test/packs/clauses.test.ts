// The built-in clauses as a procurement lawyer reads them: levels that build on each other, no
// reference to a document nobody supplies, award criteria that can be scored and defended.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/packs/index.js';
import { missingSteps } from '../../src/packs/check.js';
import { LANGS, LEVELS } from '../../src/types.js';
import type { Clause, Level, Rule } from '../../src/types.js';

const catalogue = await loadCatalogue();

/** Every level a rule has, in order, with its clause. */
const levelsOf = (rule: Rule): [Level, Clause][] =>
  LEVELS.flatMap((l) => (rule.levels[l] ? [[l, rule.levels[l]!] as [Level, Clause]] : []));

/** Every text of a clause a supplier or an officer reads, in both languages. */
function textsOf(clause: Clause): string[] {
  const out: string[] = [];
  for (const lang of LANGS) {
    out.push(clause.text[lang], clause.verification[lang]);
    for (const f of Object.values(clause.followUp)) out.push(f[lang]);
    const e = clause.evaluation;
    if (e) out.push(e.guide[lang], ...(e.steps ?? []).map((s) => s.text[lang]), e.instructions?.[lang] ?? '');
  }
  return out;
}

describe('levels are cumulative: each holds every duty of the level below', () => {
  it.each(catalogue.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const levels = levelsOf(rule);
    for (let i = 1; i < levels.length; i++) {
      const [lower, below] = levels[i - 1]!;
      const [level, clause] = levels[i]!;
      // Written as what it adds, never as a text of its own that could drop a duty…
      expect(clause.adds, `${rule.id} ${level} adds to ${lower}`).toBeDefined();
      expect(clause.kind, `${rule.id} ${level} keeps the kind of ${lower}`).toBe(below.kind);
      for (const lang of LANGS) {
        // …so its clause is the level below, word for word, and then the addition.
        expect(clause.text[lang].startsWith(below.text[lang]), `${rule.id} ${level} [${lang}]`).toBe(true);
        expect(clause.text[lang].length).toBeGreaterThan(below.text[lang].length);
      }
    }
  });

  it('keeps the supplier’s own duty at the leading level of active measures and harassment', () => {
    for (const id of ['diskrl3.active-measures', 'diskrl3.harassment']) {
      const leading = catalogue.rules.find((r) => r.id === id)!.levels.leading!.text.sv;
      expect(leading).toMatch(/^Leverantören ska (för den personal som utför uppdraget|ha riktlinjer och rutiner)/);
      expect(leading).toContain('underleverantörer');
    }
  });
});

describe('no clause points at a document jamkrav does not produce', () => {
  // What jamkrav writes is the appendix itself; objectives come from the metadata, quoted.
  const elsewhere = [
    /upphandlingsdokumenten\b/i,
    /\bbifoga/i,
    /\bbilagan?\b/i,
    /\bmall(en)?\b/i,
    /\banvisning/i,
    /kravspecifikationen/i,
    /förfrågningsunderlaget/i,
    /procurement documents/i,
    /tender documents/i,
    /\battach/i,
    /\btemplate\b/i,
    /\bannex\b/i,
    /specification(s)? (attached|annexed)/i,
  ];
  it.each(catalogue.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    for (const [level, clause] of levelsOf(rule)) {
      for (const text of textsOf(clause)) {
        for (const pattern of elsewhere) expect(text, `${rule.id} ${level}: ${pattern}`).not.toMatch(pattern);
      }
    }
  });

  it('quotes the authority’s objectives through the metadata where a clause needs them', () => {
    for (const id of ['cemr12.gender-analysis', 'cemr12.same-responsibility']) {
      const rule = catalogue.rules.find((r) => r.id === id)!;
      const texts = levelsOf(rule)
        .map(([, c]) => c.text.sv)
        .join(' ');
      expect(texts, id).toContain('{{authority.objectives}}');
    }
  });
});

describe('award criteria that hold', () => {
  const criteria = catalogue.rules.flatMap((rule) =>
    levelsOf(rule)
      .filter(([, c]) => c.kind === 'award-criterion')
      .map(([level, c]) => [`${rule.id} ${level}`, c] as const),
  );

  it('exist, and only at the leading level', () => {
    expect(criteria.map(([name]) => name)).toEqual(['cemr12.service-method leading', 'cemr12.user-testing leading']);
  });

  it.each(criteria)('%s has a weight or a price deduction per point (LOU 16 kap.)', (_name, clause) => {
    const e = clause.evaluation!;
    expect(e.weight ?? e.deductionPerPoint).toBeGreaterThan(0);
  });

  it.each(criteria)('%s has a scoring guide for every score from 0 to max', (_name, clause) => {
    const e = clause.evaluation!;
    expect(missingSteps(e)).toEqual([]);
    expect(e.steps!.length).toBeGreaterThan(3);
    for (const step of e.steps!) for (const lang of LANGS) expect(step.text[lang].length).toBeGreaterThan(10);
  });

  it.each(criteria)('%s keeps its instructions to evaluators out of the text suppliers read', (_name, clause) => {
    const e = clause.evaluation!;
    expect(e.instructions?.sv.length).toBeGreaterThan(40);
    for (const text of [clause.text.sv, e.guide.sv, ...e.steps!.map((s) => s.text.sv)]) {
      expect(text).not.toMatch(/utvärderar(e|na)|räkna bara|bedöm bara/i);
    }
  });

  it('no longer score the sex of named people', () => {
    const balance = catalogue.rules.find((r) => r.id === 'diskrl3.gender-balance')!;
    for (const [, clause] of levelsOf(balance)) expect(clause.kind).toBe('special-contract-condition');
  });
});

describe('statutory words and fair reach', () => {
  const diskrl = catalogue.rules.filter((r) => r.pack === 'diskrl-3kap');

  it.each(diskrl.map((r) => [r.id, r] as const))(
    '%s reads "eller motsvarande lagstiftning" / "or equivalent legislation"',
    (_id, rule) => {
      expect(rule.levels.base!.text.sv).toContain('eller motsvarande lagstiftning');
      expect(rule.levels.base!.text.en).toContain('or equivalent legislation');
    },
  );

  it('words pay as the Act does, and reports no group smaller than five', () => {
    const all = catalogue.rules.flatMap((r) => levelsOf(r).map(([, c]) => c.text.sv)).join('\n');
    expect(all).not.toMatch(/lika lön|per yrkesgrupp/);
    expect(all).toContain('osakliga skillnader i lön');
    for (const text of all.split('\n')) {
      if (/uppdelad(e)? på kön|könsuppdelad|könsfördelningen/.test(text))
        expect(text, text.slice(0, 80)).toMatch(/färre än fem personer/);
    }
  });

  it('asks for no company document with the tender: descriptions come at the start-up meeting', () => {
    for (const rule of diskrl) {
      for (const [level, clause] of levelsOf(rule)) {
        expect(clause.text.sv, `${rule.id} ${level}`).not.toMatch(/i anbudet (beskriva|intyga|redovisa)/);
        expect(clause.verification.sv, `${rule.id} ${level}`).not.toMatch(/bifogas anbudet|beskrivning i anbudet/);
      }
    }
  });

  it('uses one word for one thing: bekräftelse and startmöte', () => {
    const all = catalogue.rules.flatMap((r) => levelsOf(r).flatMap(([, c]) => textsOf(c))).join('\n');
    expect(all).not.toMatch(/intygande|uppstartsmöte|Avtalsvillkoren bär/);
  });
});

describe('tender types', () => {
  const fits = (type: string) =>
    catalogue.rules.filter((r) => !r.types || r.types.includes(type as never)).map((r) => r.id);

  it('gives goods tenders no clause about the supplier’s staff, and a product that fits everyone', () => {
    expect(fits('goods')).toEqual([
      'cemr12.gender-analysis',
      'cemr12.contract-terms',
      'cemr12.follow-up',
      'cemr12.product-fit',
      'cemr12.user-testing',
      'cemr12.procurement-competence',
    ]);
  });

  it('gives works tenders the staff duties, safe public spaces and equal access', () => {
    const works = fits('works');
    expect(works).toEqual(
      expect.arrayContaining([
        'cemr12.public-space-safety',
        'cemr12.equal-access-works',
        'diskrl3.harassment',
        'cemr12.performance-conditions',
      ]),
    );
    expect(works).not.toContain('cemr12.equal-service');
    expect(works).not.toContain('cemr12.product-fit');
  });
});
