// `evaluate` read as examples: what a tenderer writes, and the status the committee gets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/evaluate/index.js';
import { all, bidsFolder, run, status, tenderFiles, writeDocx, writeForm } from './helpers.js';

let t: Awaited<ReturnType<typeof tenderFiles>>;
const labelOf = (id: string) => {
  const r = t.rules.find((x) => x.id === id)!;
  return `${id === 'cemr12.service-method' ? 'Utvärderingskriterium' : 'Krav'} ${r.number}`;
};

beforeAll(async () => {
  t = await tenderFiles();
});

describe('the answer form, read by its keys', () => {
  it('a ticked box accepts; a condition in the answer is a reservation, quoted with its place', async () => {
    const dir = bidsFolder();
    writeForm(
      dir,
      'alfa',
      t.form,
      {
        ...all(t.rules, { ticked: true }),
        'cemr12.service-method': {
          ticked: true,
          answer: 'Vi kartlägger brukarnas behov uppdelat på kön och följer upp varje kvartal.',
        },
        'diskrl3.pay': {
          ticked: true,
          answer: 'Vi accepterar kravet under förutsättning att kommunen ersätter merkostnaden.',
        },
      },
      { name: 'Alfa Omsorg AB', org: '556000-0001' },
    );
    const { result } = await run(dir, t.json);
    const alfa = result.tenderers[0]!;
    expect(alfa.name).toBe('Alfa Omsorg AB');
    expect(alfa.orgNumber).toBe('556000-0001');
    expect(status(result, 'alfa', 'diskrl3.harassment')).toBe('accepted');
    expect(status(result, 'alfa', 'cemr12.service-method')).toBe('answered');
    const pay = alfa.cells!.find((c) => c.ruleId === 'diskrl3.pay')!;
    expect(pay).toMatchObject({
      status: 'reservation',
      source: 'form',
      reservation: { words: 'under förutsättning att', kind: 'condition' },
    });
    expect(pay.quote).toEqual({
      text: 'Vi accepterar kravet under förutsättning att kommunen ersätter merkostnaden.',
      place: { file: join(dir, 'anbud', 'alfa', 'svarsformular.docx'), field: 'answer', foundBy: 'tag' },
    });
    expect(exitCodeOf(result)).toBe(1);
  });

  it(
    'an empty row is not answered; a refusal and a lone "Nej" are reservations; ' + 'a vague description is answered',
    async () => {
      const dir = bidsFolder();
      writeForm(dir, 'beta', t.form, {
        ...all(t.rules, { ticked: true }),
        'diskrl3.training': { ticked: false },
        'diskrl3.parenthood': { ticked: false, answer: 'Nej' },
        'cemr12.performance-conditions': {
          ticked: false,
          answer: 'Vi kan inte erbjuda heltid och accepterar inte kravet.',
        },
        'diskrl3.gender-balance': {
          ticked: false,
          answer: 'Vi arbetar aktivt med jämställdhet i hela organisationen.',
        },
      });
      const { result } = await run(dir, t.json);
      expect(status(result, 'beta', 'diskrl3.training')).toBe('not-answered');
      expect(status(result, 'beta', 'diskrl3.parenthood')).toBe('reservation');
      expect(status(result, 'beta', 'cemr12.performance-conditions')).toBe('reservation');
      const balance = result.tenderers[0]!.cells!.find((c) => c.ruleId === 'diskrl3.gender-balance')!;
      expect(balance.status).toBe('answered');
      expect(balance.notes.join(' ')).toContain('utan uttryckligt godtagande');
    },
  );
});

