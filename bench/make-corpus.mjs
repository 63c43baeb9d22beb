// Generates the lint bench corpus: 200 DOCX tenders of 30–60 pages (headings, numbered lists,
// tables, some equality requirements), about 50 MB of document XML in all, plus one DOCX over
// 20 MB whose bulk is images. Deterministic: the same seed gives the same files.
import { mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';

/** A small deterministic PRNG (mulberry32), so the corpus is the same on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  'Leverantören ska ha rutiner mot trakasserier, sexuella trakasserier och repressalier som omfattar personalen i uppdraget.',
  'Leverantören ska beskriva hur personalen i uppdraget kan förena arbete och föräldraskap, inklusive rutiner vid föräldraledighet.',
  'Leverantören ska säkerställa att tjänsten kommer kvinnor och män, flickor och pojkar till del på lika villkor och redovisa könsuppdelad brukarstatistik.',
  'Leverantören ska se till att underleverantörer uppfyller samma krav på jämställdhet som leverantören.',
];

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text, style) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const listItem = (text) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${esc(text)}</w:t></w:r></w:p>`;
const cell = (text) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${para(text)}</w:tc>`;

/** One tender's document.xml: `pages` pages of about 40 lines each. */
function documentXml(rand, pages) {
  const body = [para('Förfrågningsunderlag', 'Title')];
  for (let p = 0; p < pages; p++) {
    body.push(para(`${p + 1} Avsnitt ${p + 1}`, 'Heading1'));
    for (let i = 0; i < 8; i++) body.push(para(FILLER[Math.floor(rand() * FILLER.length)] + ' ' + FILLER[Math.floor(rand() * FILLER.length)]));
    body.push(para('Leverantören ska beskriva:'));
    for (let i = 0; i < 4; i++) body.push(listItem(FILLER[Math.floor(rand() * FILLER.length)]));
    if (rand() < 0.15) body.push(para(EQUALITY[Math.floor(rand() * EQUALITY.length)]));
    body.push('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>');
    for (let r = 0; r < 4; r++) body.push(`<w:tr>${cell(`Krav ${r + 1}`)}${cell(FILLER[Math.floor(rand() * FILLER.length)])}${cell('Ja/Nej')}</w:tr>`);
    body.push('</w:tbl>');
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function docx(xml, extra = {}) {
  return zipSync(
    { '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(xml), ...extra },
    { level: 6, mtime: new Date('2026-01-01T00:00:00Z') },
  );
}

/** Writes the corpus to `dir` (skipped when it is already there); returns the XML size. */
export function makeCorpus(dir, { count = 200, seed = 12 } = {}) {
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(dir, 'big-with-images.docx')) && readdirSync(dir).length >= count + 1) return;
  const rand = rng(seed);
  let xmlBytes = 0;
  for (let i = 0; i < count; i++) {
    const xml = documentXml(rand, 32 + Math.floor(rand() * 29));
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
  writeFileSync(join(dir, 'big-with-images.docx'), docx(documentXml(rand, 60), images));
  return xmlBytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'bench/out/corpus';
  const bytes = makeCorpus(dir);
  console.log(`corpus in ${dir}${bytes ? `: ${(bytes / 1e6).toFixed(1)} MB of document XML` : ' (already there)'}`);
}
