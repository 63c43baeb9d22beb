#!/usr/bin/env node
// Builds the built-in appendix templates (bilaga-sv.docx, appendix-en.docx) with the docx library.
// They are ordinary templates: styles, a numbered requirement style, a table style, A4, a header
// with the reference, page numbers in the footer, and the placeholders generate fills. The output
// is reproducible (fixed dates, fixed zip times) so a rebuild gives the same bytes.
// Usage: node templates/build.mjs [outdir]   (default: this directory)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const TEXT = {
  sv: {
    file: 'bilaga-sv.docx',
    subtitle: 'Bilaga: krav för jämställdhet',
    meta: [
      ['Diarienummer', 'tender.reference'],
      ['Datum', 'tender.date'],
      ['Upphandlande myndighet', 'authority.name'],
      ['Kontaktperson', 'authority.contact'],
    ],
    sections: [
      ['Inledning', 'introduction'],
      ['Krav', 'requirements'],
      ['Utvärdering av tilldelningskriterier', 'evaluation'],
      ['Uppföljningsplan', 'followup'],
    ],
    number: 'Krav %1:',
    page: ['Sida ', ' av '],
    requirementStyle: 'Krav (jamkrav)',
    tableStyle: 'Tabell (jamkrav)',
  },
  en: {
    file: 'appendix-en.docx',
    subtitle: 'Appendix: gender-equality requirements',
    meta: [
      ['Reference number', 'tender.reference'],
      ['Date', 'tender.date'],
      ['Contracting authority', 'authority.name'],
      ['Contact person', 'authority.contact'],
    ],
    sections: [
      ['Introduction', 'introduction'],
      ['Requirements', 'requirements'],
      ['Evaluation of award criteria', 'evaluation'],
      ['Follow-up plan', 'followup'],
    ],
    number: 'Requirement %1:',
    page: ['Page ', ' of '],
    requirementStyle: 'Requirement (jamkrav)',
    tableStyle: 'Table (jamkrav)',
  },
};

/**
 * Table style: thin grid, shaded bold header row. The docx library has no table-style option
 * (its importedStyles replaces the default styles), so it is added to styles.xml afterwards.
 */
const tableStyle = (name) =>
  `<w:style w:type="table" w:customStyle="1" w:styleId="JamkravTable">` +
  `<w:name w:val="${name}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
  `<w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr>` +
  `<w:tblPr><w:tblBorders>` +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
    .join('') +
  `</w:tblBorders>` +
  `<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr>` +
  `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>` +
  `</w:style>`;

const FONT = 'Liberation Sans';

function buildDocument(t) {
  const p = (text, opts = {}) => new Paragraph({ ...opts, children: [new TextRun(text)] });
  const body = [
    p('{{tender.title}}', { heading: HeadingLevel.TITLE }),
    p(t.subtitle, { style: 'Subtitle' }),
    ...t.meta.map(
      ([label, key]) =>
        new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(`{{${key}}}`)] }),
    ),
  ];
  for (const [heading, block] of t.sections) {
    body.push(p(heading, { heading: HeadingLevel.HEADING_1 }), p(`{{jamkrav.${block}}}`));
  }
  return new Document({
    creator: 'jamkrav',
    title: t.subtitle,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: FONT, size: 40, bold: true }, paragraph: { spacing: { after: 120 } } },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 23, bold: true },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 26, italics: true, color: '404040' },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: 'JamkravRequirement',
          name: t.requirementStyle,
          basedOn: 'Heading3',
          next: 'Normal',
          quickFormat: true,
          paragraph: { numbering: { reference: 'jamkrav-requirements', level: 0 }, keepNext: true },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'jamkrav-requirements',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: t.number,
              alignment: AlignmentType.START,
              suffix: LevelSuffix.SPACE,
              style: { paragraph: { indent: { left: 0, hanging: 0 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, right: 1418, bottom: 1418, left: 1418, header: 709, footer: 709 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun('{{authority.name}} · {{tender.reference}}')],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [t.page[0], PageNumber.CURRENT, t.page[1], PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

/** Adds the table style, pins what the docx library takes from the clock, and zips with fixed entry times. */
function finish(bytes, t) {
  const files = unzipSync(bytes);
  const styles = 'word/styles.xml';
  files[styles] = strToU8(strFromU8(files[styles]).replace('</w:styles>', `${tableStyle(t.tableStyle)}</w:styles>`));
  const core = 'docProps/core.xml';
  files[core] = strToU8(
    strFromU8(files[core]).replace(
      /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      '$12000-01-01T00:00:00Z$3',
    ),
  );
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const out = {};
  // [Content_Types].xml first, as Office writes it and some readers expect; then by name.
  const names = Object.keys(files).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  for (const name of names) out[name] = [files[name], { mtime, level: 6 }];
  return zipSync(out);
}

/** Builds both templates into `outDir`; returns the paths written. */
export async function buildTemplates(outDir) {
  const written = [];
  for (const t of Object.values(TEXT)) {
    const bytes = await Packer.toBuffer(buildDocument(t));
    const path = join(outDir, t.file);
    writeFileSync(path, finish(new Uint8Array(bytes), t));
    written.push(path);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
  for (const path of await buildTemplates(outDir)) console.log(path);
}
