// The same inputs give the same bytes, so appendices can live in git; dates never come from the clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unzipSync } from 'fflate';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../src/generate/index.js';
import { catalogue, meta } from '../fixtures/generate/catalogue.js';
import { fixture, parts } from './helpers.js';
// @ts-expect-error: a plain ES module script without types
import { buildTemplates } from '../../templates/build.mjs';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

/** The date and time fields of every zip entry (local header), as written. */
function zipTimes(bytes: Uint8Array): string[] {
  const out: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 30 < bytes.length; ) {
    if (view.getUint32(i, true) !== 0x04034b50) break;
    out.push(`${view.getUint16(i + 12, true)}/${view.getUint16(i + 10, true)}`);
    i += 30 + view.getUint16(i + 26, true) + view.getUint16(i + 28, true) + view.getUint32(i + 18, true);
  }
  return out;
}

describe('determinism', () => {
  it('gives byte-identical DOCX, Markdown and JSON for the same inputs, whatever the clock says', async () => {
    for (const format of ['docx', 'md', 'json'] as const) {
      vi.useFakeTimers({ now: new Date('2031-07-01T12:34:56Z') });
      const a = await generate({ catalogue, meta, format, level: 'advanced' });
      vi.setSystemTime(new Date('2040-01-02T03:04:05Z'));
      const b = await generate({ catalogue, meta, format, level: 'advanced' });
      vi.useRealTimers();
      expect(Buffer.from(a.data).equals(Buffer.from(b.data)), format).toBe(true);
    }
  });

  it('gives byte-identical answer forms and annexes too, dated by the document date', async () => {
    vi.useFakeTimers({ now: new Date('2031-07-01T12:34:56Z') });
    const a = await generate({ catalogue, meta, answerForm: true, annex: 'docx' });
    vi.setSystemTime(new Date('2040-01-02T03:04:05Z'));
    const b = await generate({ catalogue, meta, answerForm: true, annex: 'docx' });
    vi.useRealTimers();
    expect(Buffer.from(a.answerForm!).equals(Buffer.from(b.answerForm!))).toBe(true);
    expect(Buffer.from(a.annex!).equals(Buffer.from(b.annex!))).toBe(true);
    for (const doc of [a.answerForm!, a.annex!]) {
      expect(parts(doc)['docProps/core.xml']).toMatch(/<dcterms:modified [^>]*>2026-03-15T00:00:00Z</);
      const dosDate = ((2026 - 1980) << 9) | (3 << 5) | 15;
      expect(new Set(zipTimes(doc))).toEqual(new Set([`${dosDate}/0`]));
    }
  });

  it('is reproducible with a user template too', async () => {
    const template = fixture('template-word-split.docx');
    const a = await generate({ catalogue, meta, template });
    const b = await generate({ catalogue, meta, template });
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });

  it('dates the document properties and zip entries by the document date', async () => {
    const r = await generate({ catalogue, meta });
    const core = parts(r.data)['docProps/core.xml']!;
    expect(core).toMatch(/<dcterms:created [^>]*>2026-03-15T00:00:00Z</);
    expect(core).toMatch(/<dcterms:modified [^>]*>2026-03-15T00:00:00Z</);
    const dosDate = ((2026 - 1980) << 9) | (3 << 5) | 15;
    expect(new Set(zipTimes(r.data))).toEqual(new Set([`${dosDate}/0`]));
  });

  it('lets --date win over the metadata, and takes SOURCE_DATE_EPOCH when neither is given', async () => {
    const flagged = await generate({ catalogue, meta, date: '2026-04-01', format: 'json' });
    expect(JSON.parse(Buffer.from(flagged.data).toString()).date).toBe('2026-04-01');
    vi.stubEnv('SOURCE_DATE_EPOCH', '1767225600'); // 2026-01-01T00:00:00Z
    const r = await generate({ catalogue, meta: { tender: { title: 'x' } } });
    expect(parts(r.data)['docProps/core.xml']).toContain('>2026-01-01T00:00:00Z<');
    expect(r.warnings.join('\n')).not.toContain('tender.date');
  });

  it('never takes the date from the clock: without one the date is a field to fill', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    const r = await generate({ catalogue, meta: { tender: { title: 'x' } }, format: 'md' });
    expect(Buffer.from(r.data).toString()).toContain('- Datum: [Datum]');
  });

  it('rejects a --date that is not a calendar date', async () => {
    await expect(generate({ catalogue, date: '2026-02-30' })).rejects.toThrow('"2026-02-30" är inget datum');
  });
});

describe('the built-in templates', () => {
  it('rebuild to the very bytes committed in templates/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-templates-'));
    const written: string[] = await buildTemplates(dir);
    expect(written).toHaveLength(2);
    for (const path of written) {
      const name = path.slice(dir.length + 1);
      const committed = readFileSync(new URL(`../../templates/${name}`, import.meta.url));
      expect(readFileSync(path).equals(committed), name).toBe(true);
    }
  });

  it('hold the styles, A4 page, header, footer page numbers and placeholders the issue asks for', () => {
    for (const name of ['bilaga-sv.docx', 'appendix-en.docx']) {
      const p = parts(new Uint8Array(readFileSync(new URL(`../../templates/${name}`, import.meta.url))));
      for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'JamkravRequirement', 'JamkravTable']) {
        expect(p['word/styles.xml'], `${name} ${id}`).toContain(`w:styleId="${id}"`);
      }
      expect(p['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"');
      for (const block of ['introduction', 'requirements', 'evaluation', 'followup']) {
        expect(p['word/document.xml']).toContain(`{{jamkrav.${block}}}`);
      }
      // The authority's checklist goes into the annex, never into the supplier's appendix.
      expect(p['word/document.xml']).not.toContain('{{jamkrav.checklist}}');
      expect(p['word/header1.xml']).toContain('{{tender.reference}}');
      expect(p['word/footer1.xml']).toContain('PAGE');
      expect(
        Object.keys(unzipSync(new Uint8Array(readFileSync(new URL(`../../templates/${name}`, import.meta.url)))))[0],
      ).toBe('[Content_Types].xml');
    }
  });
});
