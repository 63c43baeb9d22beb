// The contract register: YAML and CSV give the same contracts; every problem is named with its
// line and column, all at once.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProblemsError } from '../../src/errors.js';
import { loadIndicators } from '../../src/followup/indicators.js';
import { readRegister } from '../../src/followup/register.js';
import { smallSet } from './helpers.js';

let dir: string;
let ids: Set<string>;
beforeAll(async () => {
  dir = await smallSet();
  ids = new Set((await loadIndicators()).indicators.map((i) => i.id));
});

async function problemsOf(name: string, text: string): Promise<string[]> {
  const file = join(dir, name);
  writeFileSync(file, text);
  try {
    await readRegister(file, name, ids, 'en');
  } catch (e) {
    if (e instanceof ProblemsError) return e.toLines();
    throw e;
  }
  return [];
}

describe('a YAML register', () => {
  it('gives each contract with the defaults applied and paths resolved against the register', async () => {
    const r = await readRegister(join(dir, 'avtal.yaml'), 'avtal.yaml', ids, 'sv');
    expect(r.authority).toBe('Exempelkommun');
    expect(r.contracts.map((c) => [c.id, c.followUpBy, c.reports])).toEqual([
      ['AV-1', 'Anna Andersson', { period: 'contract-year', dueDays: 30 }],
      ['AV-2', 'Anna Andersson', { period: 'calendar-year', dueDays: 31 }],
    ]);
    expect(r.contracts[0]!.appendix).toBe(join(dir, 'bilagor/advanced.json'));
    expect(r.contracts[0]!.targets).toEqual({ leaders: { minShare: 40 } });
  });

  it('names every problem with its line and column', async () => {
    const lines = await problemsOf(
      'bad.yaml',
      [
        'contracts:',
        '  - id: A',
        '    supplier: X',
        '    start: 2024-02-30',
        '    end: 2023-01-01',
        '    appendix: a.json',
        '  - id: A',
        '    supplier: Y',
        '    start: 2024-01-01',
        '    end: 2025-01-01',
        '    packs: [cemr-art12]',
        '    targets: { leader: { minShare: 40 } }',
        '  - id: B',
        '    start: 2024-01-01',
        '    end: 2025-01-01',
        '    colour: red',
        '',
      ].join('\n'),
    );
    expect(lines).toContain('bad.yaml:16:5: unknown field "colour" in contracts.2 (misspelt?)');
    expect(lines).toContain('bad.yaml:13:5: missing field "supplier" in contracts.2');
    expect(lines.length).toBe(2); // the schema's problems first: the checks after it wait for a valid file
    const more = await problemsOf(
      'bad2.yaml',
      [
        'contracts:',
        '  - id: A',
        '    supplier: X',
        '    start: 2024-02-30',
        '    end: 2023-01-01',
        '    appendix: a.json',
        '  - id: A',
        '    supplier: Y',
        '    start: 2024-01-01',
        '    end: 2025-01-01',
        '    packs: [cemr-art12]',
        '    targets: { leader: { minShare: 40 } }',
        '',
      ].join('\n'),
    );
    expect(more[0]).toBe('bad2.yaml:4:12: "2024-02-30" is no date: write YYYY-MM-DD');
    expect(more).toContain('bad2.yaml:7:9: contract "A" is already listed on line 2');
    expect(more.some((l) => l.startsWith('bad2.yaml:12:14: unknown indicator "leader"'))).toBe(true);
  });
});

describe('a CSV register', () => {
  it('gives the same contracts as YAML, lists and targets included', async () => {
    writeFileSync(
      join(dir, 'avtal.csv'),
      [
        'id;title;supplier;sector;start;end;appendix;followUpBy;period;dueDays;targets',
        'AV-1;Hemtjänst Norra;Omsorg AB;care;2024-04-01;2027-03-31;bilagor/advanced.json;Anna ' +
          'Andersson;;;leaders:minShare=40',
        'AV-2;Lokalvård;"Städ & Service, Mitt AB";education;2024-01-01;2026-12-31;bilagor/leading.json;Anna ' +
          'Andersson;calendar-year;31;',
        '',
      ].join('\r\n'),
    );
    const csv = await readRegister(join(dir, 'avtal.csv'), 'avtal.csv', ids, 'sv');
    const yaml = await readRegister(join(dir, 'avtal.yaml'), 'avtal.yaml', ids, 'sv');
    const strip = (r: typeof csv) => r.contracts.map(({ place: _p, ...c }) => c);
    expect(strip(csv)).toEqual(strip(yaml));
  });

  it('names the row and column of a problem', async () => {
    const lines = await problemsOf(
      'bad.csv',
      'id,supplier,start,end,appendix,colour\nA,X,2024-01-01,2025-01-01,a.json,red\n',
    );
    expect(lines).toEqual([
      'bad.csv:1:6: unknown column "colour" (known: id, title, supplier, sector, start, end, appendix, packs, level, ' +
        'meta, conditions, followupby, period, duedays, targets)',
    ]);
    const row = await problemsOf('bad2.csv', 'id,supplier,start,end,appendix\nA,X,2024-13-01,2025-01-01,a.json\n');
    expect(row).toEqual(['bad2.csv:2:3: "2024-13-01" is no date: write YYYY-MM-DD']);
  });
});
