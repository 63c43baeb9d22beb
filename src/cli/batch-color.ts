// Whether `jamkrav batch` colours a stream: a terminal, unless --no-color or NO_COLOR says no;
// FORCE_COLOR says yes even into a pipe, set to anything but `0` or `false` (empty too, as chalk
// reads it); the same order `jamkrav lint` decides in.
import { Chalk, type ChalkInstance } from 'chalk';

/** Colour for `stream`: --no-color and NO_COLOR win, then FORCE_COLOR, then whether it is a terminal. */
export function useColor(
  stream: { isTTY?: boolean },
  flags: { color?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (flags.color === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true;
}

/** A chalk that colours (basic 16 colours, as the stylish report) or prints plain text. */
export function chalkFor(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
