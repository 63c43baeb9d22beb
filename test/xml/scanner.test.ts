// The XML scanner behind the DOCX and ODT readers: every construct, namespaces, the refusals,
// and a property test against saxes (the parser it replaced) on generated well-formed XML.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { resolveLimits } from '../../src/limits/read.js';
import { parseXml } from '../../src/documents/xml.js';
import { scanXml, XmlDoctypeError, XmlSyntaxError, type XmlTag } from '../../src/xml/index.js';

type Event =
  | ['open', string, string, string, Record<string, [string, string, string, string]>]
  | ['close', string]
  | ['text', string];

/** The event stream with attributes flattened; adjacent texts merged (readers concatenate them). */
function push(events: Event[], e: Event): void {
  const last = events[events.length - 1];
  if (e[0] === 'text' && last?.[0] === 'text') last[1] += e[1];
  else events.push(e);
}

function attrsOf(tag: { attributes: Record<string, { prefix: string; local: string; uri: string; value: string }> }) {
  const out: Record<string, [string, string, string, string]> = {};
  for (const [k, a] of Object.entries(tag.attributes)) out[k] = [a.prefix, a.local, a.uri, a.value];
  return out;
}

function scan(xml: string, maxDepth = 256): Event[] {
  const events: Event[] = [];
  scanXml(
    xml,
    {
      open: (t) => push(events, ['open', t.name, t.local, t.uri, attrsOf(t)]),
      close: (t) => push(events, ['close', t.name]),
      text: (t) => push(events, ['text', t]),
    },
    {
      maxDepth,
      onDepth: () => {
        throw new RangeError('too deep');
      },
    },
  );
  return events.filter((e) => e[0] !== 'text' || e[1] !== '');
}

function sax(xml: string): Event[] {
  const events: Event[] = [];
  const p = new SaxesParser({ xmlns: true });
  p.on('opentag', (t) => push(events, ['open', t.name, t.local, t.uri, attrsOf(t)]));
  p.on('closetag', (t) => push(events, ['close', t.name]));
  p.on('text', (t) => push(events, ['text', t]));
  p.on('cdata', (t) => push(events, ['text', t]));
  p.on('error', (e) => {
    throw e;
  });
  p.write(xml).close();
  return events.filter((e) => e[0] !== 'text' || e[1] !== '');
}

function syntaxError(xml: string): XmlSyntaxError {
  try {
    scan(xml);
  } catch (e) {
    expect(e).toBeInstanceOf(XmlSyntaxError);
    return e as XmlSyntaxError;
  }
  throw new Error(`no error for ${xml}`);
}

const ctx = (maxXmlDepth = 256) => ({
  path: 'x.docx',
  lang: 'en' as const,
  limits: resolveLimits({ maxXmlDepth }),
  warnings: [],
});

function parseError(xml: string, maxXmlDepth = 256): string {
  try {
    parseXml(ctx(maxXmlDepth), 'word/document.xml', xml, { open() {}, close() {}, text() {} });
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).message;
  }
  throw new Error('no error');
}

describe('xml scanner: constructs', () => {
  it('elements, attributes, text, self-closing tags', () => {
    expect(scan('<a x="1" y=\'2\'>hej<b/>då</a>')).toEqual([
      ['open', 'a', 'a', '', { x: ['', 'x', '', '1'], y: ['', 'y', '', '2'] }],
      ['text', 'hej'],
      ['open', 'b', 'b', '', {}],
      ['close', 'b'],
      ['text', 'då'],
      ['close', 'a'],
    ]);
  });

  it('CDATA is text; comments and processing instructions are skipped', () => {
    expect(scan('<?xml version="1.0"?><!-- c --><a><?pi data?><![CDATA[<x> & ]]><!-- - -->y</a>')).toEqual([
      ['open', 'a', 'a', '', {}],
      ['text', '<x> & y'],
      ['close', 'a'],
    ]);
  });

  it('the five entities and numeric references, in text and attribute values', () => {
    expect(scan('<a v="&lt;&gt;&amp;&apos;&quot;&#65;&#x42;">&lt;&gt;&amp;&apos;&quot;&#229;&#x1F600;</a>')).toEqual([
      ['open', 'a', 'a', '', { v: ['', 'v', '', `<>&'"AB`] }],
      ['text', `<>&'"å😀`],
      ['close', 'a'],
    ]);
  });

  it('line ends read as LF in text; white space in attribute values reads as spaces, references kept', () => {
    expect(scan('<a v="1\r\n2\t3&#10;4">x\r\ny\rz</a>')).toEqual([
      ['open', 'a', 'a', '', { v: ['', 'v', '', '1 2 3\n4'] }],
      ['text', 'x\ny\nz'],
      ['close', 'a'],
    ]);
  });

  it('a byte-order mark before the declaration is tolerated', () => {
    expect(scan('\uFEFF<?xml version="1.0"?><a/>')).toEqual([
      ['open', 'a', 'a', '', {}],
      ['close', 'a'],
    ]);
  });

  it('attr() finds an attribute by local name whatever its prefix, decoded', () => {
    const seen: (string | undefined)[] = [];
    scanXml(
      '<w:p xmlns:w="u" w:val="a&amp;b" other = "c"/>',
      {
        open: (t: XmlTag) => seen.push(t.attr('val'), t.attr('other'), t.attr('missing'), t.attr('w')),
        close() {},
        text() {},
      },
      {
        maxDepth: 10,
        onDepth: () => {
          throw new Error();
        },
      },
    );
    expect(seen).toEqual(['a&b', 'c', undefined, 'u']);
  });
});

