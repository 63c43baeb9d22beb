// Markdown for tender repositories, JSON (with the eForms fields) for other systems.
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate/index.js';
import { catalogue, meta } from '../fixtures/generate/catalogue.js';

const text = (data: Uint8Array) => Buffer.from(data).toString('utf8');

describe('--format md', () => {
  it('writes the appendix in the same sections and order as the DOCX', async () => {
    const md = text((await generate({ catalogue, meta, format: 'md' })).data);
    expect(
      md.startsWith('# Hemtjänst i Luleå 2026\n\n*Bilaga: krav för jämställdhet*\n\n- Diarienummer: KS 2026/0042\n'),
    ).toBe(true);
    const order = [
      '## Inledning',
      '### Kvalificeringskrav',
      '### Tekniska specifikationer',
      '### Tilldelningskriterier',
      '### Särskilda kontraktsvillkor',
      '## Utvärdering av tilldelningskriterier',
      '## Uppföljningsplan',
    ];
    const at = order.map((h) => md.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain('#### Krav 1: Kompetens i jämställdhet [test.competence]');
    expect(md).toContain('| Utvärderingskriterium 3: Jämn könsfördelning i uppdragsteamet [test.team] | Anbud där');
    expect(md).toContain('| högst 10 poäng |');
    // The authority's checklist is kept out of the supplier's document (it is in the annex).
    expect(md).not.toContain('Utbildning av upphandlare');
    expect(md).not.toContain('## Checklista');
    expect(md).toContain('LOU');
  });

  it('speaks English when asked', async () => {
    const md = text((await generate({ catalogue, meta, format: 'md', lang: 'en', level: 'advanced' })).data);
    expect(md).toContain('#### Award criterion 3: Gender balance in the delivery team [test.team]');
    expect(md).toContain('price deduction of up to 5%');
  });
});

describe('--format json', () => {
  it('lists the selected rules with their texts, and the eForms fields for the notice', async () => {
    const doc = JSON.parse(text((await generate({ catalogue, meta, format: 'json', lang: 'en' })).data));
    expect(doc.version).toBe(1);
    expect(doc.date).toBe('2026-03-15');
    expect(doc.meta['tender.reference']).toBe('KS 2026/0042');
    expect(doc.rules.map((r: { id: string }) => r.id)).toEqual([
      'test.competence',
      'test.users',
      'test.team',
      'test.harassment',
    ]);
    const team = doc.rules.find((r: { id: string }) => r.id === 'test.team');
    expect(team).toMatchObject({
      number: 3,
      kind: 'award-criterion',
      level: 'base',
      evaluation: { method: 'points', max: 10 },
    });
    expect(doc.rules.find((r: { id: string }) => r.id === 'test.harassment').text).toContain(
      'performing Hemtjänst i Luleå 2026.',
    );
    expect(doc.checklist.map((r: { id: string }) => r.id)).toEqual(['test.training']);
    expect(doc.eforms['BT-06']).toBe('soc-obj');
    expect(doc.eforms['BT-775']).toBe('gen-eq');
    expect(doc.eforms['BT-777']).toContain('Gender balance in the delivery team');
  });

  it('gives null for missing metadata, and no eForms fields without supplier requirements', async () => {
    const doc = JSON.parse(text((await generate({ catalogue, format: 'json', stages: ['needs-analysis'] })).data));
    expect(doc.meta['authority.name']).toBeNull();
    expect(doc.rules).toEqual([]);
    expect(doc.eforms).toBeNull();
  });
});
