// Format detection by content, and the limits API.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, sniffFormat } from '../../src/documents/index.js';
import { resolveLimits } from '../../src/limits/read.js';
import { parseSuppression } from '../../src/documents/blocks.js';
import { fixture } from './helpers.js';

const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fixture(name)));

describe('sniffFormat', () => {
  it('tells formats apart by their bytes, whatever the name', () => {
    expect(sniffFormat(bytes('docx-split-runs.docx'), 'anbud.pdf')).toBe('docx');
    expect(sniffFormat(bytes('odt-lists-tables.odt'), 'anbud')).toBe('odt');
    expect(sniffFormat(bytes('pdf-hyphenated.pdf'), 'anbud.txt')).toBe('pdf');
  });

  it('names OLE containers: legacy .doc, or anything else (encrypted OOXML)', () => {
    const ole = (name: string): Uint8Array =>
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from(name, 'utf16le')]);
    expect(sniffFormat(ole('WordDocument'), 'a.doc')).toBe('doc');
    expect(sniffFormat(ole('EncryptedPackage'), 'a.docx')).toBe('ole');
  });

  it('uses the extension only for text: Markdown or plain text; junk is unknown', () => {
    const text = new TextEncoder().encode('# Rubrik');
    expect(sniffFormat(text, 'a.md')).toBe('markdown');
    expect(sniffFormat(text, 'a.markdown')).toBe('markdown');
    expect(sniffFormat(text, 'a.txt')).toBe('text');
    expect(sniffFormat(text, 'a.docx')).toBe('unknown');
    expect(sniffFormat(new Uint8Array([0, 1, 2, 3, 0, 0]), 'a.txt')).toBe('unknown');
    expect(sniffFormat(new Uint8Array(), 'a.txt')).toBe('unknown');
  });

  it('guesses from the name for a damaged zip, so the reader can explain', () => {
    const cut = bytes('odt-lists-tables.odt').subarray(0, 200);
    expect(sniffFormat(cut, 'a.odt')).toBe('odt');
    expect(sniffFormat(cut, 'a.docx')).toBe('docx');
  });
});

describe('limits', () => {
  it('has generous defaults and takes partial overrides', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxFileBytes: 50 * 1024 * 1024,
      maxPartBytes: 100 * 1024 * 1024,
      maxTotalBytes: 256 * 1024 * 1024,
      maxRatio: 200,
      maxEntries: 2000,
      maxXmlDepth: 256,
      maxBlockChars: 1_000_000,
      maxPdfMemory: 512 * 1024 * 1024,
      maxPdfSeconds: 60,
    });
    expect(resolveLimits({ maxRatio: 50 })).toEqual({ ...DEFAULT_LIMITS, maxRatio: 50 });
    expect(resolveLimits({ maxRatio: -1, maxEntries: Number.NaN })).toEqual(DEFAULT_LIMITS);
  });
});

describe('suppression syntax', () => {
  it('reads rule ids and a reason after --, an en dash or an em dash', () => {
    expect(parseSuppression('jamkrav-disable diskrl3.pay -- i avtalet')).toEqual([
      { ruleId: 'diskrl3.pay', reason: 'i avtalet' },
    ]);
    expect(parseSuppression('jamkrav-disable a.b, c.d – skäl')).toEqual([
      { ruleId: 'a.b', reason: 'skäl' },
      { ruleId: 'c.d', reason: 'skäl' },
    ]);
    expect(parseSuppression('jamkrav-disable a-b.c')).toEqual([{ ruleId: 'a-b.c', reason: '' }]);
    expect(parseSuppression('Vanlig kommentar')).toEqual([]);
    expect(parseSuppression('jamkrav-disabled x')).toEqual([]);
  });
});