describe("the bid's own documents", () => {
  it("reads an answer under the requirement's heading, and flags a restated clause with changed words", async () => {
    const dir = bidsFolder();
    const paySurvey = JSON.parse(t.json)
      .rules.find((r: { id: string }) => r.id === 'diskrl3.pay-survey')
      .text.split('\n\n')[0] as string;
    await writeDocx(dir, 'gamma', [
      '## Anbud från Gamma',
      `## ${labelOf('diskrl3.harassment')} Trakasserier`,
      'Vi kommer att ha riktlinjer och rutiner mot trakasserier och följa upp dem varje år.',
      `## ${labelOf('diskrl3.pay-survey')} Lönekartläggning`,
      paySurvey.replace('varje år', 'vart tredje år'),
      `## ${labelOf('diskrl3.recruitment-promotion')} Rekrytering`,
      'Vi rekryterar utifrån kompetens.',
    ]);
    const { result } = await run(dir, t.json);
    const g = result.tenderers[0]!;
    const harassment = g.cells!.find((c) => c.ruleId === 'diskrl3.harassment')!;
    expect(harassment).toMatchObject({ status: 'accepted', source: 'document', via: 'label' });
    expect(harassment.quote!.place).toMatchObject({
      block: 3,
      heading: `${labelOf('diskrl3.harassment')} Trakasserier`,
    });
    expect(g.cells!.find((c) => c.ruleId === 'diskrl3.pay-survey')).toMatchObject({
      status: 'reservation',
      reservation: { kind: 'altered' },
    });
    expect(status(result, 'gamma', 'diskrl3.recruitment-promotion')).toBe('answered');
    expect(status(result, 'gamma', 'diskrl3.parenthood')).toBe('not-answered');
  });

  it('finds a prose answer by its topic, and a general reservation outside every answer', async () => {
    const dir = bidsFolder();
    await writeDocx(dir, 'epsilon', [
      '## Personal',
      'Vi åtar oss att varje år genomföra en lönekartläggning för personalen i uppdraget.',
      '## Övrigt',
      'Anbudet lämnas med förbehåll för att kommunen godkänner vår prislista.',
    ]);
    const { result } = await run(dir, t.json);
    const e = result.tenderers[0]!;
    expect(e.cells!.find((c) => c.ruleId === 'diskrl3.pay-survey')).toMatchObject({
      status: 'accepted',
      via: 'evidence',
    });
    expect(e.looseReservations).toEqual([
      expect.objectContaining({
        text: 'Anbudet lämnas med förbehåll för att kommunen godkänner vår prislista.',
        words: 'med förbehåll',
      }),
    ]);
  });
});

describe('bad input', () => {
  it(
    'names an unreadable file in one line and still evaluates the rest; two forms and a loose file are reported, ' +
      'never guessed',
    async () => {
      const dir = bidsFolder();
      writeForm(dir, 'delta', t.form, all(t.rules, { ticked: true }));
      mkdirSync(join(dir, 'anbud', 'delta'), { recursive: true });
      writeFileSync(join(dir, 'anbud', 'delta', 'bilaga.pdf'), '%PDF-1.7\n1 0 obj\n<< /Type');
      writeForm(dir, 'eko', t.form, all(t.rules, { ticked: true }), undefined, 'svar-1.docx');
      writeForm(dir, 'eko', t.form, all(t.rules, { ticked: true }), undefined, 'svar-2.docx');
      writeFileSync(join(dir, 'anbud', 'prislista.txt'), 'Prislista');
      const { result } = await run(dir, t.json);
      const delta = result.tenderers.find((x) => x.id === 'delta')!;
      expect(delta.problems.map((p) => p.file)).toEqual([join(dir, 'anbud', 'delta', 'bilaga.pdf')]);
      expect(delta.problems[0]!.message).not.toContain('\n');
      expect(status(result, 'delta', 'diskrl3.pay')).toBe('accepted');
      const eko = result.tenderers.find((x) => x.id === 'eko')!;
      expect(eko.cells).toBeNull();
      expect(eko.problems[0]!.message).toContain('två svarsformulär (svar-1.docx, svar-2.docx)');
      expect(result.problems).toEqual([
        {
          file: join(dir, 'anbud', 'prislista.txt'),
          message: expect.stringContaining('hör inte till någon anbudsgivares mapp'),
        },
      ]);
      expect(exitCodeOf(result)).toBe(2);
    },
  );
});

describe('exit codes', () => {
  it('0 when every bid accepts every mandatory requirement without reservation', async () => {
    const dir = bidsFolder();
    writeForm(dir, 'alfa', t.form, {
      ...all(t.rules, { ticked: true }),
      'cemr12.service-method': { answer: 'Vår metod beskrivs här i fyra meningar om behov.' },
    });
    const { result } = await run(dir, t.json);
    expect(exitCodeOf(result)).toBe(0);
  });
});
