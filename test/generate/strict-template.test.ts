// Templates that write WordprocessingML otherwise than Word's default: in the ISO Strict namespace
// (http://purl.oclc.org/ooxml/wordprocessingml/main), or under a prefix other than `w:`. Their
// placeholders are found by namespace and local name, and the blocks put in their place are in the
// template's namespace, so the result is well-formed and reads back with the requirements in it.
import { strToU8, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../../src/documents/index.js';
import { generate } from '../../src/generate/index.js';
import { catalogue, meta } from '../fixtures/generate/catalogue.js';
import { illFormedParts, parts, squash } from './helpers.js';

const TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

/** A one-part template whose body is written with `prefix` bound to `uri` (`''`: the default namespace). */
function template(prefix: string, uri: string, relType: string): Uint8Array {
  const q = (local: string) => (prefix ? `${prefix}:${local}` : local);
  const p = (text: string) => `<${q('p')}><${q('r')}><${q('t')}>${text}</${q('t')}></${q('r')}></${q('p')}>`;
  const body =
    p('{{tender.title}}') +
    p('{{jamkrav.requirements}}') +
    // A placeholder split across runs, and a section break in the last paragraph's properties.
    `<${q('p')}><${q('pPr')}><${q('sectPr')}/></${q('pPr')}><${q('r')}><${q('t')}>Dnr ` +
    `{{tender.</${q('t')}></${q('r')}>` +
    `<${q('r')}><${q('t')}>reference}}</${q('t')}></${q('r')}></${q('p')}>`;
  const xmlns = prefix ? `xmlns:${prefix}="${uri}"` : `xmlns="${uri}"`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${relType}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><${q('document')} ${xmlns}><${q('body')}>${body}<${q('sectPr')}/></${q('body')}>` +
        `</${q('document')}>`,
    ),
  });
}

/** The namespace URI of every element of a part, as a namespace-aware parser reads it. */
function elementNamespaces(xml: string): Set<string> {
  const uris = new Set<string>();
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (t) => uris.add(t.uri));
  parser.write(xml).close();
  return uris;
}

const cases = [
  {
    name: 'ISO Strict, prefix w:',
    prefix: 'w',
    uri: STRICT,
    rels: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  },
  {
    name: 'ISO Strict, prefix ns0:',
    prefix: 'ns0',
    uri: STRICT,
    rels: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  },
  {
    name: 'transitional, prefix ns0:',
    prefix: 'ns0',
    uri: TRANSITIONAL,
    rels: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  },
  {
    name: 'transitional, default namespace',
    prefix: '',
    uri: TRANSITIONAL,
    rels: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  },
];

describe('templates in ISO Strict or under another prefix', () => {
  for (const c of cases) {
    it(`are filled: ${c.name}`, async () => {
      const result = await generate({
        catalogue,
        meta,
        template: template(c.prefix, c.uri, c.rels),
        templatePath: 'mall.docx',
      });
      expect(illFormedParts(result.data)).toEqual([]);
      const doc = parts(result.data)['word/document.xml']!;
      // Every element of the filled body is the template's WordprocessingML, nothing transitional in a Strict one.
      expect([...elementNamespaces(doc)]).toEqual([c.uri]);
      if (c.uri === STRICT) expect(doc).not.toMatch(/tblLook[^>]* \w*:?val=/);
      // Both section breaks survive: the one in the swapped paragraph's properties and the body's.
      expect(doc.match(/sectPr/g)).toHaveLength(2);

      const read = await readDocumentBytes('ut.docx', result.data);
      const text = squash(read.blocks.map((b) => b.text).join('\n'));
      expect(text).not.toContain('{{');
      expect(text).toContain('Hemtjänst i Luleå 2026');
      expect(text).toContain('Dnr KS 2026/0042');
      expect(text).toContain('Kompetens i jämställdhet [test.competence]');
    });
  }

  it("a part that is not well-formed XML is the user's error, named, not a crash", async () => {
    const bad = zipSync({
      ...Object.fromEntries(
        Object.entries(parts(template('w', STRICT, cases[0]!.rels))).map(([k, v]) => [k, strToU8(v)]),
      ),
      'word/document.xml': strToU8(
        `<w:document xmlns:w="${STRICT}"><w:body><w:p><w:r><w:t>{{jamkrav.requirements}}</w:t></w:r>` +
          `</w:body></w:document>`,
      ),
    });
    await expect(generate({ catalogue, template: bad, templatePath: 'mall.docx', lang: 'en' })).rejects.toThrow(
      /part word\/document\.xml is not well-formed XML \(unexpected close tag w:body/,
    );
  });
});
