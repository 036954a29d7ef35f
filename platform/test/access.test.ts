import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PUBLIC_VIEWER, type Viewer } from '../src/auth/index.js';
import { enforceAccessRules } from '../src/server/index.js';

const sdl = `
  directive @access(roles: [String!]!) on OBJECT | FIELD_DEFINITION
  type Query { school: School }
  type School { name: String  headPhone: String @access(roles: ["REGIONAL_OPERATOR"]) }
  type Journal @access(roles: ["SCHOOL_HEAD"]) { entries: Int }
`;

function schemaOf(typeDefs: string) {
  return enforceAccessRules(
    buildSubgraphSchema([
      {
        typeDefs: parse(typeDefs),
        resolvers: { Query: { school: () => ({ name: 'СШ № 1', headPhone: '+7 4812 000000' }) } },
      },
    ]),
  );
}

const run = (viewer: Viewer) =>
  graphql({ schema: schemaOf(sdl), source: '{ school { name headPhone } }', contextValue: { viewer } });

describe('@access', () => {
  it('leaves undeclared fields public and refuses a declared field to other roles', async () => {
    const result = await run(PUBLIC_VIEWER);
    expect(result.data).toEqual({ school: { name: 'СШ № 1', headPhone: null } });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'School.headPhone' });
  });

  it('lets a listed role read the field, also through the default resolver', async () => {
    const result = await run({ role: 'REGIONAL_OPERATOR', subject: 'x', scope: { regionCode: '67' } });
    expect(result).toEqual({ data: { school: { name: 'СШ № 1', headPhone: '+7 4812 000000' } } });
  });

  it('refuses to start with a role name it does not know', () => {
    expect(() => schemaOf(sdl.replace('"SCHOOL_HEAD"', '"ADMIN"'))).toThrow(/unknown role "ADMIN"/);
  });
});
