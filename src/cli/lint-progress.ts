// A progress line on stderr while a long lint run works: on a terminal that is no CI log only,
// never in a pipe, a file or CI, and cleared when the run ends so the report stands alone.
import { bar, clock, isInteractive } from '../batch/progress.js';
import type { Lang } from '../types.js';

/** From this many documents on a run shows its progress. */
const FROM_FILES = 20;
/** How often the line is redrawn at most. */
const REDRAW_MS = 80;

const LABEL = { sv: 'granskar', en: 'checking' } as const;

export interface LintProgress {
  /** Called as each document is done. */
  onDone(done: number, total: number): void;
  /** Clears the line. */
  end(): void;
}

/** A progress line for `stream`, or one that does nothing where none belongs. */
export function lintProgress(
  stream: NodeJS.WriteStream,
  lang: Lang,
  env: NodeJS.ProcessEnv = process.env,
  now: () => number = Date.now,
): LintProgress {
  if (!isInteractive(stream, env)) return { onDone: () => {}, end: () => {} };
  const started = now();
  let drawn = 0;
  let shown = false;
  return {
    onDone(done, total) {
      if (total < FROM_FILES) return;
      const t = now();
      if (done < total && t - drawn < REDRAW_MS) return;
      drawn = t;
      shown = true;
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 40));
      stream.write(
        `\r\u001b[K${LABEL[lang]} ${bar(done, total, width)} ${done}/${total} ${clock((t - started) / 1000)}`,
      );
    },
    end() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
