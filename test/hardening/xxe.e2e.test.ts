// No XML entity is ever expanded and nothing is ever fetched: an external entity pointing at a
// local file is refused, and the file's contents appear in no output (stdout, stderr, JSON,
// SARIF, HTML, written files). Billion laughs and YAML alias bombs are refused quickly.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { jamkrav } from '../cli/run.js';
import { docx, expectCleanStderr, folder, odt, p, ROOT, W } from './helpers.js';
import { regex } from '../regex.js';

const PACK = join(ROOT, 'test/fixtures/generate/test-pack.yaml');
const MARKER = `JAMKRAV-SECRET-${randomBytes(8).toString('hex')}`;
let secretDir: string;
let secret: string;
beforeAll(() => {
  secretDir = folder({ 'secret.txt': `${MARKER}\n` }, 'jamkrav-secret-');
  secret = join(secretDir, 'secret.txt');
});
const made: string[] = [];
afterAll(() => {
  for (const d of [secretDir, ...made]) rmSync(d, { recursive: true, force: true });
});
function dir(files: Record<string, string | Uint8Array>): string {
  const d = folder(files);
  made.push(d);
  return d;
}

const xxe = (root: string) => `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file://${secret}">]>${root}`;
const W_DOC = (body: string) => `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const ODT_DOC = (body: string) =>
  `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
  `xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${body}</office:text>` +
  `</office:body></office:document-content>`;
