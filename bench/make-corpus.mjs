// Generates the lint bench corpus: 200 DOCX tenders of 30–60 pages (headings, numbered lists,
// tables, some equality requirements), about 50 MB of document XML in all, plus one DOCX over
// 20 MB whose bulk is images. Deterministic: the same seed gives the same files.
import { mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { rng } from './rng.mjs';

const FILLER = [
  'Leverantören ska utföra uppdraget i enlighet med denna kravspecifikation och gällande lagstiftning.',
  'Priset ska anges i svenska kronor exklusive mervärdesskatt och justeras årligen enligt AKI.',
  'Anbudsgivaren ska bifoga referenser från minst två liknande uppdrag under de senaste tre åren.',
  'Fakturering sker månadsvis i efterskott och betalning sker trettio dagar efter godkänd faktura.',
  'Beställaren har rätt att säga upp avtalet i förtid om leverantören väsentligt brister i sina åtaganden.',
  'Tjänsten omfattar planering, genomförande och uppföljning av insatserna inom hela kommunen.',
  'Personalen ska ha god kännedom om svenska språket i tal och skrift samt relevant utbildning.',
  'Leverantören ansvarar för att arbetsmiljölagen och tillhörande föreskrifter följs i uppdraget.',
  'Kontaktpersonen hos beställaren är för närvarande föräldraledig och ersätts av avdelningschefen.',
  'Avtalet gäller i två år med möjlighet till förlängning i ytterligare ett plus ett år.',
];
const EQUALITY = [
  'Leverantören ska under avtalstiden genomföra en årlig lönekartläggning för den personal som utför uppdraget.',
  'Leverantören ska ha rutiner mot trakasserier, sexuella trakasserier och repressalier som omfattar personalen i ' +
    'uppdraget.',
  'Leverantören ska beskriva hur personalen i uppdraget kan förena arbete och föräldraskap, inklusive rutiner vid ' +
    'föräldraledighet.',
  'Leverantören ska säkerställa att tjänsten kommer kvinnor och män, flickor och pojkar till del på lika villkor och ' +
    'redovisa könsuppdelad brukarstatistik.',
  'Leverantören ska se till att underleverantörer uppfyller samma krav på jämställdhet som leverantören.',
];

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A random revision id, as Word stamps on runs and paragraphs (rsid). */
const rsid = (rand) =>
  Math.floor(rand() * 0xffffffff)
    .toString(16)
    .toUpperCase()
    .padStart(8, '0');
/** Word splits a paragraph into several runs with their own properties; so do we. */
function runs(rand, text) {
  const words = text.split(' ');
  const out = [];
  for (let i = 0; i < words.length; ) {
    const n = 6 + Math.floor(rand() * 15);
    const piece = words.slice(i, i + n).join(' ') + (i + n < words.length ? ' ' : '');
    i += n;
    const bold = rand() < 0.1 ? '<w:b/><w:bCs/>' : '';
    out.push(
      `<w:r w:rsidR="${rsid(rand)}" w:rsidRPr="${rsid(rand)}"><w:rPr>${bold}<w:lang w:val="sv-SE"/></w:rPr>` +
        `<w:t xml:space="preserve">${esc(piece)}</w:t></w:r>`,
    );
  }
  return out.join('');
}
let rand = Math.random;
const para = (text, style) =>
  `<w:p w:rsidR="${rsid(rand)}" w:rsidRDefault="${rsid(rand)}` +
  `">${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs(rand, text)}</w:p>`;
const listItem = (text) =>
  `<w:p w:rsidR="${rsid(rand)}" w:rsidRDefault="${rsid(rand)}"><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr>` +
  `<w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${runs(rand, text)}</w:p>`;
const cell = (text) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${para(text)}</w:tc>`;

const VOCAB = (
  'avtal avtalet avtalstiden anbud anbudet anbudsgivaren leverantören beställaren kommunen uppdraget tjänsten ' +
  'tjänsterna personal personalen verksamheten kvalitet kvaliteten rutiner rutinerna dokumentation underlag ' +
  'redovisning pris priset priser ersättning faktura fakturan betalning leverans leveransen tid tiden vecka månad år ' +
  'kalenderår kontrakt villkor villkoren krav kraven specifikation bilaga bilagan punkt avsnitt enligt inom under ' +
  'efter före mellan samt eller och med för till av på i ska skall bör kan får måste ansvarar säkerställa genomföra ' +
  'redovisa beskriva bifoga lämna uppfylla följa tillhandahålla miljö arbetsmiljö säkerhet sekretess försäkring ' +
  'ansvar skada skadestånd vite hävning uppsägning förlängning option fordon fordonen lokal lokaler utrustning ' +
  'material varor livsmedel transport transporter städning omsorg hemtjänst skola elever brukare brukarna kund ' +
  'kunder medarbetare chef chefer samordnare kontaktperson ombud organisation företag bolag'
).split(' ');
/** A sentence of 8–20 words from the vocabulary: varied text compresses as real tenders do. */
function sentence(rand) {
  const n = 8 + Math.floor(rand() * 13);
  const words = Array.from({ length: n }, () => VOCAB[Math.floor(rand() * VOCAB.length)]);
  const s = words.join(' ');
  return `${s[0].toUpperCase() + s.slice(1)}.`;
}

/** One tender's document.xml: `pages` pages of about 40 lines each. */
function documentXml(pages) {
  const body = [para('Förfrågningsunderlag', 'Title')];
  for (let p = 0; p < pages; p++) {
    body.push(para(`${p + 1} Avsnitt ${p + 1}`, 'Heading1'));
    for (let i = 0; i < 3; i++)
      body.push(para(`${sentence(rand)} ${sentence(rand)} ${FILLER[Math.floor(rand() * FILLER.length)]}`));
    body.push(para('Leverantören ska beskriva:'));
    for (let i = 0; i < 4; i++) body.push(listItem(sentence(rand)));
    if (rand() < 0.15) body.push(para(EQUALITY[Math.floor(rand() * EQUALITY.length)]));
    body.push('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>');
    for (let r = 0; r < 4; r++)
      body.push(
        `<w:tr>${cell(`Krav ${r + 1}`)}${cell(FILLER[Math.floor(rand() * FILLER.length)])}${cell('Ja/Nej')}</w:tr>`,
      );
    body.push('</w:tbl>');
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}">` +
    `<w:body>${body.join('')}<w:sectPr/></w:body></w:document>`
  );
}

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
  `<Override PartName="/word/document.xml" ` +
  `ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ` +
  `ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/word/numbering.xml" ` +
  `ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;
const RELS =
  `<?xml version="1.0" encoding="UTF-8"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ` +
  `Target="word/document.xml"/></Relationships>`;

// Styles and numbering as Word writes them (abridged), so every reader sees a complete package.
const style = (id, name, type = 'paragraph') =>
  `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` +
  `xmlns:w="${W}">${style('Normal', 'Normal')}${style('Title', 'Title')}${style('Heading1', 'heading 1')}` +
  `${style('ListParagraph', 'List Paragraph')}${style('TableGrid', 'Table Grid', 'table')}</w:styles>`;
const NUMBERING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
  `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>` +
  `<w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
  `</w:numbering>`;
