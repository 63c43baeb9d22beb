// `jamkrav followup check` and `portfolio` end to end, on the built CLI: what is in, late and
// overdue relative to --date, the exit codes, hostile and broken input, no group under five
// shown as a number, and the same bytes on every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillForm, freePdf } from '../../eval/followup/docs.mjs';
import { loadFollowUp, templatesOf } from '../../src/followup/index.js';
import { jamkrav } from '../cli/run.js';
import { smallSet } from './helpers.js';
import { regex } from '../regex.js';

let dir: string;

beforeAll(async () => {
  dir = await smallSet();
  const f = await loadFollowUp({ register: join(dir, 'avtal.yaml'), lang: 'sv' });
  const forms = new Map((await templatesOf(f, 'sv')).map((t) => [t.name, t.data as Uint8Array]));
  mkdirSync(join(dir, 'rapporter', 'fritt'), { recursive: true });
  const all = (extra: Record<string, string>) =>
    new Map(
      Object.entries({
        'jamkrav:staff:women': '21',
        'jamkrav:staff:men': '13',
        'jamkrav:leaders:women': '<5',
        'jamkrav:leaders:men': '6',
        'jamkrav:training-participants:women': '21',
        'jamkrav:training-participants:men': '13',
        'jamkrav:training-hours:value': '40',
        'jamkrav:pay-survey:value': '2025-02-14',
        'jamkrav:harassment-review:value': '2024-09-01',
        'jamkrav:harassment-cases:value': '2',
        'jamkrav:parental-routine:value': 'ja',
        'jamkrav:users:women': '310',
        'jamkrav:users:men': '250',
        'jamkrav:subcontractors:value': '2',
        'jamkrav:subcontractors-bound:value': '2',
        ...extra,
      }),
    );
  // AV-1 2024: in on time, all there. AV-2 2024: a free PDF, late; its 2025 report never came.
  writeFileSync(
    join(dir, 'rapporter', 'AV-1_2024.docx'),
    fillForm(forms.get('AV-1_2024.docx')!, all({ 'jamkrav:report:submitted': '2025-04-20' })),
  );
  writeFileSync(
    join(dir, 'rapporter', 'fritt', 'AV-2 årsrapport 2024.pdf'),
    freePdf([
      'Jämställdhetsrapport AV-2.',
      'Datum: 2025-02-20.',
      'Under året arbetade 30 kvinnor och 12 män i uppdraget.',
      'I arbetsledande roller fanns 5 kvinnor och 5 män.',
      'Lönekartläggningen blev klar 2024-06-01.',
    ]),
  );
});

const check = (args: string[] = []) =>
  jamkrav(['followup', 'check', 'rapporter', '--date', '2026-03-01', ...args], { cwd: dir });

