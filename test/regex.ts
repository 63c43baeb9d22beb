// A long regular expression written in pieces, so that it fits in 120 columns: the pieces' sources
// joined, with the flags of the last. Cut between groups and character classes, never inside one.
export function regex(...pieces: RegExp[]): RegExp {
  return new RegExp(pieces.map((p) => p.source).join(''), pieces.at(-1)?.flags);
}