describe('xml scanner: tags handed out again', () => {
  it("a tag reads its own element's attributes at open and at close, even nested in one of the same name", () => {
    const seen: string[] = [];
    scanXml(
      '<r xmlns:w="u"><w:t v="1"><w:t v="2"/><w:t v="3">x</w:t></w:t ><w:t v="4"></w:t></r>',
      {
        open: (t) => seen.push(`+${t.name}${t.attr('v') ?? ''}:${t.uri}`),
        close: (t) => seen.push(`-${t.name}${t.attr('v') ?? ''}`),
        text() {},
      },
      {
        maxDepth: 10,
        onDepth: () => {
          throw new Error();
        },
      },
    );
    expect(seen).toEqual(['+r:', '+w:t1:u', '+w:t2:u', '-w:t2', '+w:t3:u', '-w:t3', '-w:t1', '+w:t4:u', '-w:t4', '-r']);
  });

  it('names that start like the element that followed last time are read in full', () => {
    const xml = '<r><a/><b/><a/><bc/><a/><b.x/><a/><bé/><a/><b:y xmlns:b="u"/><a/><b/><a/><b\t/><a/><b></b></r>';
    expect(scan(xml)).toEqual(sax(xml));
    expect(syntaxError('<r><a/><b/><a/><b×/></r>').message).toContain('no whitespace');
  });

  it('the same name in another scope is another namespace', () => {
    const uris: string[] = [];
    scanXml(
      '<r xmlns:p="one"><p:a/><x xmlns:p="two"><p:a/></x><p:a/><p:a xmlns:p="three"/><p:a/></r>',
      {
        open: (t) => uris.push(t.uri),
        close() {},
        text() {},
      },
      {
        maxDepth: 10,
        onDepth: () => {
          throw new Error();
        },
      },
    );
    expect(uris).toEqual(['', 'one', '', 'two', 'one', 'three', 'one']);
  });
});

describe('xml scanner: namespaces', () => {
  it('prefixed, default, undeclared default and redeclared prefixes', () => {
    const events = scan(
      '<r xmlns="d" xmlns:p="one"><p:a p:x="1" y="2"><p:b xmlns:p="two" p:z="3"/><c xmlns=""/></p:a><p:e/></r>',
    );
    const opens = events.filter((e) => e[0] === 'open').map((e) => [e[1], e[3], e[4]]);
    expect(opens).toEqual([
      [
        'r',
        'd',
        {
          xmlns: ['', 'xmlns', 'http://www.w3.org/2000/xmlns/', 'd'],
          'xmlns:p': ['xmlns', 'p', 'http://www.w3.org/2000/xmlns/', 'one'],
        },
      ],
      ['p:a', 'one', { 'p:x': ['p', 'x', 'one', '1'], y: ['', 'y', '', '2'] }],
      [
        'p:b',
        'two',
        { 'xmlns:p': ['xmlns', 'p', 'http://www.w3.org/2000/xmlns/', 'two'], 'p:z': ['p', 'z', 'two', '3'] },
      ],
      ['c', '', { xmlns: ['', 'xmlns', 'http://www.w3.org/2000/xmlns/', ''] }],
      ['p:e', 'one', {}],
    ]);
  });

  it('xml: is always bound', () => {
    expect(scan('<a xml:space="preserve"/>')[0]).toEqual([
      'open',
      'a',
      'a',
      '',
      { 'xml:space': ['xml', 'space', 'http://www.w3.org/XML/1998/namespace', 'preserve'] },
    ]);
  });

  it('unbound prefixes and reserved bindings are errors', () => {
    expect(syntaxError('<p:a/>').message).toContain('unbound namespace prefix');
    expect(syntaxError('<a q:x="1"/>').message).toContain('unbound namespace prefix');
    expect(syntaxError('<a xmlns:p="u"/><p:b/>').message).toContain('multiple root');
    expect(syntaxError('<a xmlns:p=""/>').message).toContain('empty namespace');
    expect(syntaxError('<a xmlns:xmlns="u"/>').message).toContain('reserved');
    expect(syntaxError('<a xmlns:x="http://www.w3.org/XML/1998/namespace"/>').message).toContain('reserved');
    expect(syntaxError('<a:b:c xmlns:a="u"/>').message).toContain('malformed qualified name');
  });

  it('a prefix declared on a child goes out of scope when it closes', () => {
    expect(syntaxError('<r><a xmlns:p="u"><p:b/></a><p:c/></r>').message).toContain('unbound namespace prefix: "p"');
  });
});

