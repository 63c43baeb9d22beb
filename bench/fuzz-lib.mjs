// Inputs for property-based fuzzing: fast-check arbitraries that mutate the project's own fixtures
// (DOCX/ODT zips, YAML packs, configs, manifests, metadata, Markdown and text) and generate hostile
// XML and YAML. Shared by test/hardening/fuzz.test.ts (a bounded, seeded run in `npm test`, against
// src/) and bench/fuzz.mjs (the long run of `npm run fuzz`, against dist/): the targets are passed
// in, so the same inputs exercise both.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

// ---------------------------------------------------------------------------------------------
// Seeds: the project's fixtures (never the shared corpus), read once.

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out.sort();
}

/**
 * The seed files under `root` (the project folder), by kind. `extra` adds generated ones, such as
 * an appendix made by `generate`.
 */
export function loadSeeds(root, extra = {}) {
  const files = walk(join(root, 'test/fixtures'));
  const read = (p) => new Uint8Array(readFileSync(p));
  const text = (p) => readFileSync(p, 'utf8');
  const isZip = (b) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b;
  const zips = files
    .filter((p) => /\.(docx|odt)$/.test(p))
    .map(read)
    .filter(isZip);
  const docx = zips.filter((b) => unzipNames(b).includes('[Content_Types].xml'));
  const odt = zips.filter((b) => unzipNames(b).includes('mimetype'));
  const yamls = files.filter((p) => /\.ya?ml$/.test(p)).map(text);
  const seeds = {
    docx: [...docx, ...(extra.docx ?? [])],
    odt,
    templates: [
      read(join(root, 'test/fixtures/batch/mall.docx')),
      read(join(root, 'test/fixtures/generate/template-word-split.docx')),
      ...(extra.templates ?? []),
    ],
    texts: files.filter((p) => /\.(md|txt)$/.test(p)).map(text),
    packs: yamls.filter((s) => /^\s*(#.*\n)*\s*(id|prefix|kind):/m.test(s) && /\brules:/.test(s)),
    configs: yamls.filter((s) => /^(packs|rules|overrides|ignore|level):/m.test(s) && !/\btenders:/.test(s)),
    manifests: yamls.filter((s) => /^tenders:/m.test(s)),
    csv: files.filter((p) => p.endsWith('.csv')).map(text),
    metas: yamls.filter((s) => /^tender:/m.test(s)),
  };
  return seeds;
}

function unzipNames(bytes) {
  try {
    const names = [];
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
    return names;
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Hostile XML.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE_NS = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

const names = fc.constantFrom(
  'w:p',
  'w:r',
  'w:t',
  'w:tbl',
  'w:tr',
  'w:tc',
  'w:body',
  'w:ins',
  'w:del',
  'w:delText',
  'w:sdt',
  'w:sdtContent',
  'w:hyperlink',
  'w:fldSimple',
  'w:instrText',
  'w:tab',
  'w:br',
  'w:footnoteReference',
  'w:pStyle',
  'w:pPr',
  'w:numPr',
  'mc:AlternateContent',
  'mc:Fallback',
  'w:txbxContent',
  'text:p',
  'text:h',
  'text:span',
  'text:list',
  'text:list-item',
  'text:s',
  'table:table-cell',
  'office:annotation',
  'x:y',
  'a',
  'ns0:p',
  'w:',
  ':t',
  'w:t:t',
);
const attrValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'Heading1',
    'Rubrik1',
    '1',
    '-1',
    '99999999999',
    'true',
    '&amp;',
    '&lt;x',
    '&#0;',
    '&#x110000;',
    '&bogus;',
    '"',
    "'",
  ),
  fc.nat({ max: 200_000 }).map((n) => 'x'.repeat(n)),
);
const attrs = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'w:val',
        'w:id',
        'text:style-name',
        'xmlns:w',
        'xmlns',
        'xmlns:x',
        'r:id',
        'w:type',
        'a',
        'w:val',
      ),
      attrValue,
    ),
    { maxLength: 4 },
  )
  .map((list) => list.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join(''));
