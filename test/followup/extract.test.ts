// Free reports: each sentence, list item or table row goes to the indicator its words name, and
// the indicator's value is read from it; what a report does not say stays missing.
import { describe, expect, it, beforeAll } from 'vitest';
import { readDocumentBytes } from '../../src/documents/index.js';
import { extractValues, type CuedIndicator } from '../../src/followup/extract.js';
import { cuedIndicators } from '../../src/followup/index.js';
import { loadIndicators } from '../../src/followup/indicators.js';

let cued: CuedIndicator[];
beforeAll(async () => {
  cued = cuedIndicators(await loadIndicators());
});

async function read(text: string, name = 'rapport.md'): Promise<Record<string, string>> {
  const doc = await readDocumentBytes(name, new TextEncoder().encode(text));
  return Object.fromEntries(extractValues(doc.blocks, cued));
}

describe('a free report', () => {
  it('gives counts by sex from sentences, in either order, in Swedish and English', async () => {
    expect(
      await read(
        'Av de anställda i uppdraget var 21 kvinnor och 13 män. I ledande befattningar fanns <5 kvinnor och 6 män.\n',
      ),
    ).toEqual({
      'jamkrav:staff:women': '21',
      'jamkrav:staff:men': '13',
      'jamkrav:leaders:women': '<5',
      'jamkrav:leaders:men': '6',
    });
    expect(await read('Supervisory roles: women 4, men 7.\n', 'report.txt')).toEqual({
      'jamkrav:leaders:women': '4',
      'jamkrav:leaders:men': '7',
    });
  });

  it('takes a heading as the indicator of the list items under it', async () => {
    expect(await read('## Arbetsledare\n\n- Kvinnor: 8\n- Män: <5\n')).toEqual({
      'jamkrav:leaders:women': '8',
      'jamkrav:leaders:men': '<5',
    });
  });

  it('reads a table with columns for women and men, and one of values', async () => {
    const md =
      '| Indikator | Kvinnor | Män |\n|---|---|---|\n| Personal | 30 | 12 |\n| Brukare | 250 | 190 |\n\n| Uppgift | ' +
      'Värde |\n|---|---|\n| Lönekartläggning klar | 2025-05-02 |\n| Skriftlig rutin för föräldraledighet | Nej |\n';
    expect(await read(md)).toEqual({
      'jamkrav:staff:women': '30',
      'jamkrav:staff:men': '12',
      'jamkrav:users:women': '250',
      'jamkrav:users:men': '190',
      'jamkrav:pay-survey:value': '2025-05-02',
      'jamkrav:parental-routine:value': 'nej',
    });
  });

  it('leaves out what it does not say, and a share is no count', async () => {
    expect(await read('Andelen kvinnor i ledande roller var 45 % och andelen män 55 %.\n')).toEqual({});
  });
});