describe('xml scanner: refusals', () => {
  it('a DOCTYPE anywhere is refused, not parsed', () => {
    expect(() => scan('<a/><!DOCTYPE a>')).toThrow(XmlDoctypeError);
    expect(
      parseError('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'),
    ).toContain('DOCTYPE');
  });

  it('billion laughs: refused at the DOCTYPE before any entity is looked at', () => {
    const defs = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY l0 "lol">${defs}]><lolz>&l10;</lolz>`;
    const t = performance.now();
    expect(parseError(xml)).toContain('refused for safety');
    expect(performance.now() - t).toBeLessThan(100);
  });

  it('an entity other than the five predefined ones is an error (none can be declared)', () => {
    expect(syntaxError('<a>&nbsp;</a>').message).toContain('undefined entity');
    expect(syntaxError('<a v="&x;"/>').message).toContain('undefined entity');
  });

  it('nesting deeper than the limit', () => {
    expect(() => scan(`${'<a>'.repeat(11)}${'</a>'.repeat(11)}`, 10)).toThrow('too deep');
    expect(scan(`${'<a>'.repeat(10)}${'</a>'.repeat(10)}`, 10)).toHaveLength(20);
    expect(parseError(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`)).toContain('more than 256 levels deep');
  });

  it.each([
    ['<a><b></a>', 'unexpected close tag'],
    ['<a>', 'unclosed tag'],
    ['</a>', 'unmatched closing tag'],
    ['', 'root element'],
    ['text<a/>', 'before root'],
    ['<a/>text', 'outside of root'],
    ['<a/><b/>', 'multiple root'],
    ['<a x="1" x="2"/>', 'duplicate attribute'],
    ['<a x=1/>', 'unquoted'],
    ['<a x/>', 'without value'],
    ['<a x="<"/>', 'disallowed character <'],
    ['<a x="1" y="2<3">t</a>', 'disallowed character <'],
    // Text after the last tag with attributes: the search for `<` in the values found none.
    ['<a x="1">text', 'unclosed tag: a'],
    ['<r><a x="1"/>text', 'unclosed tag: r'],
    ['<a x="&bad;"/>', 'undefined entity'],
    ['<a><b x="&amp;">&nbsp;</b></a>', 'undefined entity'],
    ['<a x="1"y="2"/>', 'no whitespace'],
    ['<a>&amp</a>', 'unterminated entity'],
    ['<a>&#0;</a>', 'invalid character reference'],
    ['<a>&#xD800;</a>', 'invalid character reference'],
    ['<a>]]></a>', ']]>'],
    ['<a>\u0001</a>', 'disallowed character'],
    ['<a><!-- a -- b --></a>', 'double dash'],
    ['<a><!-- open</a>', 'unclosed comment'],
    ['<a><![CDATA[x</a>', 'unclosed CDATA'],
    ['<a><?xml version="1.0"?></a>', 'XML declaration'],
    ['<1a/>', 'tag name'],
    ['<a/ >', 'forward-slash'],
    ['<a></a >x', 'outside of root'],
    ['<a><!ELEMENT a ANY></a>', 'unsupported markup'],
    // Close tags that start like the open element's name (the one-comparison path must not take them).
    ['<ab></a>', 'unexpected close tag'],
    ['<a></ab>', 'unexpected close tag'],
    ['<a></a', 'invalid characters in closing tag'],
    ['<p:a xmlns:p="u"></p:a:b>', 'malformed qualified name'],
  ])('malformed %j', (xml, detail) => {
    expect(syntaxError(xml).message).toContain(detail);
  });

  it('malformed input becomes one clean UserError line naming the part and line', () => {
    const message = parseError('<a>\n<b>\n</a>');
    expect(message).toMatch(/^part word\/document\.xml is not well-formed XML \(line 3: unexpected close tag/);
    expect(message).not.toContain('\n');
  });
});

