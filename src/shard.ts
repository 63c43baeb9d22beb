// `--shard i/n`: a stable split of a command's inputs, so one large repository or plan can be
// spread over a CI matrix. An input's shard depends only on its own key (never on the other
// inputs or their order), so adding a file moves no other file to another shard.
import { relative, sep } from 'node:path';
import { UserError } from './errors.js';
import { sayer } from './i18n.js';
import type { Lang, Text } from './types.js';

/** One shard of `count`: `index` is 1-based, as CI matrices and `--shard 2/4` count. */
export interface ShardSpec {
  index: number;
  count: number;
}

const MSG = {
  form: {
    sv: 'skriv --shard som i/n, t.ex. --shard 2/4 (del 2 av 4)',
    en: 'write --shard as i/n, e.g. --shard 2/4 (part 2 of 4)',
  },
  count: {
    sv: 'antalet delar n måste vara ett heltal från 1 till 1000',
    en: 'the number of parts n must be a whole number from 1 to 1000',
  },
  index: {
    sv: 'delen i måste vara ett heltal från 1 till {n}',
    en: 'the part i must be a whole number from 1 to {n}',
  },
} as const satisfies Record<string, Text>;

/** A larger matrix than this is a typo, not a plan. */
const MAX_SHARDS = 1000;

/**
 * Parses `i/n` (1 ≤ i ≤ n). Throws a UserError about `--shard` naming what is wrong, in `lang`.
 */
export function parseShard(text: string, lang: Lang = 'sv'): ShardSpec {
  const say = sayer(lang, MSG);
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new UserError('--shard', `"${text}": ${say('form')}`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) throw new UserError('--shard', `"${text}": ${say('count')}`);
  if (index < 1 || index > count) throw new UserError('--shard', `"${text}": ${say('index', { n: count })}`);
  return { index, count };
}

/**
 * The key of a path for sharding: relative to `base`, `/`-separated and NFC-normalised, so the
 * same file lands in the same shard on Linux, macOS (NFD names) and Windows (backslashes).
 */
export function shardKey(path: string, base: string): string {
  const rel = relative(base, path) || '.';
  return rel.split(sep).join('/').replace(/\\/g, '/').normalize('NFC');
}

/** FNV-1a, 32 bits, over the key's UTF-8 bytes: tiny, fast, and the same on every platform. */
export function fnv1a(key: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(key, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The 0-based shard (of `count`) a key belongs to. */
export function shardOf(key: string, count: number): number {
  return fnv1a(key) % count;
}

/**
 * The items of one shard, in their original order. The shards 1/n … n/n are disjoint and
 * together hold every item exactly once.
 */
export function selectShard<T>(items: readonly T[], keyOf: (item: T) => string, spec: ShardSpec | undefined): T[] {
  if (!spec || spec.count === 1) return [...items];
  return items.filter((item) => shardOf(keyOf(item), spec.count) === spec.index - 1);
}
