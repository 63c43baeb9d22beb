// YAML text with source positions: parse once, then map any data path back to line:col.
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { Lang, SourcePos, SourceProblem } from '../types.js';
import { syntaxMessage } from './syntax-messages.js';

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;

/**
 * The yaml package, loaded on first use: a lint of the built-in packs reads their JSON copies
 * (yaml/cache.ts) and never needs it, and loading it is a noticeable part of a short run.
 * (Synchronous `require`, so that this module's functions stay synchronous.)
 */
export function yaml(): YamlModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return yamlModule;
}

/** A parsed YAML file that can answer "where is this value?". */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Aliases allowed before a document counts as an alias bomb (a pack needs none). */
export const MAX_ALIASES = 100;

/** Parses `source`; syntax errors come back as positioned problems, never thrown. */
export function parseYamlSource(
  file: string,
  source: string,
  lang: Lang = 'sv',
): { src: YamlSource; problems: SourceProblem[] } {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  // Duplicate keys are found below: the parser's own check compares each key with every earlier
  // one of its mapping, and a mapping of 200,000 keys took minutes.
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const src: YamlSource = { file, doc, lines };
  const errors = doc.errors.map((e) => ({
    offset: e.pos[0],
    message: syntaxMessage(e.code, e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), lang),
  }));
  const duplicate = duplicateKeyOffset(doc);
  if (duplicate !== undefined)
    errors.push({ offset: duplicate, message: syntaxMessage('DUPLICATE_KEY', 'Map keys must be unique', lang) });
  // Only the first error: the parser's follow-on errors are noise to a reader.
  const first = errors.reduce<(typeof errors)[number] | undefined>(
    (a, e) => (a === undefined || e.offset < a.offset ? e : a),
    undefined,
  );
  const problems = first
    ? [{ file, pos: posAt(src, first.offset), severity: 'error' as const, message: first.message }]
    : [];
  return { src, problems };
}

/** Where the first key that repeats an earlier key of its mapping stands, in one pass. */
function duplicateKeyOffset(doc: Document.Parsed): number | undefined {
  const { isScalar, visit } = yaml();
  let found: number | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        // Scalar keys compare by value, as the parser's own check does; others never collide.
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          const at = pair.key.range?.[0] ?? 0;
          if (found === undefined || at < found) found = at;
          return;
        }
        seen.add(pair.key.value);
      }
    },
  });
  return found;
}

/** 1-based line and column of a character offset. */
export function posAt(src: YamlSource, offset: number): SourcePos {
  const { line, col } = src.lines.linePos(Math.max(0, offset));
  return { line, col };
}

/**
 * The position of the value at `path` (object keys and array indexes). Where the path ends
 * in a key that does not exist, the position of the nearest existing parent.
 * With `key: true`, the position of the key itself rather than its value.
 */
export function posOf(src: YamlSource, path: readonly (string | number)[], opts: { key?: boolean } = {}): SourcePos {
  const { isMap, isNode, isSeq } = yaml();
  let node: Node | null = src.doc.contents as Node | null;
  let keyNode: Node | null = null;
  for (const step of path) {
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(step));
      if (!pair) break;
      keyNode = isNode(pair.key) ? pair.key : null;
      node = isNode(pair.value) ? pair.value : keyNode;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (!isNode(item)) break;
      keyNode = null;
      node = item;
    } else {
      break;
    }
  }
  const target = opts.key && keyNode ? keyNode : node;
  return posAt(src, target?.range?.[0] ?? 0);
}

/**
 * A mapping's pairs by key, made once per mapping: every schema problem is positioned through
 * here, and searching the pairs each time made 180,000 problems in a pack of 20,000 rules take
 * ten seconds. The first pair of a key wins, as a search would find it.
 */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (index) return index;
  const { isPair, isScalar } = yaml();
  index = new Map();
  for (const p of map.items) {
    if (!isPair(p) || !isScalar(p.key)) continue;
    const key = String(p.key.value);
    if (!index.has(key)) index.set(key, p);
  }
  pairIndex.set(map, index);
  return index;
}

/** The first alias in the document, for pointing at an alias bomb. */
export function firstAliasOffset(source: string): number {
  const m = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(source);
  return m ? m.index + m[1]!.length : 0;
}

/** Converts to plain data, refusing alias bombs. Throws a RangeError on too many aliases. */
export function toData(src: YamlSource): unknown {
  try {
    return src.doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (e instanceof ReferenceError || e instanceof RangeError) {
      throw new RangeError(e.message);
    }
    throw e;
  }
}
