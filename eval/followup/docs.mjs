// Small document writers for the follow-up's labelled set and tests: a filled report form (the
// content controls typed into as Word does), a free DOCX of paragraphs and tables, a text PDF.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { pdf, textPage } from '../../bench/hostile-pdf.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Fills a report form's controls by key (tag) as Word does when a supplier types; keys not given stay blank. */
export function fillForm(docx, values) {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']).replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, (sdt) => {
    const tag = /<w:tag w:val="([^"]*)"/.exec(sdt)?.[1];
    const value = tag === undefined ? undefined : values.get(tag);
    if (value === undefined) return sdt;
    return sdt
      .replace('<w:showingPlcHdr/>', '')
      .replace(
        /<w:sdtContent>[\s\S]*<\/w:sdtContent>/,
        `<w:sdtContent><w:r><w:t xml:space="preserve">${esc(value)}</w:t></w:r></w:sdtContent>`,
      );
  });
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files, { mtime: new Date('2024-01-01T00:00:00Z') });
}

/** A DOCX of blocks: `{ h: 'text' }` a heading, a string a paragraph, `{ table: [[cells]] }` a table. */
export function freeDocx(blocks) {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const p = (t, style) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(t)}</w:t>` +
    `</w:r></w:p>`;
  const body = blocks
    .map((b) => {
      if (typeof b === 'string') return p(b);
      if (b.h) return p(b.h, 'Heading1');
      const rows = b.table.map((row) => `<w:tr>${row.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`);
      return `<w:tbl>${rows.join('')}</w:tbl>`;
    })
    .join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
        'Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" ' +
        'Target="styles.xml"/></Relationships>',
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">` +
        `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/>` +
        `</w:pPr></w:style></w:styles>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
  };
  return zipSync(files, { mtime: new Date('2024-01-01T00:00:00Z') });
}

/** A PDF of text lines, 50 a page (WinAnsi: Swedish letters, no dashes beyond ASCII). */
export function freePdf(lines) {
  const safe = lines.map((l) => l.replace(/[\\()]/g, (c) => `\\${c}`));
  const pages = [];
  for (let i = 0; i < safe.length; i += 50) pages.push(textPage(safe.slice(i, i + 50)));
  return pdf(pages);
}
