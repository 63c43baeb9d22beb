// `jamkrav generate` end to end: the real binary in a child process. Bad input is one line on
// stderr naming the file, exit code 2, and nothing written.
import { jamkrav } from '../cli/run.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDocx } from '../../src/generate/package.js';
import { docxText, fixture, squash } from './helpers.js';
import { regex } from '../regex.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pack = join(root, 'test/fixtures/generate/test-pack.yaml');

beforeAll(() => {
  // npm run test:e2e builds first; building here again would rewrite dist/ under other tests.
  expect(existsSync(join(root, 'dist/cli/main.js'))).toBe(true);
});

/** The built CLI in English (LANG=C) with no fixed build date. */
const run = (args: string[], cwd: string) => jamkrav(args, { cwd, env: { LANG: 'C', SOURCE_DATE_EPOCH: '' } });

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'jamkrav-cli-'));
}

describe('jamkrav generate', () => {
  it("runs the README's first command on built-in defaults", () => {
    const dir = workdir();
    const r = run(['generate', '-o', 'bilaga.docx'], dir);
    expect(r.stderr).toMatch(/^jamkrav: skrev bilaga\.docx \(\d+ regler\)$/m);
    expect(r.code).toBe(0);
    const data = fixtureFrom(join(dir, 'bilaga.docx'));
    openDocx(data, 'bilaga.docx', 'sv');
    expect(squash(docxText(data))).toMatch(/Särskilda kontraktsvillkor .*\[diskrl3\.[a-z-]+\]/);
  });

  it('fills metadata and a user template, and prints warnings on stderr', () => {
    const dir = workdir();
    writeFileSync(
      join(dir, 'tender.yaml'),
      'tender:\n  title: Skolskjutsar\n  reference: BUN 2026/7\n  date: 2026-05-04\n',
    );
    writeFileSync(join(dir, 'mall.docx'), fixture('template-word-split.docx'));
    const r = run(
      [
        'generate',
        '--pack',
        pack,
        '--meta',
        'tender.yaml',
        '--template',
        'mall.docx',
        '--lang',
        'en',
        '-o',
        'out.docx',
      ],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('jamkrav: warning: unknown placeholders left as they are: {{tender.budget}}');
    expect(r.stderr).toContain('jamkrav: warning: metadata missing for authority.name;');
    expect(squash(docxText(fixtureFrom(join(dir, 'out.docx'))))).toContain('Skolskjutsar');
  });

  it('writes Markdown or JSON to stdout when no -o is given', () => {
    const r = run(['generate', '--pack', pack, '--format', 'json', '--date', '2026-01-31'], workdir());
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).eforms['BT-775']).toBe('gen-eq');
  });
});

/** Reads a generated file's bytes. */
function fixtureFrom(path: string): Uint8Array {
  return new Uint8Array(execFileSync('cat', [path]));
}