const textNode = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Leverantören ska ha en jämställdhetsplan.',
    'The supplier shall pay equal pay.',
    '{{tender.title}}',
    '{{constructor}}',
    '{{__proto__.x}}',
    '{{tender.constructor}}',
    '{{fields.__proto__}}',
    '{{jamkrav.requirements}}',
    '&amp;',
    '&lt;',
    '&#65;',
    '&#x1F600;',
    '&#xD800;',
    '&#0;',
    '&#x110000;',
    '&#99999999999;',
    '&nope;',
    '&lol9;',
    '&constructor;',
    '&toString;',
    '&__proto__;',
    '<![CDATA[ ska <w:t> ]]>',
    '<!-- kommentar -->',
    '<?pi data?>',
    ']]>',
    '<',
    '&',
    '\u0000',
    '\uFFFE',
  ),
);

/** A random element tree as text (bounded size), sometimes badly formed on purpose. */
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textNode, tie('element')),
  element: fc
    .tuple(
      names,
      attrs,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.constantFrom('close', 'close', 'close', 'selfclose', 'unclosed', 'mismatch'),
    )
    .map(([name, a, kids, end]) => {
      if (end === 'selfclose') return `<${name}${a}/>`;
      const body = kids.join('');
      if (end === 'unclosed') return `<${name}${a}>${body}`;
      if (end === 'mismatch') return `<${name}${a}>${body}</w:other>`;
      return `<${name}${a}>${body}</${name}>`;
    }),
})).element;

const prologs = fc.constantFrom(
  '',
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
  '\uFEFF<?xml version="1.0"?>',
  '<?xml version="1.1"?>',
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
  '<!DOCTYPE w:document SYSTEM "file:///etc/passwd">',
  '<?xml version="1.0"?><!-- a comment first --><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',
  '<!doctype html>',
  '<!-- unterminated comment',
);

