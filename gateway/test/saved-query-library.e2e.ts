import { Supergraph } from '@apollo/federation-internals';
import { REPO_ROOT, SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { federationClient, postGraphQL } from '@mentoring/platform/testing';
import { DEMO_REGIONS } from '@mentoring/subgraph-registry/demo';
import { Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../src/limits/cost.js';
import { measureShape } from '../src/limits/document-shape.js';
import { DEFAULT_LIMITS } from '../src/limits/limits.js';

/*
 * The library of ready queries for analysts (subgraphs/analytics/src/modules/saved-queries/library): library.json is
 * well formed, every document is one named operation valid against the gateway's API schema and within the
 * analyst's limits with its own variables, and each runs through the gateway of the end-to-end federation as an
 * analyst of its demo region without errors, answering something where its answer matters. No result value is
 * expected here: the demo data may change, the queries must keep answering.
 */
const LIBRARY_DIR = join(REPO_ROOT, 'subgraphs/analytics/src/modules/saved-queries/library');

interface LibraryEntry {
  slug: string;
  name: string;
  description: string;
  source: string;
  variables: Record<string, unknown>;
  file: string;
}

const ENTRY_KEYS = ['description', 'file', 'name', 'slug', 'source', 'variables'];
/** What the saved queries' table holds at most (saved_query_name_length, saved_query_description_length). */
const MAX_NAME = 200;
const MAX_DESCRIPTION = 2_000;

/**
 * Where each entry's answer is meaningful: response paths (arrays crossed) that must hold at least one value that
 * is neither null nor an empty list. A new entry needs its line here.
 */
const MEANINGFUL: Record<string, string[]> = {
  'key-indicators-plan-fact': ['region.indicators.indicator.name', 'region.indicators.status'],
  'young-specialists-coverage-by-municipality': [
    'region.indicators.denominator',
    'region.indicators.target.value',
    'region.municipalities.edges.node.indicators.status',
  ],
  'participation-thresholds-50': [
    'region.indicators.denominator',
    'region.indicators.target.value',
    'region.municipalities.edges.node.indicators.denominator',
  ],
  'mentors-by-form': ['forms.name', 'mentors.rows.form.name', 'mentors.rows.count', 'mentees.rows.count'],
  'completed-programmes-monitoring': [
    'measures.name',
    'programmes.rows.count',
    'region.indicators.value',
    'completedPairs.edges.node.programme.monitoringBefore.value',
    'completedPairs.edges.node.programme.monitoringAfter.value',
  ],
  'practices-bank-by-year': ['practices.totalCount', 'practices.edges.node.year', 'practices.edges.node.title'],
};

const federation = federationClient();
const schema: GraphQLSchema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
const library = JSON.parse(readFileSync(join(LIBRARY_DIR, 'library.json'), 'utf8')) as unknown;
const entries = (Array.isArray(library) ? library : []) as LibraryEntry[];

const documentOf = (entry: LibraryEntry): DocumentNode =>
  parse(readFileSync(join(LIBRARY_DIR, entry.file), 'utf8'), { maxTokens: DEFAULT_LIMITS.maxTokens });

const operationsOf = (document: DocumentNode) =>
  document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );

/** Every value at a response path, arrays along the way crossed. */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  const [key, ...rest] = path;
  if (key === undefined) return [value];
  if (value === null || typeof value !== 'object') return [];
  return valuesAt((value as Record<string, unknown>)[key], rest);
}

const isPresent = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && !value.length);

describe('the library of ready queries for analysts', () => {
  it('is a well-formed library.json: unique kebab-case slugs, Russian texts, object variables, one file per entry', () => {
    expect(Array.isArray(library)).toBe(true);
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const entry of entries) {
      expect(Object.keys(entry).sort(), JSON.stringify(entry)).toEqual(ENTRY_KEYS);
      expect(entry.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.file).toBe(`${entry.slug}.graphql`);
      for (const text of [entry.name, entry.description, entry.source]) {
        expect(typeof text).toBe('string');
        expect(text.trim()).toBe(text);
        expect(text).toMatch(/[а-яё]/i);
      }
      expect(entry.name.length).toBeLessThanOrEqual(MAX_NAME);
      expect(entry.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
      expect(entry.source).toMatch(/seed \d{3}/);
      expect(typeof entry.variables === 'object' && entry.variables !== null && !Array.isArray(entry.variables)).toBe(
        true,
      );
      expect(existsSync(join(LIBRARY_DIR, entry.file)), entry.file).toBe(true);
    }
    const slugs = entries.map((entry) => entry.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const files = readdirSync(LIBRARY_DIR).filter((file) => file.endsWith('.graphql'));
    expect(files.sort()).toEqual(entries.map((entry) => entry.file).sort());
  });

  it.each(entries.map((entry) => [entry.slug, entry] as const))(
    '%s: one named query, valid against the API schema, its variables declared and within the analyst limits',
    (_slug, entry) => {
      const document = documentOf(entry);
      const operations = operationsOf(document);
      expect(operations).toHaveLength(1);
      const [operation] = operations as [OperationDefinitionNode];
      expect(operation.operation).toBe('query');
      expect(operation.name?.value).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(validate(schema, document)).toEqual([]);

      const declared = new Map(
        (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition]),
      );
      for (const name of Object.keys(entry.variables)) expect([...declared.keys()], name).toContain(name);
      for (const [name, definition] of declared)
        if (definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue)
          expect(isPresent(entry.variables[name]), `$${name} is required`).toBe(true);
      if ('regionCode' in entry.variables)
        expect(DEMO_REGIONS.map((region) => region.code)).toContain(entry.variables['regionCode']);

      const cost = operationCost(schema, document, operation.name?.value, entry.variables);
      expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.costBudget.ANALYST);
      const shape = measureShape(schema, document);
      expect(shape.depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
      expect(shape.aliases).toBeLessThanOrEqual(DEFAULT_LIMITS.maxAliases);
      expect(shape.directives).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDirectives);
    },
  );

  it.each(entries.map((entry) => [entry.slug, entry] as const))(
    '%s: runs through the gateway as an analyst of the demo region without errors, with data where it matters',
    async (_slug, entry) => {
      const regionCode =
        typeof entry.variables['regionCode'] === 'string' ? entry.variables['regionCode'] : DEMO_REGIONS[0]!.code;
      const token = await federation.tokenFor('ANALYST', { regionCode }, 'e2e-library-analyst');
      const query = readFileSync(join(LIBRARY_DIR, entry.file), 'utf8');
      // The cost the workbench shows before running: the gateway's dry run, within the analyst's limits.
      const dryRun = await postGraphQL(federation.gatewayUrl, query, {
        headers: { authorization: `Bearer ${token}` },
        variables: entry.variables,
        extensions: { dryRun: true },
      });
      const report = dryRun.extensions?.['cost'] as { cost: number; withinLimits: boolean; depth: { actual: number } };
      expect(report.withinLimits).toBe(true);
      console.log(`library ${entry.slug}: cost ${report.cost}, depth ${report.depth.actual}`);
      const response = await federation.query(query, { token, variables: entry.variables });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data).toBeTruthy();
      const paths = MEANINGFUL[entry.slug];
      expect(paths, `say in MEANINGFUL where ${entry.slug} answers something`).toBeDefined();
      for (const path of paths ?? [])
        expect(valuesAt(response.data, path.split('.')).some(isPresent), `${entry.slug}: ${path}`).toBe(true);
    },
  );
});
