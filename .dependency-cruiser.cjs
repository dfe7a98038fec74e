// Import rules of the kit, checked by `npm run lint:imports` (dependency-cruiser): no import cycles, and each layer of
// generator/ imports only from itself and the layers below it. Type-only imports count.
//
// Layers, low to high. A module of a layer may import its own folder and every lower layer; folders on one line are
// peers and do not import each other.
//   shared    generator/*.ts: errors, paths, plural, suggest, input-text, read-input, xlsx-limits, folder-access,
//             kit-folder, replace-file, write (leaf modules; they import only each other)
//   data      the ICE lists: the states, import, snapshots, stats, diff
//   geo       counties and the gazetteer of places
//   config    the workshop config: load, validate, types
//   regions   resolve a region, place agencies, the region summary
//   content   the curriculum and the view model
//   map       the state map: its input, the projected geometry model, its SVG
//   pdf, render       typesetting (the map's PDF paths among it), Handlebars and Markdown
//   deck, handout, script, quiz     one folder per output kind
//   workshop  prepare, render every kind, reuse, write a kit
//   batch     many regions in worker threads
//   cli       the `kit` command
// tests/ and bench/ may import anything of generator/; generator/ imports neither.
// generator/setup/ runs before node_modules exists (npm start, npm test): it imports nothing but Node's own modules.
// A folder of generator/ that is in no layer is an error until it is given one here.

const LAYERS = [
  ['data'],
  ['design'],
  ['geo'],
  ['config'],
  ['regions'],
  ['content'],
  ['map'],
  ['pdf', 'render'],
  ['deck', 'handout', 'script', 'quiz'],
  ['workshop'],
  ['batch'],
  ['app'], // kit app's server: calls the kit's modules below it; the CLI starts it
  ['cli'],
];

const SHARED = '^generator/[^/]+$';

/** For every folder: any import of generator/ outside its own folder, the shared modules and the layers below. */
const layerRules = LAYERS.flatMap((layer, index) => {
  const below = LAYERS.slice(0, index).flat();
  return layer.map((folder) => ({
    name: `layer-${folder}`,
    severity: 'error',
    comment:
      `generator/${folder}/ may import only itself, the shared modules` +
      (below.length > 0 ? ` and ${below.map((name) => `${name}/`).join(', ')}` : '') +
      ': move the code it needs down a layer, or this code up.',
    from: { path: `^generator/${folder}/` },
    to: {
      path: '^generator/',
      pathNot: [SHARED, `^generator/(${[folder, ...below].join('|')})/`],
    },
  }));
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others: move what both need into a lower module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'layer-shared',
      severity: 'error',
      comment: 'The shared modules directly in generator/ import only each other.',
      from: { path: SHARED },
      to: { path: '^generator/[^/]+/' },
    },
    ...layerRules,
    {
      name: 'setup-alone',
      severity: 'error',
      comment: 'generator/setup/ runs before npm has installed anything: it may import only itself and node: modules.',
      from: { path: '^generator/setup/' },
      // facts.mjs asks playwright-core for its browser inside a try, for when node_modules is already there.
      to: { pathNot: ['^generator/setup/', '^node_modules/playwright-core/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'folder-in-no-layer',
      severity: 'error',
      comment: 'A folder of generator/ that is in no layer: add it to LAYERS in .dependency-cruiser.cjs.',
      from: { path: '^generator/[^/]+/', pathNot: `^generator/(${[...LAYERS.flat(), 'setup'].join('|')})/` },
      to: {},
    },
    {
      name: 'generator-not-to-tests',
      severity: 'error',
      comment: 'The kit does not import its tests or benchmarks.',
      from: { path: '^generator/' },
      to: { path: '^(tests|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