/** Random XML for a document part: a plausible root, random content, hostile prologs and nesting. */
export function xmlDocument(kind) {
  const root =
    kind === 'odt'
      ? (body) =>
          `<office:document-content xmlns:office="${OFFICE_NS}" xmlns:text="${TEXT_NS}"><office:body>` +
          `<office:text>${body}</office:text></office:body></office:document-content>`
      : (body, ns) =>
          `<w:document xmlns:w="${ns}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
          `<w:body>${body}</w:body></w:document>`;
  const deep = fc
    .tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('w:p', 'w:sdt', 'text:span', 'a'), fc.boolean())
    .map(([n, name, closed]) => `${`<${name}>`.repeat(n)}djup${closed ? `</${name}>`.repeat(n) : ''}`);
  const body = fc.oneof(
    { weight: 6, arbitrary: fc.array(tree, { maxLength: 6 }).map((a) => a.join('')) },
    { weight: 1, arbitrary: deep },
    {
      weight: 1,
      arbitrary: fc
        .nat({ max: 300_000 })
        .map((n) => `<w:p><w:r><w:t>${'ska '.repeat(n)}</w:t></w:r></w:p><text:p>${'ska '.repeat(n)}</text:p>`),
    },
  );
  return fc
    .tuple(prologs, body, fc.constantFrom(W, W, STRICT, 'urn:odd', ''), fc.boolean())
    .map(([prolog, b, ns, wrap]) => prolog + (wrap ? root(b, ns) : b));
}

// ---------------------------------------------------------------------------------------------
// Zip mutations.

/** [offset, compressed size, original size, name] of every central-directory entry (best effort). */
function centralEntries(bytes) {
  const out = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  let p = view.getUint32(eocd + 16, true);
  const count = view.getUint16(eocd + 10, true);
  for (let k = 0; k < count && p + 46 <= bytes.length; k++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    const nameLen = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    out.push({ cd: p, local: view.getUint32(p + 42, true) });
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

/** Rewrites the declared sizes of entry `k` (central directory and local header alike). */
function lieAboutSize(bytes, k, field, value) {
  const out = bytes.slice();
  const entries = centralEntries(out);
  if (entries.length === 0) return out;
  const e = entries[k % entries.length];
  const view = new DataView(out.buffer);
  const set = (at, v) => {
    if (at + 4 <= out.length) view.setUint32(at, v >>> 0, true);
  };
  if (field !== 'original') {
    set(e.cd + 20, value);
    set(e.local + 18, value);
  }
  if (field !== 'compressed') {
    set(e.cd + 24, value);
    set(e.local + 22, value);
  }
  return out;
}

/** Points central entry `k` at entry `j`'s local record and data, so one stream has two names. */
function overlapEntries(bytes, k, j) {
  const out = bytes.slice();
  const entries = centralEntries(out);
  if (entries.length < 2) return out;
  const a = entries[k % entries.length];
  const b = entries[(k + 1 + (j % (entries.length - 1))) % entries.length];
  const view = new DataView(out.buffer);
  if (a.cd + 46 > out.length) return out;
  view.setUint32(a.cd + 42, b.local, true);
  // Its sizes and method follow the stream it now points at, so only the overlap gives it away.
  for (const at of [10, 16, 20, 24]) {
    if (b.cd + at + 4 <= out.length) view.setUint32(a.cd + at, view.getUint32(b.cd + at, true), true);
  }
  return out;
}

/** Lowers the declared uncompressed size of entry `k` to a fraction of what it says now. */
function understateSize(bytes, k, divisor) {
  const entries = centralEntries(bytes);
  if (entries.length === 0) return bytes.slice();
  const e = entries[k % entries.length];
  if (e.cd + 28 > bytes.length) return bytes.slice();
  const declared = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(e.cd + 24, true);
  return lieAboutSize(bytes, k, 'original', Math.floor(declared / divisor));
}

/** Unzips everything (or null when the seed is not a readable zip). */
function entriesOf(bytes) {
  try {
    return Object.entries(unzipSync(bytes));
  } catch {
    return null;
  }
}

/** Zips a list of [name, bytes] that may hold one name twice (fflate's zipSync takes an object). */
function zipList(list, level) {
  const marked = list.map(([name], i) => [name, list.slice(0, i).some(([n]) => n === name)]);
  const obj = {};
  const renames = [];
  list.forEach(([name, data], i) => {
    if (marked[i][1] && name.length > 0) {
      // Same length, so offsets stay right once the marker byte is changed back.
      const alias = name.slice(0, -1) + (name.endsWith('\u0001') ? '\u0002' : '\u0001');
      obj[alias] = [data, { level }];
      renames.push([alias, name]);
    } else {
      obj[name] = [data, { level }];
    }
  });
  const out = zipSync(obj);
  for (const [alias, name] of renames) {
    const from = strToU8(alias);
    const to = strToU8(name);
    for (let i = 0; i + from.length <= out.length; i++) {
      let hit = true;
      for (let j = 0; j < from.length && hit; j++) hit = out[i + j] === from[j];
      if (hit) out.set(to, i);
    }
  }
  return out;
}

const zipOp = fc.oneof(
  fc.record({
    op: fc.constant('flip'),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
    count: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
  fc.record({
    op: fc.constant('sizeLie'),
    k: fc.nat(),
    field: fc.constantFrom('compressed', 'original', 'both'),
    value: fc.oneof(fc.constantFrom(0, 1, 0xffffffff, 0x7fffffff, 100 * 1024 * 1024 + 1), fc.nat({ max: 1 << 20 })),
  }),
  fc.record({ op: fc.constant('append'), bytes: fc.uint8Array({ maxLength: 64 }) }),
  // One compressed stream listed under two names (each would be inflated), as zip bombs do.
  fc.record({ op: fc.constant('overlap'), k: fc.nat(), j: fc.nat() }),
  // A part that declares less than it inflates to (1/2 … 1/1000 of it, or nothing).
  fc.record({ op: fc.constant('understate'), k: fc.nat(), divisor: fc.constantFrom(2, 10, 1000, Infinity) }),
);
const structuralOp = fc.oneof(
  fc.record({ op: fc.constant('delete'), k: fc.nat() }),
  fc.record({ op: fc.constant('duplicate'), k: fc.nat() }),
  fc.record({
    op: fc.constant('rename'),
    k: fc.nat(),
    name: fc.constantFrom(
      '',
      '/',
      '../x.xml',
      'word/document.xml',
      'content.xml',
      'mimetype',
      '[Content_Types].xml',
      'a'.repeat(300),
    ),
  }),
  fc.record({ op: fc.constant('stored'), k: fc.nat() }),
);

/**
 * A DOCX or ODT made from one of `seeds`: first structural changes (entries deleted, duplicated,
 * renamed, stored uncompressed, the main part replaced by random XML), then byte-level damage
 * (flips, truncation, lying size fields, trailing junk).
 */
export function mutatedZip(seeds, kind) {
  const mainPart = kind === 'odt' ? 'content.xml' : 'word/document.xml';
  return fc
    .record({
      seed: fc.nat({ max: seeds.length - 1 }),
      structural: fc.array(structuralOp, { maxLength: 2 }),
      xml: fc.option(xmlDocument(kind), { freq: 2 }),
      bytes: fc.array(zipOp, { maxLength: 3 }),
    })
    .map(({ seed, structural, xml, bytes }) => {
      let data = seeds[seed];
      if (structural.length > 0 || xml !== null) {
        const list = entriesOf(data);
        if (list) {
          const stored = new Set();
          for (const s of structural) {
            if (list.length === 0) break;
            const i = s.k % list.length;
            if (s.op === 'delete') list.splice(i, 1);
            else if (s.op === 'duplicate') list.push([list[i][0], list[i][1]]);
            else if (s.op === 'rename') list[i] = [s.name, list[i][1]];
            else stored.add(list[i][0]);
          }
          if (xml !== null) {
            const at = list.findIndex(([n]) => n === mainPart);
            const entry = [mainPart, strToU8(xml)];
            if (at >= 0) list[at] = entry;
            else list.push(entry);
          }
          data = zipList(list, stored.size > 0 ? 0 : 6);
        }
      }
      for (const b of bytes) {
        if (b.op === 'flip') {
          data = data.slice();
          for (let i = 0; i < b.count && data.length > 0; i++) data[(b.at + i * 7919) % data.length] = b.value;
        } else if (b.op === 'truncate') {
          data = data.subarray(0, data.length === 0 ? 0 : b.at % data.length);
        } else if (b.op === 'sizeLie') {
          data = lieAboutSize(data, b.k, b.field, b.value);
        } else if (b.op === 'overlap') {
          data = overlapEntries(data, b.k, b.j);
        } else if (b.op === 'understate') {
          data = understateSize(data, b.k, b.divisor);
        } else {
          const out = new Uint8Array(data.length + b.bytes.length);
          out.set(data);
          out.set(b.bytes, data.length);
          data = out;
        }
      }
      return data;
    });
}

// ---------------------------------------------------------------------------------------------
// Markdown and text.

const mdTokens = fc.constantFrom(
  '# ',
  '## ',
  '- ',
  '* ',
  '1. ',
  '> ',
  '| a | b |\n|---|---|\n',
  '```\n',
  '~~~',
  '\n',
  '\r\n',
  '\r',
  '\t',
  'Leverantören ska ',
  'lika lön ',
  'föräldraledighet',
  'The supplier shall ',
  '<!-- jamkrav-disable diskrl3.pay -- skäl -->',
  '<!-- jamkrav-disable ',
  ' -->',
  '<!--',
  '[länk](http://example.org)',
  '![bild](x.png)',
  '<b>',
  '</b>',
  '\\',
  '\u00AD',
  '\u200B',
  '\uFEFF',
  '\u0000',
  '\uD800',
  'å',
  'ä',
  'ö',
  '€',
  '😀',
  '    kod',
  '---\n',
  '===\n',
  '{{tender.title}}',
  '&#x110000;',
  '&#99999999;',
  '&#0;',
  '&amp;',
  '&constructor;',
  '&nbsp;',
  '**',
  '__',
  '`',
  '~~',
);