// Generated well-formed XML: the scanner must report exactly what saxes reports.
const nameChar = fc.constantFrom(...'abcxyzåé_-.0'.split(''));
const ncName = fc
  .tuple(fc.constantFrom(...'abcxyzå_'.split('')), fc.array(nameChar, { maxLength: 4 }))
  .map(([h, t]) => h + t.join(''));
const textChar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...'ab åäö–’\t\n'.split('')) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '&amp;',
      '&lt;',
      '&gt;',
      '&quot;',
      '&apos;',
      '&#229;',
      '&#x2013;',
      '&#x1F600;',
      '\r\n',
      '\r',
      ']]',
      '>',
    ),
  },
);
const text = fc.array(textChar, { maxLength: 8 }).map((a) => a.join(''));
const attrValue = fc
  .array(fc.oneof(textChar, fc.constantFrom("'")), { maxLength: 6 })
  .map((a) => a.join('').replace(/"/g, '&quot;'));
const prefixes = ['p', 'q', 'w'];

interface Gen {
  xml: string;
}

/** An element, given the prefixes bound where it stands. */
function element(depth: number, bound: readonly string[]): fc.Arbitrary<Gen> {
  const decls = fc
    .uniqueArray(fc.constantFrom(...prefixes), { maxLength: 2 })
    .chain((ps) =>
      fc.tuple(
        fc.constant(ps),
        fc.array(fc.constantFrom('u1', 'u2', 'urn:x'), { minLength: ps.length, maxLength: ps.length }),
        fc.option(fc.constantFrom('', 'd1', 'd2')),
      ),
    );
  return decls.chain(([ps, uris, dflt]) => {
    const inScope = [...new Set([...bound, ...ps])];
    const qname = fc
      .tuple(fc.option(fc.constantFrom(...(inScope.length ? inScope : ['_none']))), ncName)
      .map(([p, l]) => (p && p !== '_none' ? `${p}:${l}` : l));
    const attrs = fc.uniqueArray(fc.tuple(qname, attrValue), { maxLength: 3, selector: ([n]) => n });
    const children =
      depth <= 0
        ? fc.constant<Gen[]>([])
        : fc.array(
            fc.oneof(
              { weight: 3, arbitrary: text.map((t) => ({ xml: t })) },
              {
                weight: 1,
                arbitrary: fc
                  .constantFrom('<!-- note -->', '<?pi x?>', '<![CDATA[a<b&c]]>', '<![CDATA[]]>')
                  .map((x) => ({ xml: x })),
              },
              { weight: 3, arbitrary: fc.constant(null).chain(() => element(depth - 1, inScope)) },
            ),
            { maxLength: 4 },
          );
    return fc
      .tuple(qname, attrs, children, fc.boolean(), fc.constantFrom(' ', '\n', '  '))
      .map(([name, as, kids, selfClose, sp]) => {
        const declXml =
          ps.map((p, i) => ` xmlns:${p}="${uris[i]}"`).join('') + (dflt === null ? '' : ` xmlns="${dflt}"`);
        const attrXml = as.map(([n, v], i) => `${i === 0 ? ' ' : sp}${n}="${v}"`).join('');
        const open = `<${name}${declXml}${attrXml}`;
        const body = kids.map((k) => k.xml).join('');
        return {
          xml:
            selfClose && body === ''
              ? `${open}/>`
              : `${open}>${body}</${name}${sp.trim() === '' && sp.length > 1 ? ' ' : ''}>`,
        };
      });
  });
}

/** Attributes may not repeat by expanded name either: leave out documents where they do. */
function uniqueExpanded(xml: string): boolean {
  try {
    sax(xml.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

describe('xml scanner: property test against saxes', () => {
  it('reports the same events as saxes on generated well-formed XML', () => {
    const doc = fc
      .tuple(
        fc.constantFrom('', '\uFEFF', '<?xml version="1.0" encoding="UTF-8"?>', '\uFEFF<?xml version="1.0"?>\n'),
        element(4, []),
        fc.constantFrom('', '\n', '<!-- end -->'),
      )
      .map(([head, root, tail]) => head + root.xml + tail)
      .filter(uniqueExpanded);
    fc.assert(
      fc.property(doc, (xml) => {
        expect(scan(xml)).toEqual(sax(xml.replace(/^\uFEFF/, '')));
      }),
      { numRuns: 500 },
    );
  });
});
