// Points back into a YAML file: the 1-based position of a key or value by its path.
import type { Document, LineCounter } from 'yaml';
import type { SourcePos } from '../types.js';
import { yaml } from '../yaml/source.js';

/**
 * A function giving the position of `path` in `source`: the key when the last step names a
 * map key (so an unknown rule id is marked where it is written), else the value.
 */
export function positionFinder(source: string): (path: readonly (string | number)[]) => SourcePos | undefined {
  let parsed: { doc: Document.Parsed; lines: LineCounter } | undefined;
  return (path) => {
    // (yaml loaded on first use too: a lint run without problems in its config never needs it.)
    const { LineCounter, isMap, isNode, isScalar, parseDocument } = yaml();
    // Parsed on first use only: most runs never need a position.
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { doc: parseDocument(source, { lineCounter: lines }), lines };
    }
    const { doc, lines } = parsed;
    const toPos = (offset: number): SourcePos => {
      const p = lines.linePos(offset);
      return { line: p.line, col: p.col };
    };
    const last = path[path.length - 1];
    const parent = path.length === 0 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (isMap(parent) && last !== undefined) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      if (pair && isNode(pair.key) && pair.key.range) return toPos(pair.key.range[0]);
    }
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isNode(node) && node.range) return toPos(node.range[0]);
    return undefined;
  };
}
