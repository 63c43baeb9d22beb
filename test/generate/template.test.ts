// Filling templates: the built-in one, one made by LibreOffice, and a Word-style one whose
// placeholders are split across runs. Everything outside the filled paragraphs stays as it was.
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { generate } from '../../src/generate/index.js';
import { catalogue, meta } from '../fixtures/generate/catalogue.js';
import { docxText, fixture, illFormedParts, parts, squash, textOf } from './helpers.js';

/** Paragraphs (no nesting in these fixtures) whose text holds a placeholder. */
function filledParagraphs(xml: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)) {
    if (textOf(m[0]).includes('{{')) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Asserts `after` is `before` with only the placeholder paragraphs changed. */
function expectUnchangedOutsidePlaceholders(part: string, before: string, after: string): void {
  const ranges = filledParagraphs(before);
  const pieces: string[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    pieces.push(before.slice(pos, s));
    pos = e;
  }
  pieces.push(before.slice(pos));
  let at = 0;
  for (const [i, piece] of pieces.entries()) {
    const found = after.indexOf(piece, at);
    expect(found, `${part}: piece ${i} of ${pieces.length} kept`).toBeGreaterThanOrEqual(at);
    if (i === 0) expect(found).toBe(0);
    at = found + piece.length;
  }
  expect(at).toBe(after.length);
}

/** Removes what generate adds to styles, numbering, relationships and content types. */
function withoutAdditions(name: string, before: string, after: string): string {
  if (/styles\.xml$/.test(name)) {
    return after.replace(/<w:style\b[^>]*w:styleId="(Jamkrav\w+|Heading\d)"[\s\S]*?<\/w:style>/g, (all, id: string) =>
      before.includes(`w:styleId="${id}"`) ? all : '',
    );
  }
  if (/numbering\.xml$/.test(name)) {
    return after
      .replace(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[\s\S]*?<\/w:abstractNum>/g, (all, id: string) =>
        before.includes(`w:abstractNumId="${id}"`) ? all : '',
      )
      .replace(/<w:num w:numId="(\d+)">[\s\S]*?<\/w:num>/g, (all, id: string) =>
        before.includes(`w:numId="${id}"`) ? all : '',
      );
  }
  return after
    .replace(/<Relationship Id="rIdJamkrav\d+"[^>]*\/>/g, '')
    .replace(/<Override PartName="\/word\/numbering\.xml"[^>]*\/>/g, (all) => (before.includes(all) ? all : ''));
}

const FILLED = /^word\/(document|header\d*|footer\d*)\.xml$/;

async function checkTemplate(name: string) {
  const template = fixture(name);
  const result = await generate({ catalogue, meta, template, templatePath: name });
  expect(illFormedParts(result.data)).toEqual([]);
  const before = parts(template);
  const after = parts(result.data);
  for (const part of Object.keys(before)) {
    expect(after, `${part} is still there`).toHaveProperty([part]);
    if (part === 'docProps/core.xml') continue; // dates pinned to the document date, on purpose
    if (FILLED.test(part)) expectUnchangedOutsidePlaceholders(part, before[part]!, after[part]!);
    else expect(withoutAdditions(part, before[part]!, after[part]!), part).toBe(before[part]);
  }
  return { result, after };
}

describe('a template made with LibreOffice', () => {
  it('is filled everywhere, headers and footers included, and otherwise unchanged', async () => {
    const { result, after } = await checkTemplate('template-libreoffice.docx');
    const text = squash(docxText(result.data));
    expect(text).toContain('Hemtjänst i Luleå 2026');
    expect(text).toContain('Den upphandlande myndigheten är Luleå kommun och frågor besvaras av Anna Andersson');
    expect(text).toContain('Kommunen · Dnr KS 2026/0042');
    expect(text).toContain('Luleå 2026-03-15');
    expect(text).toContain('Kompetens i jämställdhet [test.competence]');
    expect(text).not.toContain('{{');
    // LibreOffice calls its heading style Heading2 by name: ours is not added next to it.
    expect(after['word/styles.xml']!.match(/w:styleId="JamkravRequirement"/g)).toHaveLength(1);
    // Its {{jamkrav.checklist}} is left empty: the authority's checklist is in the annex now.
    expect(result.warnings).toEqual([
      '{{jamkrav.checklist}} lämnades tom: myndighetens checklista står nu i bilagan för myndigheten (--annex)',
    ]);
    expect(text).not.toContain('Utbildning av upphandlare');
  });
});

describe('a Word-style template with placeholders split across runs', () => {
  it('fills split placeholders, keeps the run where each starts, and warns about unknown ones', async () => {
    const { result, after } = await checkTemplate('template-word-split.docx');
    const doc = after['word/document.xml']!;
    // The title was split over four runs with proofErr between: the text lands in the first run.
    expect(doc).toMatch(/<w:r>\s*<w:t xml:space="preserve">Hemtjänst i Luleå 2026<\/w:t>/);
    expect(squash(textOf(doc))).toContain('Diarienummer: KS 2026/0042 och budget {{tender.budget}} & mer');
    expect(squash(textOf(after['word/header1.xml']!))).toBe('Dnr KS 2026/0042');
    expect(squash(textOf(after['word/footer1.xml']!))).toContain('Luleå kommun · sida');
    expect(result.warnings).toContain('okända platshållare lämnades orörda: {{tender.budget}}');
    // The only placeholder left is the unknown one.
    expect(docxText(result.data).match(/\{\{[^}]*\}\}/g)).toEqual(['{{tender.budget}}']);
  });

  it("uses the template's own localised heading style and adds our requirement style and list", async () => {
    const { after } = await checkTemplate('template-word-split.docx');
    const doc = after['word/document.xml']!;
    expect(doc).toContain('<w:pStyle w:val="Rubrik2"/></w:pPr><w:r><w:t xml:space="preserve">Kvalificeringskrav');
    expect(after['word/styles.xml']).not.toMatch(/w:styleId="Heading2"/);
    const style = /<w:style\b[^>]*w:styleId="JamkravRequirement"[\s\S]*?<\/w:style>/.exec(
      after['word/styles.xml']!,
    )![0];
    const numId = /<w:numId w:val="(\d+)"/.exec(style)![1];
    expect(numId).toBe('2'); // the template's own list keeps numId 1
    expect(after['word/numbering.xml']).toMatch(/<w:num w:numId="1"><w:abstractNumId w:val="0"\/><\/w:num>/);
    expect(after['word/numbering.xml']).toContain(`<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`);
  });

  it("keeps the template's section break, and appends blocks it has no place for", async () => {
    const { result, after } = await checkTemplate('template-word-split.docx');
    const doc = after['word/document.xml']!;
    expect(doc.match(/<w:sectPr/g)).toHaveLength(2);
    expect(result.warnings).toContain('mallen saknar {{jamkrav.followup}}; innehållet lades efter kraven');
    // The checklist is no block of the supplier's appendix any more: nothing is appended for it.
    expect(result.warnings.join('\n')).not.toContain('checklist');
    const text = squash(textOf(doc));
    expect(text.indexOf('Uppföljningsplan')).toBeLessThan(text.indexOf('Slut på kravdelen.'));
    expect(text).not.toContain('Utbildning av upphandlare');
  });
});