const LAUGHS =
  `<!DOCTYPE lolz [<!ENTITY lol "lol">` +
  `${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;

/** Every file below `d`, as text, for a search for the marker. */
function everything(d: string): string {
  return readdirSync(d, { recursive: true, encoding: 'utf8' })
    .map((name) => join(d, name))
    .filter((f) => !f.endsWith('secret.txt') && existsSync(f) && !readdirSync(d).includes(f))
    .map((f) => {
      try {
        const bytes = readFileSync(f);
        // Inside a zip the text is compressed: look in every part.
        if (bytes[0] === 0x50 && bytes[1] === 0x4b)
          return Object.values(unzipSync(bytes))
            .map((b) => Buffer.from(b).toString('utf8'))
            .join('\n');
        return bytes.toString('utf8');
      } catch {
        return '';
      }
    })
    .join('\n');
}

describe('an external entity pointing at a local file', () => {
  it('lint refuses DOCX and ODT parts with a DOCTYPE, and the file never shows, in any format', () => {
    const cwd = dir({
      'a.docx': docx(xxe(W_DOC(`${p('&xxe;')}${p('Leverantören ska betala lika lön.')}`)), { raw: true }),
      'b.odt': odt(xxe(ODT_DOC('<text:p>&xxe;</text:p>'))),
      // In a part read through relationships, not the main part: refused the same way.
      'c.docx': docx(W_DOC(p('Leverantören ska betala lika lön.')), {
        extra: {
          '_rels/.rels': xxe('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
        },
      }),
      // An entity reference with no DOCTYPE at all is simply undefined: malformed XML.
      'd.docx': docx(p('&xxe;')),
      // A DOCTYPE behind a comment that holds markup is still found.
      'e.docx': docx(
        `<?xml version="1.0"?><!-- <a> --><!DOCTYPE r [<!ENTITY xxe SYSTEM "file://${secret}">]>${W_DOC(p('&xxe;'))}`,
        { raw: true },
      ),
    });
    for (const format of ['json', 'sarif', 'html', 'stylish', 'junit', 'github']) {
      const out = `rapport.${format}`;
      const r = jamkrav(['lint', '.', '--lang', 'en', '--format', format, '-o', out], { cwd });
      expect(r.code, `--format ${format}: ${r.stderr}`).toBe(2);
      const lines = expectCleanStderr(r.stderr, 5);
      expect(lines.some((l) => l.startsWith('jamkrav: e.docx: part word/document.xml contains a DOCTYPE'))).toBe(true);
      expect(lines).toContain(
        'jamkrav: a.docx: part word/document.xml contains a DOCTYPE declaration; refused for safety (entities are ' +
          'never expanded or fetched)',
      );
      expect(lines).toContain(
        'jamkrav: b.odt: part content.xml contains a DOCTYPE declaration; refused for safety (entities are never ' +
          'expanded or fetched)',
      );
      expect(lines.some((l) => l.startsWith('jamkrav: c.docx: part _rels/.rels contains a DOCTYPE'))).toBe(true);
      expect(
        lines.some(
          (l) =>
            l.startsWith('jamkrav: d.docx: part word/document.xml is not well-formed XML') &&
            l.includes('undefined entity &xxe;'),
        ),
      ).toBe(true);
      for (const text of [r.stdout, r.stderr, readFileSync(join(cwd, out), 'utf8'), everything(cwd)])
        expect(text).not.toContain(MARKER);
    }
  });

  it('generate refuses a template with a DOCTYPE anywhere before its root, and writes nothing', () => {
    const template = (xml: string) => docx(xml, { raw: true });
    // The DOCTYPE may hide behind a long comment: it is still before the root element.
    const hidden =
      `<?xml version="1.0"?><!-- <a> ${' '.repeat(4096)}--><!DOCTYPE r [<!ENTITY xxe SYSTEM ` +
      `"file://${secret}">]>${W_DOC(p('&xxe; {{jamkrav.requirements}}'))}`;
    const cwd = dir({
      'mall.docx': template(xxe(W_DOC(`${p('&xxe;')}${p('{{jamkrav.requirements}}')}`))),
      'gomd.docx': template(hidden),
    });
    for (const name of ['mall.docx', 'gomd.docx']) {
      const r = jamkrav(['generate', '--pack', PACK, '--template', name, '-o', 'ut.docx', '--lang', 'en'], { cwd });
      expect(r.code, name).toBe(2);
      expect(expectCleanStderr(r.stderr, 1)).toEqual([
        `jamkrav: ${name}: part word/document.xml holds a DOCTYPE declaration, which DOCX does not allow`,
      ]);
      expect(existsSync(join(cwd, 'ut.docx'))).toBe(false);
      expect(r.stdout + r.stderr + everything(cwd)).not.toContain(MARKER);
    }
  });

  it('batch fails the tender whose template has one, and writes the others', () => {
    const cwd = dir({
      'mall.docx': docx(xxe(W_DOC(`${p('&xxe;')}${p('{{jamkrav.requirements}}')}`)), { raw: true }),
      'plan.yaml':
        `defaults: { packs: [${PACK}] }\ntenders:\n  - output: bad.docx\n    template: mall.docx\n  - ` +
        `output: good.docx\n`,
    });
    const r = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--lang', 'en'], { cwd, env: { CI: 'true' } });
    expect(r.code).toBe(1);
    expect(existsSync(join(cwd, 'ut/good.docx'))).toBe(true);
    expect(existsSync(join(cwd, 'ut/bad.docx'))).toBe(false);
    expect(r.stderr).toContain('DOCTYPE');
    expect(r.stdout + r.stderr + everything(cwd)).not.toContain(MARKER);
  });
});

describe('billion laughs', () => {
  it('in DOCX and ODT: refused at the DOCTYPE, in well under a second', () => {
    const cwd = dir({
      'a.docx': docx(`${LAUGHS}${W_DOC(p('&lol9;'))}`, { raw: true }),
      'b.odt': odt(`${LAUGHS}${ODT_DOC('<text:p>&lol9;</text:p>')}`),
    });
    const r = jamkrav(['lint', '.', '--lang', 'en', '--format', 'json'], { cwd });
    expect(r.code).toBe(2);
    const lines = expectCleanStderr(r.stderr, 2);
    expect(lines.every((l) => l.includes('DOCTYPE'))).toBe(true);
    expect(r.stdout).not.toContain('lollollol');
    expect(r.ms).toBeLessThan(10_000);
  });

  it('in a generate template: refused', () => {
    const cwd = dir({
      'mall.docx': docx(`${LAUGHS}${W_DOC(`${p('&lol9;')}${p('{{jamkrav.requirements}}')}`)}`, { raw: true }),
    });
    const r = jamkrav(['generate', '--pack', PACK, '--template', 'mall.docx', '-o', 'ut.docx', '--lang', 'en'], {
      cwd,
    });
    expect(r.code).toBe(2);
    expect(expectCleanStderr(r.stderr, 1)[0]).toContain('DOCTYPE');
    expect(existsSync(join(cwd, 'ut.docx'))).toBe(false);
  });

  it("in a template part whatever its name's case or its encoding (it reached the appendix, exit 0)", () => {
    const rels = (target: string) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" ` +
      `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ` +
      `Target="${target}"/></Relationships>`;
    const system = `<!DOCTYPE w:document SYSTEM "file://${secret}">`;
    const upper = zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8(rels('word/document.XML')),
      'word/document.XML': strToU8(`<?xml version="1.0"?>${system}${W_DOC(p('{{jamkrav.requirements}}'))}`),
    });
    const header = (bytes: Buffer) =>
      zipSync({
        '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        'word/document.xml': strToU8(W_DOC(p('{{jamkrav.requirements}}'))),
        'word/header1.xml': new Uint8Array(bytes),
      });
    const headerXml = `<?xml version="1.0" encoding="UTF-16"?>${system}<w:hdr xmlns:w="${W}">${p('Sidhuvud')}</w:hdr>`;
    const cases: [string, Uint8Array, string][] = [
      ['versaler.docx', upper, 'word/document.XML'],
      [
        'utf16le.docx',
        header(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(headerXml, 'utf16le')])),
        'word/header1.xml',
      ],
      ['utf16be.docx', header(Buffer.from(headerXml, 'utf16le').swap16()), 'word/header1.xml'],
      [
        'gemener.docx',
        header(Buffer.from(headerXml.replace('DOCTYPE', 'doctype').replace('UTF-16', 'UTF-8'))),
        'word/header1.xml',
      ],
    ];
    for (const [name, bytes, part] of cases) {
      const cwd = dir({ [name]: bytes });
      const r = jamkrav(['generate', '--pack', PACK, '--template', name, '-o', 'ut.docx', '--lang', 'en'], { cwd });
      expect(r.code, name).toBe(2);
      expect(expectCleanStderr(r.stderr, 1), name).toEqual([
        `jamkrav: ${name}: part ${part} holds a DOCTYPE declaration, which DOCX does not allow`,
      ]);
      expect(existsSync(join(cwd, 'ut.docx')), name).toBe(false);
    }
  });
});