/** Markdown-ish text built from tokens, or a fixture with random edits. */
export function markdownText(seedTexts) {
  const tokens = fc.array(fc.oneof(mdTokens, fc.string({ maxLength: 12 })), { maxLength: 200 }).map((a) => a.join(''));
  const edited = fc
    .tuple(fc.constantFrom(...seedTexts), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), mdTokens), { maxLength: 6 }))
    .map(([s, edits]) =>
      edits.reduce((t, [at, del, ins]) => {
        const i = t.length === 0 ? 0 : at % t.length;
        return t.slice(0, i) + ins + t.slice(i + del);
      }, s),
    );
  const long = fc.nat({ max: 400_000 }).map((n) => `Leverantören ska ${'a'.repeat(n)}`);
  return fc.oneof({ weight: 4, arbitrary: tokens }, { weight: 4, arbitrary: edited }, { weight: 1, arbitrary: long });
}

/** Raw bytes for a text or Markdown file: random, encoded text, or text with a BOM and junk. */
export function textBytes(seedTexts) {
  const enc = new TextEncoder();
  return fc.oneof(
    fc.uint8Array({ maxLength: 4096 }),
    markdownText(seedTexts).map((s) => enc.encode(s)),
    fc
      .tuple(
        fc.constantFrom(
          [0xef, 0xbb, 0xbf],
          [0xff, 0xfe],
          [0xfe, 0xff],
          [],
          [0x25, 0x50, 0x44, 0x46],
          [0x7b, 0x5c, 0x72, 0x74, 0x66],
        ),
        markdownText(seedTexts),
        fc.uint8Array({ maxLength: 16 }),
      )
      .map(([bom, s, junk]) => {
        const body =
          bom[0] === 0xff
            ? Buffer.from(s, 'utf16le')
            : bom[0] === 0xfe
              ? Buffer.from(s, 'utf16le').swap16()
              : enc.encode(s);
        return new Uint8Array([...bom, ...body, ...junk]);
      }),
  );
}

