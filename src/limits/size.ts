// Sizes as a user reads and types them: `512 B`, `200 KB`, `1.5 MB` in messages, `50MB` in flags.

const MB = 1024 * 1024;

/** Bytes for a message, in the unit a user would type as a limit: `512 B`, `200 KB`, `1.5 MB`. */
export function formatSize(bytes: number): string {
  const one = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${one(bytes / 1024)} KB`;
  if (bytes < 1024 * MB) return `${one(bytes / MB)} MB`;
  return `${one(bytes / 1024 / MB)} GB`;
}

const UNITS: Record<string, number> = {
  '': 1,
  B: 1,
  K: 1024,
  KB: 1024,
  KIB: 1024,
  M: 1024 ** 2,
  MB: 1024 ** 2,
  MIB: 1024 ** 2,
  G: 1024 ** 3,
  GB: 1024 ** 3,
  GIB: 1024 ** 3,
};

/** `50MB`, `200 KB`, `1.5G`, `4096` (bytes) → bytes; undefined when it is no size. Units are 1024-based. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const unit = m[2]!.toUpperCase();
  if (!Object.hasOwn(UNITS, unit)) return undefined;
  const bytes = Math.round(Number(m[1]) * UNITS[unit]!);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