describe('YAML alias bombs', () => {
  const bomb = [
    'a: &a [x, x, x, x, x, x, x, x, x, x]',
    ...Array.from(
      { length: 8 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
    ),
  ].join('\n');

  it('in a pack, a config, tender metadata and a batch manifest: one positioned error each, quickly', () => {
    const cwd = dir({
      'pack.yaml': `${bomb}\n`,
      'cfg/jamkrav.config.yaml': `${bomb}\n`,
      'cfg/a.md': 'Leverantören ska betala lika lön.\n',
      'tender.yaml': `${bomb}\n`,
      'plan.yaml': `${bomb}\ntenders: []\n`,
    });
    const runs = [
      jamkrav(['rules', 'validate', 'pack.yaml', '--lang', 'en'], { cwd }),
      jamkrav(['lint', 'a.md', '--lang', 'en'], { cwd: join(cwd, 'cfg') }),
      jamkrav(['generate', '--pack', PACK, '--meta', 'tender.yaml', '--format', 'md', '--lang', 'en'], { cwd }),
      jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--lang', 'en'], { cwd }),
    ];
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain('alias bomb');
      expect(r.ms).toBeLessThan(10_000);
      if (r.stderr) expectCleanStderr(r.stderr);
    }
    expect(existsSync(join(cwd, 'ut'))).toBe(false);
  });
});

describe('nothing reaches the network', () => {
  it('no module in src/ imports a network API, and PDF reading never evaluates code', () => {
    const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const network = regex(
      /from 'node:(http|https|http2|net|tls|dgram|dns)'|require\('(http|https|net)'\)/,
      /|\bfetch\(|XMLHttpRequest|WebSocket/,
    );
    for (const f of files) expect(readFileSync(join(ROOT, 'src', f), 'utf8'), f).not.toMatch(network);
    expect(readFileSync(join(ROOT, 'src/documents/pdf-pages.ts'), 'utf8')).toContain('isEvalSupported: false');
  });

  it('an external relationship (a linked image or hyperlink) is never followed', () => {
    const rels =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
      `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="file://${secret}" ` +
      `TargetMode="External"/></Relationships>`;
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(W_DOC(p('Leverantören ska betala lika lön.'))),
      'word/_rels/document.xml.rels': strToU8(rels),
    });
    const cwd = dir({ 'a.docx': bytes });
    const r = jamkrav(['lint', 'a.docx', '--format', 'json', '--lang', 'en'], { cwd });
    expect(r.code).not.toBe(2);
    expect(r.stdout + r.stderr).not.toContain(MARKER);
    writeFileSync(join(cwd, 'noop'), '');
  });
});
