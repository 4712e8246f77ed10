/**
 * Module boundaries, checked by `npm run lint` (MODULES.md says who owns what):
 * every rule is an error, so depcruise exits non-zero on any violation.
 *
 * Adding a module: put its folder name on its layer's line in LAYERS. A module may import
 * only modules of a LOWER layer (never its own layer, never a higher one), and only through
 * their `index.ts`; that ordering is what keeps modules free of cycles.
 */

/** @type {string[][]} lowest layer first */
const LAYERS = [
  ['audit'],
  ['accounts', 'calendar', 'notifications'],
  ['key-rates'],
  ['tenders'],
  ['bids'],
  ['evaluation'],
  ['contracts'],
  ['scheduler'],
  ['ocds', 'sandbox', 'operations'],
];

/**
 * Exceptions to common-below-modules, each with its reason. Anchored regexes on the
 * importing file's path.
 */
const COMMON_IMPORTS_MODULES_EXCEPTIONS = [
  // The TypeORM DataSource (app and migration CLI) needs every entity class in one list
  // (globs break under ts-jest); it may import entity files and module index.ts only.
  '^src/database/entities\\.ts$',
];

const alternation = (names) => names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/**
 * The `forbidden` rules for a given layer list; exported (non-enumerably, below) so the
 * boundaries spec can build the same rules for its fixture's modules.
 * @param {string[][]} layers lowest layer first
 * @returns {import('dependency-cruiser').IForbiddenRuleType[]}
 */
function boundaryRules(layers) {
  const known = alternation(layers.flat());
  const layerRules = layers.map((layer, i) => ({
    name: 'module-layers',
    severity: 'error',
    comment:
      `Layer ${i + 1} (${layer.join(', ')}) may import only modules of lower layers ` +
      `(${layers.slice(0, i).flat().join(', ') || 'none'}); invert upward needs with a port ` +
      `owned by the lower module.`,
    from: { path: `^src/modules/(${alternation(layer)})/` },
    to: {
      path: `^src/modules/(?:${alternation(layers.slice(i).flat())})/`,
      pathNot: '^src/modules/$1/',
    },
  }));
  const unlisted = {
    name: 'module-layers',
    severity: 'error',
    comment:
      'A module folder that is not in LAYERS of .dependency-cruiser.cjs has no place in the ' +
      'layering yet: add it to the line of its layer.',
  };
  return [
    {
      name: 'no-module-internals',
      severity: 'error',
      comment:
        "A module imports another module only through that module's index.ts (its public face).",
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/[^/]+/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'],
      },
    },
    ...layerRules,
    {
      ...unlisted,
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: `^src/modules/(?!(?:${known})/)[^/]+/`, pathNot: '^src/modules/$1/' },
    },
    {
      ...unlisted,
      from: { path: `^src/modules/((?!(?:${known})/)[^/]+)/` },
      to: { path: '^src/modules/', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles between files. A cycle in which some import is type-only (erased ' +
        'at compile time) is not reported.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'pure-domain',
      severity: 'error',
      comment: 'domain/ is pure: no @nestjs/*, typeorm or pg, and nothing from an infrastructure/.',
      from: { path: '^src/modules/[^/]+/domain/' },
      to: {
        path: [
          '(?:^|/)node_modules/(?:@nestjs/|typeorm/|pg/|@types/pg/)',
          '^(?:@nestjs/.+|typeorm|typeorm/.+|pg)$',
          '(?:^|/)infrastructure/',
        ],
      },
    },
    {
      name: 'entities-in-infrastructure',
      severity: 'error',
      comment:
        "application/ and api/ persist through their module's infrastructure/ functions: they " +
        'may import an entity file for its types only (`import type`), never the class.',
      from: { path: '^src/modules/[^/]+/(?:application|api)/' },
      to: { path: '\\.entity\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'common-below-modules',
      severity: 'error',
      comment: 'common/, config/ and database/ are below every module: they never import modules/.',
      from: {
        path: '^src/(?:common|config|database)/',
        pathNot: COMMON_IMPORTS_MODULES_EXCEPTIONS,
      },
      to: { path: '^src/modules/' },
    },
    {
      name: 'common-below-modules',
      severity: 'error',
      comment:
        'The named exceptions of common-below-modules may import entity classes and index.ts only.',
      from: { path: COMMON_IMPORTS_MODULES_EXCEPTIONS },
      to: {
        path: '^src/modules/',
        pathNot: [
          '^src/modules/[^/]+/infrastructure/[^/]+\\.entity\\.ts$',
          '^src/modules/[^/]+/index\\.ts$',
        ],
      },
    },
  ];
}

/** @type {import('dependency-cruiser').IConfiguration} */
const config = {
  forbidden: boundaryRules(LAYERS),
  options: {
    includeOnly: '^src/|node_modules/',
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};

module.exports = config;
// Non-enumerable: depcruise's config schema allows no extra keys, and this one is for the spec.
Object.defineProperty(module.exports, 'boundaryRules', { value: boundaryRules });
