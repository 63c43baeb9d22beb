// `--scores`: the committee's scores computed with the appendix's model, the arithmetic shown,
// and every line that does not fit the bids named.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readScores } from '../../src/evaluate/index.js';
import type { ProblemsError } from '../../src/errors.js';
import { all, bidsFolder, run, tenderFiles, writeForm } from './helpers.js';

let t: Awaited<ReturnType<typeof tenderFiles>>;
let dir: string;

beforeAll(async () => {
  t = await tenderFiles();
  dir = bidsFolder();
  const method = {
    ticked: true,
    answer: 'Vi kartlägger behoven hos kvinnor och män och följer upp dem varje kvartal.',
  };
  writeForm(
    dir,
    'alfa',
    t.form,
    { ...all(t.rules, { ticked: true }), 'cemr12.service-method': method },
    { name: 'Alfa Omsorg AB', org: '' },
  );
  writeForm(
    dir,
    'beta',
    t.form,
    { ...all(t.rules, { ticked: true }), 'cemr12.service-method': method },
    { name: 'Beta Vård AB', org: '' },
  );
});

describe('scores', () => {
  it(
    'weights the criterion (score / max × weight) and ' + 'adds price points against the lowest comparison price',
    async () => {
      const file = join(dir, 'poang.yaml');
      writeFileSync(
        file,
        'priceWeight: 90\ntenderers:\n  alfa:\n    price: 10000000\n    scores:\n      cemr12.service-method: { ' +
          'score: 4, reason: Konkreta åtgärder och ansvarig funktion. }\n  Beta Vård AB:\n    price: 9000000\n    ' +
          'scores:\n      cemr12.service-method: 2\n',
      );
      const scores = await readScores(file, 'sv');
      const { result } = await run(dir, t.json, { scores });
      const [alfa, beta] = result.scores!.tenderers;
      expect(result.scores!.rankBy).toBe('points');
      expect(alfa!.arithmetic).toEqual([
        'Utvärderingskriterium 3: 4 / 5 × 10 = 8,00 poäng',
        'Summa kvalitetspoäng: 8,00 poäng',
        'Jämförelsepris: 10 000 000 kr − 0 kr = 10 000 000 kr',
        'Prispoäng: 90 × 9 000 000 kr / 10 000 000 kr = 81,00 poäng',
        'Totalt: 8,00 + 81,00 = 89,00 poäng',
      ]);
      expect(beta!.total).toBeCloseTo(94, 9);
      expect([alfa!.rank, beta!.rank]).toEqual([2, 1]);
      expect(alfa!.lines[0]!.reason).toBe('Konkreta åtgärder och ansvarig funktion.');
    },
  );

  it(
    'reads CSV as a spreadsheet writes it, ' +
      'and refuses a tenderer, criterion or score that does not fit, at its line',
    async () => {
      const file = join(dir, 'poang.csv');
      writeFileSync(
        file,
        'tenderer;criterion;score;reason\nalfa;cemr12.service-method;3;Bra\n' +
          'gamma;cemr12.service-method;3;\nbeta;cemr12.service-method;7;\nbeta;diskrl3.pay;1;\n',
      );
      const scores = await readScores(file, 'sv');
      let lines: string[] = [];
      try {
        await run(dir, t.json, { scores });
      } catch (e) {
        lines = (e as ProblemsError).toLines();
      }
      expect(lines).toEqual([
        `${file}:3:1: anbudsgivaren "gamma" finns inte bland anbuden (finns: alfa, beta)`,
        `${file}:4:1: poängen 7 för cemr12.service-method ligger utanför skalan 0–5`,
        `${file}:5:1: diskrl3.pay är inget utvärderingskriterium i bilagan (finns: cemr12.service-method)`,
      ]);
    },
  );

  it('is the same, byte for byte, on every run', async () => {
    const file = join(dir, 'poang2.yaml');
    writeFileSync(
      file,
      'tenderers:\n  alfa: { scores: { cemr12.service-method: 5 } }\n  beta: { scores: { cemr12.service-method: 5 } ' +
        '}\n',
    );
    const a = await run(dir, t.json, { scores: await readScores(file, 'sv') });
    const b = await run(dir, t.json, { scores: await readScores(file, 'sv') });
    expect(JSON.stringify(a.result.scores)).toBe(JSON.stringify(b.result.scores));
    // Equal scores share a rank: the tool breaks no tie the committee has not broken.
    expect(a.result.scores!.tenderers.map((s) => s.rank)).toEqual([1, 1]);
  });
});
