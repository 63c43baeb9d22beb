// The DOCX reader on small hand-made fixtures, one hazard each (see make-fixtures.mjs).
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/documents/index.js';
import { block, fixture, texts } from './helpers.js';

describe('DOCX reader', () => {
  it('joins a word split over runs and proofing marks', async () => {
    const doc = await readDocument(fixture('docx-split-runs.docx'));
    expect(doc.format).toBe('docx');
    expect(texts(doc)).toContain('Leverantören ska arbeta för jämställdhet.');
  });

  it('finds headings by style name, basedOn chain and outline level, and builds heading paths', async () => {
    const doc = await readDocument(fixture('docx-split-runs.docx'));
    expect(block(doc, '3 Krav')).toMatchObject({ kind: 'heading', level: 1, headingPath: ['3 Krav på leverantören'] });
    expect(block(doc, '3.2 Personal')).toMatchObject({ kind: 'heading', level: 2 });
    expect(block(doc, 'jämställdhet').headingPath).toEqual(['3 Krav på leverantören', '3.2 Personal']);
    expect(block(doc, 'dispositionsnivå')).toMatchObject({
      kind: 'heading',
      level: 1,
      headingPath: ['Kapitel via dispositionsnivå'],
    });
  });

  it('reads list items with their level, from numPr or from a list style; numId 0 is no list', async () => {
    const doc = await readDocument(fixture('docx-split-runs.docx'));
    expect(block(doc, 'Första punkten')).toMatchObject({ kind: 'list-item', listLevel: 1 });
    expect(block(doc, 'Andra nivån')).toMatchObject({ kind: 'list-item', listLevel: 2 });
    expect(block(doc, 'formatmall')).toMatchObject({ kind: 'list-item', listLevel: 1 });
    expect(block(doc, 'Ingen lista').kind).toBe('paragraph');
  });

  it('gives table cells a table id, row and grid column (gridSpan counts)', async () => {
    const doc = await readDocument(fixture('docx-split-runs.docx'));
    expect(block(doc, 'Krav').table).toBeUndefined(); // the heading, not the cell
    const cells = doc.blocks.filter((b) => b.kind === 'table-cell');
    expect(cells.map((c) => [c.text, c.table])).toEqual([
      ['Krav', { id: 1, row: 1, col: 1 }],
      ['Poäng', { id: 1, row: 1, col: 3 }],
      ['A', { id: 1, row: 2, col: 1 }],
      ['B\nB2', { id: 1, row: 2, col: 2 }],
      ['C', { id: 1, row: 2, col: 3 }],
    ]);
  });

  it('numbers blocks from 1 in document order', async () => {
    const doc = await readDocument(fixture('docx-split-runs.docx'));
    expect(doc.blocks.map((b) => b.loc.block)).toEqual(doc.blocks.map((_, i) => i + 1));
  });

  it('keeps insertions and move destinations, drops deletions and move sources', async () => {
    const doc = await readDocument(fixture('docx-tracked-changes.docx'));
    expect(texts(doc)).toEqual(['Leverantören ska redovisa lönekartläggning.', 'Flyttad mening.', 'Infogat stycke.']);
  });

  it('reads a text box once, from mc:Choice, never the mc:Fallback copy', async () => {
    const doc = await readDocument(fixture('docx-textbox-fallback.docx'));
    expect(texts(doc)).toEqual(['Text i rutan.', 'Före rutan. Efter rutan.']);
  });

  it('keeps field results, drops field codes, survives a field without separate', async () => {
    const doc = await readDocument(fixture('docx-fields.docx'));
    expect(texts(doc)).toEqual([
      'Upphandlare: ANNA',
      'Kryssruta följd av text.',
      'nej', // nested field: the inner result sits in the outer code
      'Fil: anbud.docx',
      'Nästa stycke syns.', // a field still open at its paragraph end does not swallow the rest
    ]);
  });

  it(
    'turns jamkrav-disable comments into suppressions located at their block; ' + 'other comments are not text',
    async () => {
      const doc = await readDocument(fixture('docx-comment-suppression.docx'));
      expect(texts(doc)).not.toContain('Vanlig kommentar.');
      expect(doc.suppressions).toEqual([
        { ruleId: 'diskrl3.pay', reason: 'lönekartläggning krävs i avtalet', loc: { block: 2 } },
        // Word's AutoFormat turns ' -- ' into an en dash: still a separator.
        { ruleId: 'cemr12.training', reason: 'ersätts av bilaga 3', loc: { block: 4 } },
        { ruleId: 'cemr12.parental', reason: 'ersätts av bilaga 3', loc: { block: 4 } },
      ]);
    },
  );

  it(
    'drops hidden and struck-through text, soft hyphens, ' + 'ruby guides and symbols; maps tabs, breaks, hyphens',
    async () => {
      const doc = await readDocument(fixture('docx-inline-marks.docx'));
      expect(texts(doc)).toEqual([
        'Synlig text.',
        'Kravet gäller.',
        'jämställdhet',
        'e-post kolumn rad slut',
        '東京',
        'Innehållskontroll',
        'Blocknivå i kontroll',
      ]);
    },
  );

  it(
    'reads footnotes and endnotes after the body, ' + 'skipping separators, with the heading path of their reference',
    async () => {
      const doc = await readDocument(fixture('docx-footnotes.docx'));
      expect(doc.blocks.slice(2).map((b) => [b.kind, b.text, b.headingPath])).toEqual([
        ['footnote', 'Fotnotstext.', ['Krav']],
        ['endnote', 'Slutnotstext.', ['Krav']],
      ]);
    },
  );

  it('reads ISO Strict namespaces and finds a renamed main part through _rels/.rels', async () => {
    const doc = await readDocument(fixture('docx-strict-renamed.docx'));
    expect(texts(doc)).toEqual(['Strikt OOXML.']);
  });
});
