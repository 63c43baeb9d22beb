// `--shard i/n`: parsing, and a split that is stable, disjoint and complete.
import { describe, expect, it } from 'vitest';
import { fnv1a, parseShard, selectShard, shardKey, shardOf } from '../../src/shard.js';

const files = Array.from({ length: 200 }, (_, i) => `anbud/${i % 7}/förfrågan-${i}.docx`);

describe('parseShard', () => {
  it('reads i/n, 1-based like a CI matrix', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each([
    ['2', /skriv --shard som i\/n/],
    ['0/4', /delen i måste vara ett heltal från 1 till 4/],
    ['5/4', /delen i måste vara ett heltal från 1 till 4/],
    ['1/0', /antalet delar n måste vara ett heltal från 1 till 1000/],
    ['a/b', /skriv --shard som i\/n/],
  ])('refuses %s with a clear message', (text, message) => {
    expect(() => parseShard(text)).toThrow(message);
  });

  it('speaks English too', () => {
    expect(() => parseShard('3', 'en')).toThrow(/write --shard as i\/n, e.g. --shard 2\/4/);
  });
});

describe('selectShard', () => {
  it('gives disjoint shards whose union is every input, in the original order', () => {
    for (const count of [1, 2, 3, 4, 7]) {
      const parts = Array.from({ length: count }, (_, i) => selectShard(files, (f) => f, { index: i + 1, count }));
      const union = parts.flat();
      expect(union.length, `n=${count}`).toBe(files.length);
      expect(new Set(union)).toEqual(new Set(files));
      for (const part of parts) expect(part).toEqual(files.filter((f) => part.includes(f)));
    }
  });

  it('keeps a file in its shard whatever else is added or reordered', () => {
    const before = selectShard(files, (f) => f, { index: 2, count: 4 });
    const more = [...files, 'ny/fil.docx', 'annan/fil.pdf'].reverse();
    const after = selectShard(more, (f) => f, { index: 2, count: 4 });
    expect(after.filter((f) => files.includes(f)).sort()).toEqual([...before].sort());
  });

  it('spreads inputs fairly evenly', () => {
    const sizes = [1, 2, 3, 4].map((index) => selectShard(files, (f) => f, { index, count: 4 }).length);
    for (const size of sizes) expect(size).toBeGreaterThan(30);
  });

  it('uses a fixed hash (FNV-1a), so shards are the same on every machine and Node version', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(shardOf('anbud/hemtjänst.docx', 4)).toBe(fnv1a('anbud/hemtjänst.docx') % 4);
  });

  it('keys paths relative, with / and NFC, so Windows and macOS agree with Linux', () => {
    expect(shardKey('/repo/anbud/x.docx', '/repo')).toBe('anbud/x.docx');
    expect(shardKey('/repo/anbud/hemtja\u0308nst.docx', '/repo')).toBe('anbud/hemtj\u00e4nst.docx');
  });
});