describe('template problems', () => {
  const minimal = (body: string) =>
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ' +
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
          'Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
          `<w:body>${body}<w:sectPr/></w:body></w:document>`,
      ),
    });

  it('refuses a template without {{jamkrav.requirements}}', async () => {
    const template = minimal('<w:p><w:r><w:t>{{tender.title}}</w:t></w:r></w:p>');
    await expect(generate({ catalogue, template, templatePath: 'mall.docx' })).rejects.toThrow(
      'mallen saknar platshållaren {{jamkrav.requirements}}',
    );
  });

  it('does not fill a block placeholder that shares its paragraph, and says so', async () => {
    const template = minimal(
      '<w:p><w:r><w:t>{{jamkrav.requirements}}</w:t></w:r></w:p><w:p><w:r><w:t>Se {{jamkrav.evaluation}} nedan</w:t>' +
        '</w:r></w:p>',
    );
    const r = await generate({ catalogue, template, lang: 'en' });
    expect(r.warnings).toContain(
      '{{jamkrav.evaluation}} in word/document.xml must stand alone in its paragraph and was not filled',
    );
  });

  it('adds the styles and numbering parts a bare template lacks', async () => {
    const r = await generate({
      catalogue,
      template: minimal('<w:p><w:r><w:t>{{jamkrav.requirements}}</w:t></w:r></w:p>'),
    });
    expect(illFormedParts(r.data)).toEqual([]);
    const p = parts(r.data);
    expect(p['word/styles.xml']).toContain('w:styleId="JamkravRequirement"');
    expect(p['word/numbering.xml']).toContain('<w:num w:numId="1">');
    expect(p['word/_rels/document.xml.rels']).toContain('Target="numbering.xml"');
    expect(p['[Content_Types].xml']).toContain('PartName="/word/numbering.xml"');
  });
});

describe('metadata in the built-in template', () => {
  it('fills the title, the reference in the header, and clause placeholders', async () => {
    const r = await generate({ catalogue, meta });
    const p = parts(r.data);
    const header = Object.keys(p).find((n) => /^word\/header\d*\.xml$/.test(n))!;
    expect(squash(textOf(p[header]!))).toBe('Luleå kommun · KS 2026/0042');
    expect(squash(textOf(p['word/document.xml']!))).toContain(
      'för den personal som utför uppdraget Hemtjänst i Luleå 2026.',
    );
    expect(r.warnings).toEqual([]);
  });

  it('leaves missing fields as visible bracketed text and lists them in one warning', async () => {
    const r = await generate({ catalogue, meta: { tender: { title: 'Städtjänster' } }, lang: 'en' });
    const text = squash(docxText(r.data));
    expect(text).toContain('[Contracting authority] · [Reference number]');
    expect(text).toContain('Reference number: [Reference number]');
    expect(r.warnings).toEqual([
      'metadata missing for authority.contact, authority.name, tender.date, tender.reference; the fields are left as ' +
        '[bracketed text] to fill in',
    ]);
  });
});
