// JUnit XML: well-formed, one test case per file × rule, failures with CDATA text.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { cdata, escapeAttr, junit } from '../../src/report/junit.js';
import { CTX, RESULT } from './sample.js';

interface El {
  name: string;
  attributes: Record<string, string>;
  children: El[];
  text: string;
}

/** Parses with a strict XML parser: throws on anything not well-formed. */
function parse(xml: string): El {
  const parser = new SaxesParser();
  const stack: El[] = [{ name: '#root', attributes: {}, children: [], text: '' }];
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attributes: t.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('cdata', (c) => void (stack[stack.length - 1]!.text += c));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return stack[0]!.children[0]!;
}

describe('junit formatter', () => {
  const xml = junit(RESULT, CTX);
  const root = parse(xml);

  it('is well-formed XML with one suite per file', () => {
    expect(root.name).toBe('testsuites');
    expect(root.children.map((s) => s.attributes.name)).toEqual([
      'anbud/förfrågan 1.md',
      'anbud/avtal.docx',
      'anbud/trasig.docx',
    ]);
  });

  it('has one test case per file × rule', () => {
    const [first, second] = root.children;
    expect(first!.children.map((c) => c.attributes.name)).toEqual([
      'diskrl3.parenthood',
      'diskrl3.pay',
      'cemr12.equal-service',
    ]);
    expect(second!.children).toHaveLength(3);
    expect(root.attributes.tests).toBe('7');
  });

  it('fails a missing rule, with the message and the clause in CDATA, even one holding ]]>', () => {
    const pay = root.children[0]!.children[1]!;
    const failure = pay.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attributes.type).toBe('warning');
    expect(failure.attributes.message).toBe('Krav saknas: lön, 100 % lika: se 3 kap.\r\nNy rad');
    expect(failure.text).toContain('Leverantören ska ha lönekartläggning ]]> (bas).');
  });

  it('skips a suppressed rule with its reason, escaped', () => {
    const suppressed = root.children[1]!.children[2]!.children[0]!;
    expect(suppressed.name).toBe('skipped');
    expect(suppressed.attributes.message).toBe('undantag: goods <only> & "no staff"');
  });

  it('reports an unreadable file as an error case', () => {
    const broken = root.children[2]!;
    expect(broken.attributes.errors).toBe('1');
    expect(broken.children[0]!.children[0]!.name).toBe('error');
  });

  it('escapes attributes and CDATA, dropping characters XML cannot hold', () => {
    expect(escapeAttr('a<b>&"c"\n\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#10;');
    expect(cdata('x]]>y')).toBe('<![CDATA[x]]]]><![CDATA[>y]]>');
  });
});