// ---------------------------------------------------------------------------------------------
// YAML: packs, configs, manifests, metadata.

const yamlSnippets = fc.constantFrom(
  '__proto__:',
  '__proto__: { polluted: yes }',
  'constructor:',
  'constructor: { prototype: { polluted: yes } }',
  'prototype: x',
  '  __proto__:\n    polluted: yes',
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: *undefined',
  '<<: *a',
  '<<: { x: 1 }',
  '!!binary aGVq',
  '!!js/function "function(){}"',
  '!!python/object:os.system',
  '? [a, b]\n: c',
  '- - - -',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '|',
  '>',
  '---',
  '...',
  '%YAML 1.1',
  '%TAG ! tag:x,2000:',
  '\t',
  ':',
  '- ',
  '  - ',
  '    ',
  'null',
  '~',
  '.inf',
  '-.nan',
  '0x1F',
  '1e400',
  'yes',
  'on',
  '2026-13-45',
  '"\\u0000"',
  '&',
  '*',
  '!',
  '#',
  'id: x',
  'prefix: __proto__',
  'rules: []',
  'rules: {}',
  'level: leading',
  'packs: [__proto__]',
  'overrides: [{ files: ["**"], rules: { __proto__: off } }]',
  'fields: { __proto__: x, constructor: y }',
  'tenders: []',
  'tenders: [{ output: x.docx }]',
  'defaults: { __proto__: { polluted: yes } }',
);
const hugeScalar = fc.nat({ max: 300_000 }).map((n) => `x: "${'a'.repeat(n)}"`);
const line = fc.oneof(
  { weight: 8, arbitrary: yamlSnippets },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: hugeScalar },
);

const key = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'id',
    'prefix',
    'rules',
    'packs',
    'level',
    'overrides',
    'files',
    'suppress',
    'tender',
    'title',
    'fields',
    'meta',
    'output',
    'tenders',
    'defaults',
    'sv',
    'en',
    'levels',
    'base',
    'text',
    'evidence',
    'all',
    'kind',
    'ignore',
    'limits',
    'maxFileSize',
    'authority',
    'name',
    'date',
  ),
  fc.string({ maxLength: 8 }),
);
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      'base',
      'advanced',
      'error',
      'off',
      'x.y',
      'test.pay',
      'cemr-art12',
      '2026-02-03',
      '{{constructor}}',
      '../x.docx',
      '/abs.docx',
    ),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(key, tie('v'), { maxKeys: 5 }),
  ),
})).v;

/**
 * YAML text: a seed with lines deleted, duplicated and inserted (aliases, `__proto__`, tags, huge
 * scalars, broken syntax), or random data with hostile keys written out as YAML.
 */
