// Which documents a run picks up from paths, folders and globs, and what it reports instead.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/lint/discover.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'jamkrav-discover-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

async function found(root: string, paths: string[] = [], ignore?: string[], followSymlinks = false) {
  const { entries, notices } = await discover(paths, {
    cwd: root,
    lang: 'sv',
    followSymlinks,
    ...(ignore ? { ignore: [{ patterns: ignore, base: root }] } : {}),
  });
  return {
    notices,
    files: entries.flatMap((e) => ('target' in e ? [e.target.path] : [])),
    problems: entries.flatMap((e) => ('problem' in e ? [`${e.problem.path}: ${e.problem.message}`] : [])),
  };
}

describe('discover', () => {
  it('walks the working directory for documents, skipping node_modules and .git', async () => {
    const root = tree({
      'a.md': '',
      'b.markdown': '',
      'c.txt': '',
      'd.docx': '',
      'e.odt': '',
      'f.pdf': '',
      'bild.png': '',
      'node_modules/x/readme.md': '',
      '.git/description.txt': '',
      'sub/g.MD': '',
    });
    expect((await found(root)).files).toEqual(['a.md', 'b.markdown', 'c.txt', 'd.docx', 'e.odt', 'f.pdf', 'sub/g.MD']);
  });

  it('leaves out what .gitignore and the config ignore', async () => {
    const root = tree({
      '.gitignore': 'utkast/\n*.txt\n',
      'utkast/a.md': '',
      'b.txt': '',
      'c.md': '',
      'arkiv/2019/d.md': '',
      'sub/.gitignore': 'gammal.md\n',
      'sub/gammal.md': '',
      'sub/ny.md': '',
    });
    expect((await found(root, [], ['arkiv'])).files).toEqual(['c.md', 'sub/ny.md']);
  });

  it('applies the .gitignore of the repository when linting a sub-folder', async () => {
    const root = tree({
      '.git/HEAD': '',
      '.gitignore': 'anbud/utkast.md\n',
      'anbud/utkast.md': '',
      'anbud/klar.md': '',
    });
    expect((await found(join(root, 'anbud'))).files).toEqual(['klar.md']);
  });

  it('walks a folder named on the command line even when .gitignore or the config ignores it', async () => {
    const root = tree({ '.git/HEAD': '', '.gitignore': 'arkiv/\n', 'arkiv/2019/a.md': '', 'arkiv/2019/b.md': '' });
    expect((await found(root, ['arkiv/2019'])).files).toEqual(['arkiv/2019/a.md', 'arkiv/2019/b.md']);
    expect((await found(root, ['arkiv'], ['arkiv'])).files).toEqual(['arkiv/2019/a.md', 'arkiv/2019/b.md']);
    expect((await found(root)).files).toEqual([]);
  });

  it('reads a file named explicitly whatever its extension, and expands globs', async () => {
    const root = tree({ 'anbud/a.md': '', 'anbud/b.txt': '', 'anbud/c.rtf': '', 'notes.dat': '' });
    expect((await found(root, ['notes.dat'])).files).toEqual(['notes.dat']);
    expect((await found(root, ['anbud/*.md'])).files).toEqual(['anbud/a.md']);
    expect((await found(root, ['**/*'])).files).toEqual(['anbud/a.md', 'anbud/b.txt']);
    expect((await found(root, ['anbud/*.rtf'])).files).toEqual(['anbud/c.rtf']);
  });

  it('names paths that do not exist and globs that match nothing, and goes on', async () => {
    const root = tree({ 'a.md': '' });
    const r = await found(root, ['saknas.docx', '*.pdf', 'a.md']);
    expect(r.files).toEqual(['a.md']);
    expect(r.problems).toEqual(['saknas.docx: finns inte', '*.pdf: mönstret matchar inga dokument']);
  });

  it('reports a symbolic link loop once, and still finds the rest', async () => {
    const root = tree({ 'anbud/a.md': '' });
    symlinkSync(join(root, 'anbud'), join(root, 'anbud', 'loop'));
    symlinkSync(join(root, 'self'), join(root, 'self'));
    const r = await found(root);
    expect(r.files).toEqual(['anbud/a.md']);
    expect(r.problems).toEqual(['anbud/loop: symbolisk länk i en slinga', 'self: symbolisk länk i en slinga']);
  });

  it('with followSymlinks, follows a link to a folder outside, once, and reports a dangling link', async () => {
    const outside = tree({ 'x.md': '' });
    const root = tree({ 'a.md': '' });
    symlinkSync(outside, join(root, 'delad'));
    symlinkSync(outside, join(root, 'delad2'));
    symlinkSync(join(root, 'borta.md'), join(root, 'trasig.md'));
    const r = await found(root, [], undefined, true);
    expect(r.files).toEqual(['a.md', 'delad/x.md']);
    expect(r.problems).toEqual(['trasig.md: symbolisk länk till något som inte finns']);
    expect(r.notices).toEqual([]);
  });

  it('without it, a link out of the folder is not followed, and says so', async () => {
    const outside = tree({ 'x.md': '' });
    const root = tree({ 'a.md': '' });
    symlinkSync(outside, join(root, 'delad'));
    const r = await found(root);
    expect(r.files).toEqual(['a.md']);
    expect(r.notices).toEqual([
      'delad: symbolisk länk ut ur mapparna som granskas; följs inte (använd --follow-symlinks för att följa den)',
    ]);
  });

  it('says a folder named like a document is a folder', async () => {
    const root = tree({ 'avtal.docx/word/document.xml': '' });
    expect((await found(root, ['avtal.docx'])).problems).toEqual(['avtal.docx: är en mapp, inte ett dokument']);
  });

  it('finds nothing in an empty folder (lintFiles turns that into an error)', async () => {
    const root = tree({ 'bild.png': '' });
    expect(await found(root)).toEqual({ files: [], problems: [], notices: [] });
  });
});
