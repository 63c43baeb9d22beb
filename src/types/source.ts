// Positions in the files users write (packs, config, manifests, metadata) and the problems
// found there.

/** A position in a source file, 1-based. */
export interface SourcePos {
  line: number;
  col: number;
}

/** One problem found in a pack, config, manifest or metadata file. */
export interface SourceProblem {
  file: string;
  pos: SourcePos;
  severity: 'error' | 'warning';
  message: string;
}