export function yamlText(seedTexts, stringify) {
  const edited = fc
    .tuple(
      fc.constantFrom(...seedTexts),
      fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'insert', 'indent'), fc.nat(), line), { maxLength: 6 }),
    )
    .map(([s, edits]) => {
      const lines = s.split('\n');
      for (const [op, at, text] of edits) {
        const i = at % (lines.length + 1);
        if (op === 'delete') lines.splice(i, 1);
        else if (op === 'duplicate' && lines[i] !== undefined) lines.splice(i, 0, lines[i]);
        else if (op === 'indent' && lines[i] !== undefined) lines[i] = `  ${lines[i]}`;
        else lines.splice(i, 0, text);
      }
      return lines.join('\n');
    });
  const random = fc.dictionary(key, value, { maxKeys: 8 }).map((o) => {
    try {
      return stringify(o);
    } catch {
      return '';
    }
  });
  const bomb = fc.integer({ min: 2, max: 12 }).map((n) => {
    const rows = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < n; i++)
      rows.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    return rows.join('\n');
  });
  return fc.oneof(
    { weight: 6, arbitrary: edited },
    { weight: 3, arbitrary: random },
    { weight: 1, arbitrary: fc.array(line, { maxLength: 20 }).map((a) => a.join('\n')) },
    { weight: 1, arbitrary: bomb },
  );
}

/** A CSV plan: the seed with cells changed, or random rows with hostile headers. */
export function csvText(seedTexts) {
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '"',
      '""',
      '"a""b"',
      ';',
      ',',
      '\r\n',
      '\n',
      'x.docx',
      '../x.docx',
      'constructor',
      '__proto__',
      'toString',
      'base',
      'sv',
      '2026-02-30',
      'a'.repeat(10_000),
    ),
  );
  const header = fc.array(
    fc.constantFrom(
      'output',
      'title',
      'reference',
      'level',
      'lang',
      'packs',
      'constructor',
      '__proto__',
      'toString',
      'meta',
      'template',
      'x',
      '',
    ),
    { minLength: 1, maxLength: 6 },
  );
  const random = fc
    .tuple(header, fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }), fc.constantFrom(';', ','))
    .map(([h, rows, sep]) => [h.join(sep), ...rows.map((r) => r.join(sep))].join('\n'));
  const edited = fc
    .tuple(fc.constantFrom(...seedTexts), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 10 }), cell), { maxLength: 5 }))
    .map(([s, edits]) =>
      edits.reduce((t, [at, del, ins]) => {
        const i = t.length === 0 ? 0 : at % t.length;
        return t.slice(0, i) + ins + t.slice(i + del);
      }, s),
    );
  return fc.oneof(random, edited);
}

// ---------------------------------------------------------------------------------------------
// Outcomes.

