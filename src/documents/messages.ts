// Every message the document readers show a user, in Swedish and English, in one place (reading
// the file itself, before any reader, is src/fs/messages.ts).
import type { Text } from '../types.js';

/** Reader errors and warnings; `{name}` slots are filled with `fmt` from src/i18n.ts. */
export const MSG = {
  empty: {
    sv: 'filen är tom',
    en: 'the file is empty',
  },
  fileTooLarge: {
    sv:
      'filen är {size}; gränsen är {limit} (höj gränsen med --max-file-size eller limits.maxFileSize i ' +
      'jamkrav.config.yaml)',
    en:
      'the file is {size}; the limit is {limit} (raise it with --max-file-size or limits.maxFileSize in ' +
      'jamkrav.config.yaml)',
  },
  unknownFormat: {
    sv: 'okänt filformat: varken DOCX, ODT, PDF, Markdown eller text',
    en: 'unknown file format: not DOCX, ODT, PDF, Markdown or text',
  },
  extensionMismatch: {
    sv: 'filen heter .{ext} men är ingen {format}-fil (de första byten stämmer inte); skadad eller felnamnad?',
    en: 'the file is named .{ext} but is not a {format} file (its first bytes do not match); damaged or misnamed?',
  },
  rtf: {
    sv: 'RTF-filer läses inte: spara som DOCX eller PDF och försök igen',
    en: 'RTF files are not read: save as DOCX or PDF and try again',
  },
  legacyDoc: {
    sv: 'gammalt Word 97–2003-format (.doc) läses inte: spara som DOCX eller PDF och försök igen',
    en: 'legacy Word 97–2003 format (.doc) is not read: save as DOCX or PDF and try again',
  },
  encryptedOoxml: {
    sv: 'Office-dokumentet är krypterat (lösenordsskyddat): ta bort lösenordet, spara och försök igen',
    en: 'the Office document is encrypted (password-protected): remove the password, save and try again',
  },
  oleOther: {
    sv: 'en OLE-behållare (äldre Office-format), inte DOCX, ODT eller PDF',
    en: 'an OLE compound file (legacy Office format), not DOCX, ODT or PDF',
  },
  zipCorrupt: {
    sv: 'skadat eller avkortat zip-arkiv ({detail}); en DOCX- eller ODT-fil är ett zip-arkiv',
    en: 'damaged or truncated zip archive ({detail}); a DOCX or ODT file is a zip archive',
  },
  zipNotDocument: {
    sv: 'ett zip-arkiv, men varken DOCX eller ODT (ingen [Content_Types].xml eller mimetype)',
    en: 'a zip archive, but neither DOCX nor ODT (no [Content_Types].xml or mimetype entry)',
  },
  zipTooManyEntries: {
    sv:
      'arkivet har fler än {max} delar; vägrar läsa det (höj gränsen med --max-zip-entries eller ' +
      'limits.maxZipEntries i jamkrav.config.yaml)',
    en:
      'the archive has more than {max} entries; refused (raise the limit with --max-zip-entries or ' +
      'limits.maxZipEntries in jamkrav.config.yaml)',
  },
  zipPartTooLarge: {
    sv:
      'delen {part} blir {size} uppackad; gränsen är {limit} (höj den med --max-inflated-size eller ' +
      'limits.maxInflatedSize i jamkrav.config.yaml)',
    en:
      'part {part} would inflate to {size}; the limit is {limit} (raise it with --max-inflated-size or ' +
      'limits.maxInflatedSize in jamkrav.config.yaml)',
  },
  zipTotalTooLarge: {
    sv:
      'delen {part} skulle ta dokumentet över {limit} uppackat sammanlagt; vägrar packa upp (höj gränsen med ' +
      '--max-total-inflated eller limits.maxTotalInflated i jamkrav.config.yaml)',
    en:
      'part {part} would take the document over {limit} inflated in all; refused (raise the limit with ' +
      '--max-total-inflated or limits.maxTotalInflated in jamkrav.config.yaml)',
  },
  zipOverlap: {
    sv: 'delarna {part} och {other} pekar på samma packade data: manipulerat arkiv (en zip-bomb), vägrar läsa det',
    en: 'entries {part} and {other} point at the same compressed data: a tampered archive (a zip bomb), refused',
  },
  zipRatio: {
    sv:
      'delen {part} är packad {ratio}:1 (gräns {max}:1): möjlig zip-bomb, vägrar packa upp (höj gränsen med ' +
      '--max-ratio eller limits.maxRatio i jamkrav.config.yaml)',
    en:
      'part {part} is compressed {ratio}:1 (limit {max}:1): possible zip bomb, refused (raise the limit with ' +
      '--max-ratio or limits.maxRatio in jamkrav.config.yaml)',
  },
  zipSizeMismatch: {
    sv: 'delen {part} gav {actual} byte men uppger {declared}: skadat eller manipulerat arkiv',
    en: 'part {part} inflated to {actual} bytes but declares {declared}: damaged or tampered archive',
  },
  zipSizeOver: {
    sv:
      'delen {part} blir större än de {declared} byte ' +
      'den uppger: ' +
      'skadat eller manipulerat arkiv, vägrar läsa det',
    en: 'part {part} inflates to more than the {declared} bytes it declares: damaged or tampered archive, refused',
  },
  zipCompression: {
    sv: 'delen {part} använder en okänd komprimeringsmetod ({method}): skadat arkiv?',
    en: 'part {part} uses an unsupported compression method ({method}): damaged archive?',
  },
  zipInflate: {
    sv: 'delen {part} kan inte packas upp ({detail}): skadat arkiv',
    en: 'part {part} cannot be inflated ({detail}): damaged archive',
  },
  missingPart: {
    sv: 'delen {part} saknas i arkivet',
    en: 'part {part} is missing from the archive',
  },
  notWordDocument: {
    sv: 'inget ordbehandlingsdokument (huvuddelen {part} är <{root}>, inte <w:document>)',
    en: 'not a word-processing document (main part {part} is <{root}>, not <w:document>)',
  },
  xmlDoctype: {
    sv:
      'delen {part} innehåller en DOCTYPE-deklaration; vägrar av säkerhetsskäl (entiteter expanderas eller ' +
      'hämtas aldrig)',
    en: 'part {part} contains a DOCTYPE declaration; refused for safety (entities are never expanded or fetched)',
  },
  xmlMalformed: {
    sv: 'delen {part} är inte välformad XML (rad {line}: {detail})',
    en: 'part {part} is not well-formed XML (line {line}: {detail})',
  },
  xmlDepth: {
    sv:
      'delen {part} nästlar element djupare än {max} nivåer; vägrar läsa den (höj gränsen med ' +
      '--max-xml-depth eller limits.maxXmlDepth i jamkrav.config.yaml)',
    en:
      'part {part} nests elements more than {max} levels deep; refused (raise the limit with --max-xml-depth or ' +
      'limits.maxXmlDepth in jamkrav.config.yaml)',
  },
  blockTooLong: {
    sv:
      'stycke {block} har fler än {max} tecken; vägrar läsa det (höj gränsen med --max-paragraph eller ' +
      'limits.maxParagraph i jamkrav.config.yaml)',
    en:
      'block {block} has more than {max} characters; refused (raise the limit with --max-paragraph or ' +
      'limits.maxParagraph in jamkrav.config.yaml)',
  },
  odtEncrypted: {
    sv: 'OpenDocument-filen är krypterad (lösenordsskyddad): ta bort lösenordet, spara och försök igen',
    en: 'the OpenDocument file is encrypted (password-protected): remove the password, save and try again',
  },
  odtNotText: {
    sv: 'en OpenDocument-fil, men inget textdokument ({mime})',
    en: 'an OpenDocument file, but not a text document ({mime})',
  },
  pdfEncrypted: {
    sv: 'PDF-filen är krypterad (lösenordsskyddad): ta bort lösenordet och försök igen',
    en: 'the PDF is encrypted (password-protected): remove the password and try again',
  },
  pdfInvalid: {
    sv: 'skadad eller ogiltig PDF ({detail})',
    en: 'damaged or invalid PDF ({detail})',
  },
  pdfStreamTooLarge: {
    sv:
      'en packad ström (vid byte {offset}) blir mer än {limit} uppackad; vägrar läsa PDF-filen (höj gränsen ' +
      'med --max-inflated-size eller limits.maxInflatedSize i jamkrav.config.yaml)',
    en:
      'a compressed stream (at byte {offset}) would inflate to more than {limit}; the PDF is refused (raise the ' +
      'limit with --max-inflated-size or limits.maxInflatedSize in jamkrav.config.yaml)',
  },
  pdfStreamsTotal: {
    sv:
      'de packade strömmarna blir mer än {limit} uppackade sammanlagt; vägrar läsa PDF-filen (höj gränsen ' +
      'med --max-total-inflated eller limits.maxTotalInflated i jamkrav.config.yaml)',
    en:
      'the compressed streams would inflate to more than {limit} in all; the PDF is refused (raise the limit with ' +
      '--max-total-inflated or limits.maxTotalInflated in jamkrav.config.yaml)',
  },
  pdfTooSlow: {
    sv:
      'att läsa PDF-filen tog mer än {seconds} s; avbröts (höj gränsen med --max-pdf-time eller ' +
      'limits.maxPdfTime i jamkrav.config.yaml)',
    en:
      'reading the PDF took more than {seconds} s; stopped (raise the limit with --max-pdf-time or ' +
      'limits.maxPdfTime in jamkrav.config.yaml)',
  },
  pdfTooMuchMemory: {
    sv:
      'att läsa PDF-filen krävde mer än {limit} minne; avbröts (höj gränsen med --max-pdf-memory eller ' +
      'limits.maxPdfMemory i jamkrav.config.yaml)',
    en:
      'reading the PDF needed more than {limit} of memory; stopped (raise the limit with --max-pdf-memory or ' +
      'limits.maxPdfMemory in jamkrav.config.yaml)',
  },
  warnLatin1: {
    sv: 'filen är inte giltig UTF-8; läst som Windows-1252 (Latin-1)',
    en: 'the file is not valid UTF-8; read as Windows-1252 (Latin-1)',
  },
  warnAltChunk: {
    sv: 'importerat innehåll ({part}) lästes inte: formatet stöds inte',
    en: 'imported content ({part}) was not read: its format is not supported',
  },
  warnAltChunkHtml: {
    sv: 'importerat HTML-innehåll ({part}) lästes förenklat (bara synlig text)',
    en: 'imported HTML content ({part}) was read crudely (visible text only)',
  },
  warnPdfNoText: {
    sv: 'ingen text hittades i PDF-filen (inskannad bild?)',
    en: 'no text found in the PDF (a scanned image?)',
  },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof MSG;
