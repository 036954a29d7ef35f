import { analyticsSubgraph } from '@mentoring/subgraph-analytics/subgraph';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { readSchemaSource } from '@mentoring/platform/config';
import { GATEWAY_SECRET_HEADER, type SubgraphDefinition } from '@mentoring/platform/server';
import { postGraphQL, startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { buildASTSchema, isEnumType, isInputObjectType, isObjectType, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** What every subgraph must do the same way, checked once for all four. */
const SUBGRAPHS: SubgraphDefinition<unknown>[] = [
  registrySubgraph,
  mentoringSubgraph,
  planningSubgraph,
  analyticsSubgraph,
] as never;

describe.each(SUBGRAPHS.map((definition) => [definition.name, definition] as const))(
  'subgraph %s',
  (_name, definition) => {
    let subgraph: TestSubgraph;
    beforeAll(async () => {
      subgraph = await startTestSubgraph(definition, { demoData: false });
    });
    afterAll(() => subgraph?.close());

    it('refuses a request without the gateway secret before running it', async () => {
      const response = await postGraphQL(subgraph.url, '{ __typename }');
      expect(response.status).toBe(403);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('refuses a request with a wrong gateway secret', async () => {
      const response = await postGraphQL(subgraph.url, '{ __typename }', {
        headers: { [GATEWAY_SECRET_HEADER]: 'guess' },
      });
      expect(response.status).toBe(403);
    });

    it('answers the gateway', async () => {
      const response = await subgraph.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
      expect(response.data?._service.sdl).toContain('@key');
    });

    it('reports health with a database round trip', async () => {
      const response = await fetch(new URL('/health', subgraph.url));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', service: definition.name });
    });

    it('has checked-in migrations that match its entities exactly', async () => {
      const pending = await subgraph.orm.schema.getUpdateSchemaSQL({ wrap: false, schema: definition.dbSchema });
      expect(pending.trim()).toBe('');
    });

    it('describes every type, field, argument, input field and enum value of its SDL', () => {
      const sdl = readSchemaSource(definition.schemaModulesDir);
      const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
      const undescribed: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (type.name.startsWith('__') || !sdl.includes(type.name)) continue;
        if (['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
        if (!type.description && type.name !== 'Query') undescribed.push(type.name);
        if (isObjectType(type)) {
          for (const field of Object.values(type.getFields())) {
            if (!field.description) undescribed.push(`${type.name}.${field.name}`);
            for (const argument of field.args) {
              if (!argument.description) undescribed.push(`${type.name}.${field.name}(${argument.name})`);
            }
          }
        }
        if (isInputObjectType(type)) {
          for (const field of Object.values(type.getFields()))
            if (!field.description) undescribed.push(`${type.name}.${field.name}`);
        }
        if (isEnumType(type)) {
          for (const value of type.getValues()) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
        }
      }
      expect(undescribed).toEqual([]);
    });
  },
);
