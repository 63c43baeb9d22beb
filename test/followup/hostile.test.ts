// Reports are hostile input: a zip bomb, a DOCTYPE, a file that is no document, each ends in one
// line naming the file, through the same limits the readers keep.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { ContractIds, readReport } from '../../src/followup/reports.js';
import { smallSet } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = join(await smallSet(), 'in');
  mkdirSync(dir);
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const rels =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" ' +
  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
  'Target="word/document.xml"/></Relationships>';
const props =
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="jamkrav.report"><vt:lpwstr>1</vt:lpwstr>' +
  '</property></Properties>';

async function problem(name: string, data: Uint8Array | string): Promise<string> {
  writeFileSync(join(dir, name), data);
  try {
    await readReport(join(dir, name), dir, 'in', new ContractIds(['AV-1']), [], 'sv');
  } catch (e) {
    if (isUserError(e)) return e.toLine();
    throw e;
  }
  return 'read';
}

describe('a hostile report', () => {
  it('that inflates far beyond its size is refused before it is inflated', async () => {
    const bomb = zipSync(
      {
        '_rels/.rels': strToU8(rels),
        'docProps/custom.xml': strToU8(props),
        'word/document.xml': new Uint8Array(120 * 1024 * 1024).fill(0x20),
      },
      { level: 9 },
    );
    expect(await problem('AV-1_2024.docx', bomb)).toMatch(/^in\/AV-1_2024\.docx: .*/);
  });

  it('with a DOCTYPE in a form part is refused', async () => {
    const doctype = zipSync({
      '_rels/.rels': strToU8(rels),
      'docProps/custom.xml': strToU8(props),
      'word/document.xml': strToU8(`<!DOCTYPE x [<!ENTITY a "b">]><w:document xmlns:w="${W}"/>`),
    });
    expect(await problem('AV-1_2025.docx', doctype)).toBe(
      'in/AV-1_2025.docx: delen word/document.xml innehåller en DOCTYPE-deklaration, vilket inte är tillåtet i DOCX',
    );
  });

  it('that is no document at all is named in one line', async () => {
    expect(await problem('AV-1_2026.pdf', 'inte en pdf')).toMatch(/^in\/AV-1_2026\.pdf: /);
    expect(await problem('AV-1.csv', '"oavslutat;citat\n')).toMatch(/^in\/AV-1\.csv:1: CSV-filen går inte att läsa/);
  });
});
