// Reading a DOCX must not load pdfjs-dist (PDF only) or docx (writing only): checked in a child
// process whose module resolution refuses both, so a stray import fails loudly.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileEntry } from '../compile-entry.js';
import { fixture } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let out: string;
let hooks: string;

beforeAll(() => {
  // Compile only the readers' import graph, so other modules' state does not matter here.
  out = compileEntry('documents/index', 'documents-');
  hooks = join(out, 'forbid.mjs');
  writeFileSync(
    hooks,
    `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
export async function resolve(specifier, context, next) {
  if (/^(pdfjs-dist|docx)(\\\\/|$)/.test(specifier)) throw new Error('forbidden import: ' + specifier);
  return next(specifier, context);
}\`));
`,
  );
}, 60_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

function readIn(child: string): { status: number | null; stdout: string; stderr: string } {
  const index = pathToFileURL(join(out, 'dist', 'documents', 'index.js')).href;
  const script = `const { readDocument } = await import(${JSON.stringify(index)});
const doc = await readDocument(${JSON.stringify(child)});
console.log(doc.format, doc.blocks.length);`;
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hooks).href, '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lazy imports', () => {
  it('reads a DOCX without resolving pdfjs-dist or docx', () => {
    const r = readIn(fixture('docx-split-runs.docx'));
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('docx 13');
  });

  it('the guard works: reading a PDF under it fails on the pdfjs-dist import', () => {
    const r = readIn(fixture('pdf-hyphenated.pdf'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('forbidden import: pdfjs-dist');
  });

  it('node itself starts with the hooks (sanity)', () => {
    expect(
      execFileSync(process.execPath, ['--import', pathToFileURL(hooks).href, '-e', 'console.log(1)'], {
        encoding: 'utf8',
      }).trim(),
    ).toBe('1');
  });
});