/** A UserError message that shows a JavaScript value instead of words is a bug too. */
const GARBLED = /\[object |native code|\bNaN\b|\bundefined(?=[)"'.,]|$)/;

/**
 * Runs `fn` and classifies what happened: a value or a UserError (`ok`), or anything else
 * thrown (`crash`, with the error). `isUserError` comes from the code under test.
 */
export async function outcome(fn, isUserError) {
  const start = performance.now();
  try {
    await fn();
    return { ok: true, kind: 'value', ms: performance.now() - start };
  } catch (e) {
    if (isUserError(e) && !String(e.message).includes('\n') && !GARBLED.test(e.message))
      return { ok: true, kind: 'user-error', ms: performance.now() - start };
    return {
      ok: false,
      kind: 'crash',
      error: isUserError(e) ? new Error(`garbled UserError: ${e.message.slice(0, 300)}`) : e,
      ms: performance.now() - start,
    };
  }
}

export { fc, strFromU8 };

// ---------------------------------------------------------------------------------------------
// Targets: one per input kind, each a library call that must end in a value or a UserError.

/**
 * The fuzz targets over `api` (the library under test: src/ in vitest, dist/ in `npm run fuzz`).
 * `dir` is a scratch folder for the inputs that are read from files (packs, configs, manifests).
 * Each target: `arb` makes inputs, `run` feeds one to the library, `file` names it for saving.
 */
export function makeTargets(api, seeds, dir) {
  const { writeFileSync, mkdirSync } = api.fs;
  let n = 0;
  const scratch = (name, data) => {
    const sub = join(dir, `i${n++ % 64}`);
    mkdirSync(sub, { recursive: true });
    const p = join(sub, name);
    writeFileSync(p, data);
    return { dir: sub, path: p };
  };
  const enc = new TextEncoder();
  const docName = fc.constantFrom(
    'a.md',
    'a.txt',
    'a.markdown',
    'README',
    'a.docx',
    'a.pdf',
    'a.constructor',
    'a.__proto__',
    'a.toString',
    'a.hasOwnProperty',
    'a.odt',
  );
  const lang = fc.constantFrom('sv', 'en');
  return [
    {
      name: 'docx',
      arb: mutatedZip(seeds.docx, 'docx'),
      run: async (bytes) => plainText(await api.readDocumentBytes('fuzz.docx', bytes, { lang: 'en' })),
      file: (bytes) => ({ name: 'input.docx', bytes }),
    },
    {
      name: 'odt',
      arb: mutatedZip(seeds.odt, 'odt'),
      run: async (bytes) => plainText(await api.readDocumentBytes('fuzz.odt', bytes, { lang: 'sv' })),
      file: (bytes) => ({ name: 'input.odt', bytes }),
    },
    {
      name: 'markdown-text',
      arb: fc.tuple(docName, textBytes(seeds.texts)),
      run: async ([name, bytes]) => plainText(await api.readDocumentBytes(name, bytes, { lang: 'en' })),
      file: ([name, bytes]) => ({ name: `input-${name}`, bytes }),
    },
    {
      name: 'pack',
      arb: fc.tuple(yamlText(seeds.packs, api.stringify), lang),
      run: async ([text, l]) => {
        const { path } = scratch('pack.yaml', text);
        await api.loadPackFile(path, { lang: l });
        await api.validatePacks([path], l);
        // As lint and generate load it: the first problem becomes a UserError.
        await api.loadCatalogue({ packs: [path], lang: l });
      },
      file: ([text]) => ({ name: 'pack.yaml', bytes: enc.encode(text) }),
    },
    {
      name: 'config',
      arb: fc.tuple(yamlText(seeds.configs, api.stringify), lang),
      run: async ([text, l]) => {
        const at = scratch('jamkrav.config.yaml', text);
        writeFileSync(join(at.dir, 'a.md'), 'Leverantören ska betala lika lön.\n');
        await api.loadConfig({ cwd: at.dir, file: at.path, lang: l });
        await api.lintFiles({
          cwd: at.dir,
          paths: ['a.md'],
          config: at.path,
          catalogue: api.catalogue,
          workers: 0,
          lang: l,
        });
      },
      file: ([text]) => ({ name: 'jamkrav.config.yaml', bytes: enc.encode(text) }),
    },
    {
      name: 'manifest',
      arb: fc.tuple(
        fc.oneof(
          yamlText(seeds.manifests, api.stringify).map((t) => ['m.yaml', t]),
          csvText(seeds.csv).map((t) => ['m.csv', t]),
        ),
        lang,
      ),
      run: async ([[name, text], l]) => {
        const at = scratch(name, text);
        await api.loadManifest(name, l, at.dir);
      },
      file: ([[name, text]]) => ({ name, bytes: enc.encode(text) }),
    },
    {
      name: 'meta',
      arb: fc.tuple(yamlText(seeds.metas, api.stringify), lang),
      run: async ([text, l]) => {
        const meta = await api.parseMeta('tender.yaml', text, l);
        await api.generate({ catalogue: api.catalogue, meta, lang: l, format: 'md' });
      },
      file: ([text]) => ({ name: 'tender.yaml', bytes: enc.encode(text) }),
    },
    {
      name: 'template',
      arb: fc.tuple(mutatedZip(seeds.templates, 'docx'), lang),
      run: async ([bytes, l]) => {
        const meta = { tender: { title: 'Hemtjänst', reference: 'KS 1' }, fields: { avdelning: 'Vård' } };
        const r = await api.generate({
          catalogue: api.catalogue,
          template: bytes,
          templatePath: 'mall.docx',
          meta,
          lang: l,
          format: 'docx',
          date: '2026-01-01',
        });
        // A filled template is always a zip whose main part exists.
        if (!unzipNames(r.data).includes('word/document.xml'))
          throw new Error('generated DOCX has no word/document.xml');
      },
      file: ([bytes]) => ({ name: 'template.docx', bytes }),
    },
  ];
}

/** A document read must hold words from the file, never a JavaScript value turned into text. */
function plainText(doc) {
  for (const b of doc.blocks) {
    if (/native code\]|\[object Object\]/.test(b.text))
      throw new Error(`block ${b.loc.block} holds a JavaScript value: ${b.text.slice(0, 80)}`);
  }
  return doc;
}

/** Keys on Object.prototype now; compared before and after each input to catch pollution. */
export function prototypeKeys() {
  return Object.getOwnPropertyNames(Object.prototype).sort().join(',');
}