describe('followup check', () => {
  it('says what is in, late and overdue on --date, and what the contract says happens now', () => {
    const r = check();
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Per 2026-03-01 (--date)');
    expect(r.stdout).toContain(
      'Period 2024 (2024-04-01–2025-03-31): inne: inlämnad 2025-04-20, i tid (senast 2025-04-30) · ' +
        'rapporter/AV-1_2024.docx (formulär)',
    );
    expect(r.stdout).toContain(
      'Period 2024 (2024-01-01–2024-12-31): inne, sen: inlämnad 2025-02-20, 20 dagar efter 2025-01-31 · ' +
        'rapporter/fritt/AV-2 årsrapport 2024.pdf (fritt dokument)',
    );
    expect(r.stdout).toContain(
      'Period 2025 (2025-01-01–2025-12-31): FÖRSENAD: saknas: skulle ha lämnats senast 2026-01-31, 29 dagar sedan',
    );
    expect(r.stdout).toContain(
      '- Ledande och arbetsledande roller: kvinnor <5, män 6 (0–40 % kvinnor); mål minst 40 % av vardera kön: kan ' +
        'inte avgöras',
    );
    expect(r.stdout).toContain('- Tjänstens användare: SAKNAS');
    expect(r.stdout).toContain(
      'vite 5 000 kr per påbörjad vecka, högst 5 % av det fakturerade värdet för avtalsåret [cemr12.contract-terms]',
    );
    expect(r.stdout).toMatch(
      regex(
        /2 avtal \(2 med jämställdhetsvillkor\): 3 rapporter förfallna, 1 inne i tid, 1 inne sent, 1 saknas; /,
        /1 rapporter med saknade indikatorer/,
      ),
    );
  });

  it('is relative to --date: a report sent after it is not in yet, nothing due means exit 0', () => {
    const before = jamkrav(
      ['followup', 'check', 'rapporter', '--date', '2025-02-10', '--format', 'json', '--lang', 'en'],
      { cwd: dir },
    );
    expect(before.code).toBe(1); // AV-2 2024 was due 2025-01-31; its report was sent on 2025-02-20
    const data = JSON.parse(before.stdout) as {
      contracts: Array<{ periods: Array<{ period: string; status: string }> }>;
    };
    expect(data.contracts.map((c) => c.periods.map((p) => `${p.period}:${p.status}`))).toEqual([
      ['2024:running'],
      ['2024:overdue', '2025:running'],
    ]);
    expect(jamkrav(['followup', 'check', 'rapporter', '--date', '2024-06-01'], { cwd: dir }).code).toBe(0);
  });

  it('gives the same bytes on every run', () => {
    expect(check(['--format', 'json']).stdout).toBe(check(['--format', 'json']).stdout);
  });

  it('never shows a group under five as a number', () => {
    const data = JSON.parse(check(['--format', 'json']).stdout) as {
      contracts: Array<{
        periods: Array<{ indicators: Array<{ id: string; value: Record<string, unknown> | null }> }>;
      }>;
    };
    const leaders = data.contracts[0]!.periods[0]!.indicators.find((i) => i.id === 'leaders')!;
    expect(leaders.value).toEqual({ women: '<5', men: 6 });
    const cases = data.contracts[0]!.periods[0]!.indicators.find((i) => i.id === 'harassment-cases')!;
    expect(cases.value).toEqual({ value: '<5' });
  });

  it('names a broken report in one line, exit 2, and still checks the others', () => {
    writeFileSync(join(dir, 'rapporter', 'AV-1_2025.docx'), new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
    writeFileSync(join(dir, 'rapporter', 'okänd.txt'), 'En rapport utan avtal.\n');
    try {
      const r = check();
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^jamkrav: rapporter\/AV-1_2025\.docx: .*zip/),
      ]);
      expect(r.stdout).toContain('rapporter/okänd.txt: hör inte till något avtal i registret');
      expect(r.stdout).toContain('rapporter/AV-1_2024.docx (formulär)');
    } finally {
      writeFileSync(join(dir, 'rapporter', 'AV-1_2025.docx'), '');
    }
  });

  it('names every problem of a bad register with its line, exit 2, no stack trace', () => {
    writeFileSync(
      join(dir, 'fel.yaml'),
      'contracts:\n  - id: X\n    supplier: Y\n    start: 2024-01-01\n    end: 2023-01-01\n    appendix: saknas.json\n',
    );
    const r = jamkrav(['followup', 'check', 'rapporter', '-r', 'fel.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jamkrav: fel.yaml:5:10: slutdatumet 2023-01-01 ligger före startdatumet 2024-01-01\n');
    writeFileSync(
      join(dir, 'fel2.yaml'),
      'contracts:\n  - id: X\n    supplier: Y\n    start: 2024-01-01\n    end: 2025-01-01\n    appendix: saknas.json\n',
    );
    const missing = jamkrav(['followup', 'plan', '-r', 'fel2.yaml', '--format', 'md', '--date', '2024-02-01'], {
      cwd: dir,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^jamkrav: .*saknas\.json: filen finns inte\n$/);
  });
});

describe('followup portfolio', () => {
  it('writes JSON with the shares the committee asks for, counts under five as "<5"', () => {
    const r = jamkrav(['followup', 'portfolio', 'rapporter', '--date', '2026-03-01', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2); // the empty AV-1_2025.docx left by the test above
    const p = JSON.parse(r.stdout) as {
      contracts: { shareWithConditions: number };
      followUp: { shareOnTime: number; due: number };
      indicators: Array<{ id: string; all: Array<Record<string, unknown>> }>;
    };
    expect(p.contracts.shareWithConditions).toBe(100);
    expect(p.followUp).toMatchObject({ due: 3, shareOnTime: 33.3 });
    // <5 and 5 women make 5–9: a range, never the small group's own number.
    expect(p.indicators.find((i) => i.id === 'leaders')!.all).toEqual([
      { year: '2024', contracts: 2, women: '5–9', men: 11, shareWomen: { lo: 31.3, hi: 45 } },
    ]);
  });
});