describe('-o - is standard output for a text format', () => {
  it('writes Markdown to stdout and no file named -', () => {
    const dir = workdir();
    const r = run(['generate', '--lang', 'en', '--pack', pack, '--format', 'md', '-o', '-'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('bad input: one line on stderr, exit 2, nothing written', () => {
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  const cases: Array<{ name: string; setup: (dir: string) => void; args: string[]; message: RegExp }> = [
    {
      name: 'missing template',
      setup: () => {},
      args: ['--template', 'mall.docx'],
      message: /^jamkrav: mall\.docx: file not found$/,
    },
    {
      name: 'unreadable template (a directory)',
      setup: (d) => mkdirSync(join(d, 'mall.docx')),
      args: ['--template', 'mall.docx'],
      message: /^jamkrav: mall\.docx: is a directory, not a file$/,
    },
    {
      name: 'legacy .doc',
      setup: (d) => writeFileSync(join(d, 'mall.doc'), ole),
      args: ['--template', 'mall.doc'],
      message: /^jamkrav: mall\.doc: is a legacy Word document \(\.doc\) or a password-protected document/,
    },
    {
      name: 'encrypted DOCX',
      setup: (d) => writeFileSync(join(d, 'krypterad.docx'), ole),
      args: ['--template', 'krypterad.docx'],
      message: /^jamkrav: krypterad\.docx: .*password-protected/,
    },
    {
      name: 'corrupt zip',
      setup: (d) =>
        writeFileSync(join(d, 'trasig.docx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(60, 7)])),
      args: ['--template', 'trasig.docx'],
      message: /^jamkrav: trasig\.docx: is a corrupt zip file/,
    },
    {
      name: 'not a zip at all',
      setup: (d) => writeFileSync(join(d, 'text.docx'), 'hello'),
      args: ['--template', 'text.docx'],
      message: /^jamkrav: text\.docx: is not a DOCX document/,
    },
    {
      name: 'empty template',
      setup: (d) => writeFileSync(join(d, 'mall.docx'), ''),
      args: ['--template', 'mall.docx'],
      message: /^jamkrav: mall\.docx: the file is empty$/,
    },
    {
      name: 'invalid metadata',
      setup: (d) => writeFileSync(join(d, 'tender.yaml'), 'tender:\n  type: boats\n'),
      args: ['--meta', 'tender.yaml'],
      message: /^jamkrav: tender\.yaml:2:\d+: /,
    },
    {
      name: 'missing metadata file',
      setup: () => {},
      args: ['--meta', 'tender.yaml'],
      message: /^jamkrav: tender\.yaml: file not found$/,
    },
    {
      name: 'output directory missing',
      setup: () => {},
      args: ['-o', 'saknas/bilaga.docx'],
      message: /^jamkrav: saknas\/bilaga\.docx: directory .*saknas does not exist$/,
    },
    {
      name: 'output directory not writable',
      setup: () => {},
      args: ['-o', '/sys/bilaga.docx'],
      message: /^jamkrav: \/sys\/bilaga\.docx: cannot write in \/sys/,
    },
    {
      name: 'output exists',
      setup: (d) => writeFileSync(join(d, 'bilaga.docx'), 'old'),
      args: ['-o', 'bilaga.docx'],
      message: /^jamkrav: bilaga\.docx: the file already exists; use --force to overwrite it$/,
    },
    {
      name: 'an extension that tells no format',
      setup: () => {},
      args: ['-o', 'bilaga.txt'],
      message: regex(
        /^jamkrav: bilaga\.txt: cannot tell the format from the extension \.txt: /,
        /use \.docx, \.md or \.json, or give --format$/,
      ),
    },
    {
      name: 'an extension that contradicts --format',
      setup: () => {},
      args: ['--format', 'md', '-o', 'bilaga.docx'],
      message: /^jamkrav: bilaga\.docx: the extension \.docx contradicts --format md$/,
    },
    {
      name: 'DOCX to standard output',
      setup: () => {},
      args: ['--format', 'docx', '-o', '-'],
      message: /^jamkrav: -o: DOCX cannot be written to standard output/,
    },
    {
      name: 'an annex that is neither DOCX nor Markdown',
      setup: () => {},
      args: ['--annex', 'annex.txt'],
      message: /^jamkrav: annex\.txt: the annex for the authority is written as \.docx or \.md, not \.txt$/,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const dir = workdir();
      c.setup(dir);
      const before = readdirSync(dir).sort();
      const args = ['generate', '--lang', 'en', '--pack', pack, ...c.args];
      if (!args.includes('-o')) args.push('-o', 'bilaga.docx');
      const r = run(args, dir);
      expect(r.code).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(c.message);
      expect(readdirSync(dir).sort()).toEqual(before);
    });
  }

  it('a template without {{jamkrav.requirements}}', () => {
    const dir = workdir();
    const minimal = execFileSync(process.execPath, [
      '-e',
      `
      const { zipSync, strToU8 } = require(${JSON.stringify(join(root, 'node_modules/fflate'))});
      const rels = '<?xml version="1.0"?><Relationships ' +
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
        'Target="word/document.xml"/></Relationships>';
      const doc = '<?xml version="1.0"?><w:document ' +
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>' +
        '<w:t>{{tender.title}}</w:t></w:r></w:p></w:body></w:document>';
      process.stdout.write(zipSync({ '_rels/.rels': strToU8(rels), 'word/document.xml': strToU8(doc) }));
    `,
    ]);
    writeFileSync(join(dir, 'mall.docx'), minimal);
    const r = run(['generate', '--lang', 'en', '--pack', pack, '--template', 'mall.docx', '-o', 'bilaga.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'jamkrav: mall.docx: the template has no {{jamkrav.requirements}} placeholder; type it alone in a paragraph ' +
        'where the requirements belong\n',
    );
    expect(readdirSync(dir)).toEqual(['mall.docx']);
  });
});
