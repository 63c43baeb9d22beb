// The layer map of src/, checked by `npm run lint` (dependency-cruiser). CONTRIBUTING.md explains it.
//
// Layers are listed from the bottom up. A module may import its own folder and any layer below
// its own, never one above it, and never a sibling folder of the same layer: siblings are
// independent. Every file in src/ belongs to a layer. On top of that: no import cycles, nothing
// imports the CLI or the library entry, formatters do no I/O, and only src/cli knows commander.
//
// TypeScript 7 has no compiler API, so dependency-cruiser parses with swc (@swc/core). It sees
// `import type` as an ordinary import: a type cycle counts as a cycle, and types keep to the layers.

/** `src/<name>.ts` and `src/<name>/`, as one regular expression. */
const files = (...names) => `^src/(?:${names.join('|')})(?:\\.ts$|/)`;
const folders = (...names) => `^src/(?:${names.join('|')})/`;

/** Bottom first. Each entry: a layer name and its sibling groups (each a regular expression). */
const LAYERS = [
  [
    'base',
    {
      // The shared vocabulary and small helpers: types, messages, errors, limits, options, paths, CSV.
      base: files('types', 'i18n', 'errors', 'labels', 'limits', 'options', 'paths', 'shard', 'csv', 'abbreviations'),
    },
  ],
  ['io', { xml: folders('xml'), fs: folders('fs') }],
  ['formats', { yaml: folders('yaml'), documents: folders('documents'), match: folders('match') }],
  ['settings', { config: folders('config'), quality: folders('quality') }],
  ['packs', { packs: folders('packs') }],
  ['generate', { generate: folders('generate') }],
  ['lint', { lint: folders('lint') }],
  ['report', { report: folders('report') }],
  [
    'commands',
    {
      batch: folders('batch'),
      evaluate: folders('evaluate'),
      followup: folders('followup'),
      init: folders('init'),
    },
  ],
  ['entry', { cli: folders('cli'), index: '^src/index\\.ts$' }],
];

const layerRules = [];
LAYERS.forEach(([layer, groups], rank) => {
  const above = LAYERS.slice(rank + 1).flatMap(([, g]) => Object.values(g));
  for (const [name, path] of Object.entries(groups)) {
    const siblings = Object.entries(groups)
      .filter(([other]) => other !== name)
      .map(([, p]) => p);
    const below = LAYERS.slice(0, rank)
      .map(([l]) => l)
      .join(', ');
    layerRules.push({
      name: `layer-${name}`,
      comment: `${name} (layer ${layer}) may import only itself and the layers below it: ${below || 'none'}`,
      severity: 'error',
      from: { path },
      to: { path: [...above, ...siblings] },
    });
  }
});

const everyLayer = LAYERS.flatMap(([, g]) => Object.values(g));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'No import cycles: move what two modules share into a third, lower one.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'in-a-layer',
      comment: 'Every file in src/ belongs to a layer: add a new folder to LAYERS in .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: '^src/', pathNot: everyLayer },
      to: {},
    },
    {
      name: 'nothing-imports-the-entry',
      comment: 'src/cli and src/index.ts are the top: nothing in src/ imports them (cli files import each other).',
      severity: 'error',
      from: { pathNot: '^src/cli/' },
      to: { path: ['^src/cli/', '^src/index\\.ts$'] },
    },
    {
      name: 'formatters-are-pure',
      comment: 'Formatters turn data into text: no file system, processes, threads or network.',
      severity: 'error',
      from: { path: ['^src/report/', '^src/evaluate/format/'] },
      to: {
        dependencyTypes: ['core'],
        path: '^(?:node:)?(?:fs|fs/promises|child_process|worker_threads|net|http|https|readline)$',
      },
    },
    {
      name: 'commander-in-cli',
      comment: 'Only the CLI knows flags: commander is imported in src/cli alone.',
      severity: 'error',
      from: { pathNot: '^src/cli/' },
      to: { path: '^commander$|node_modules/commander/' },
    },
    {
      name: 'not-to-dev-dep',
      comment: 'The shipped code uses dependencies only: devDependencies (docx, mammoth, …) are for tests and builds.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or an installed package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