const DOC_RELS =
  `<?xml version="1.0" encoding="UTF-8"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" ` +
  `Target="styles.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" ` +
  `Target="numbering.xml"/></Relationships>`;

function docx(xml, extra = {}) {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(RELS),
      'word/document.xml': strToU8(xml),
      'word/_rels/document.xml.rels': strToU8(DOC_RELS),
      'word/styles.xml': strToU8(STYLES),
      'word/numbering.xml': strToU8(NUMBERING),
      ...extra,
    },
    { level: 6, mtime: new Date('2026-01-01T00:00:00Z') },
  );
}

/** Writes the corpus to `dir` (skipped when it is already there); returns the XML size. */
export function makeCorpus(dir, { count = 200, seed = 12 } = {}) {
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(dir, 'big-with-images.docx')) && readdirSync(dir).length >= count + 1) return;
  rand = rng(seed);
  let xmlBytes = 0;
  for (let i = 0; i < count; i++) {
    const xml = documentXml(20 + Math.floor(rand() * 21));
    xmlBytes += Buffer.byteLength(xml);
    writeFileSync(join(dir, `anbud-${String(i + 1).padStart(3, '0')}.docx`), docx(xml));
  }
  // Images: random bytes do not compress, so the file is as big as its images.
  const images = {};
  for (let i = 0; i < 11; i++) {
    const png = new Uint8Array(2 * 1024 * 1024);
    for (let j = 0; j < png.length; j++) png[j] = Math.floor(rand() * 256);
    images[`word/media/image${i + 1}.png`] = [png, { level: 0 }];
  }
  writeFileSync(join(dir, 'big-with-images.docx'), docx(documentXml(60), images));
  return xmlBytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'bench/out/corpus';
  const bytes = makeCorpus(dir);
  console.log(`corpus in ${dir}${bytes ? `: ${(bytes / 1e6).toFixed(1)} MB of document XML` : ' (already there)'}`);
}
