import { defineConfig } from '@eddeee888/gcg-typescript-resolver-files';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The Guild's server preset, once per subgraph: each folder under
 * `src/modules/` is a domain module with its part of the SDL
 * (`schema.graphql`), the mappers binding its GraphQL types to MikroORM
 * entities (`schema.mappers.ts`) and one resolver file per type or root
 * field (`resolvers/`). The preset writes missing resolver skeletons and the
 * resolver map; it never overwrites a resolver body.
 */
const SUBGRAPHS = ['registry', 'mentoring', 'planning', 'analytics'];

/** Connections, edges and value types resolve by default: no resolver file for them. */
const OBJECTS_WITH_RESOLVERS = [
  '*',
  '!*.*Connection',
  '!*.*Edge',
  '!*.PageInfo',
  '!*.Source',
  '!*.IndicatorFormula',
  '!*.ReportedFigure',
  '!*.SeriesPoint',
  '!*.IndicatorSeries',
];

const subgraphConfig = () =>
  defineConfig({
    resolverTypesPath: '../__generated__/types.generated.ts',
    resolverMainFile: '../__generated__/resolvers.generated.ts',
    typeDefsFilePath: false,
    mergeSchema: false,
    scalarsModule: false,
    emitLegacyCommonJSImports: false,
    resolverGeneration: {
      query: '*',
      mutation: '*',
      subscription: '*',
      scalar: '',
      object: OBJECTS_WITH_RESOLVERS,
      union: '',
      interface: '',
      enum: '',
    },
    scalarsOverrides: {
      ID: { type: 'string' },
      Date: { type: 'string', resolver: '~@mentoring/platform/graphql#DateScalar' },
      UUID: { type: 'string', resolver: '~@mentoring/platform/graphql#UuidScalar' },
    },
    typesPluginsConfig: {
      federation: true,
      useIndexSignature: true,
      enumsAsTypes: true,
      useTypeImports: true,
      contextType: '../context.js#Context',
    },
  });

/** `CODEGEN_SUBGRAPH=registry npm run codegen` regenerates one subgraph only. */
const selected = SUBGRAPHS.filter((name) => !process.env.CODEGEN_SUBGRAPH || name === process.env.CODEGEN_SUBGRAPH);

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    selected.map((name) => [
      `subgraphs/${name}/src/modules`,
      { ...subgraphConfig(), schema: `subgraphs/${name}/src/modules/*/schema.graphql` },
    ]),
  ),
};

export default config;
