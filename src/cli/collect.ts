// Repeatable list options (`--pack a --pack b`, or `--pack a,b`), the same on every command.

/** Commander's argument parser for a repeatable option; commas separate values too. */
export const collect = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];
