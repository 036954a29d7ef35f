import { readSubgraphList } from '@mentoring/platform/config';
import { buildSchema } from 'graphql';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { membersOf } from '../src/compose.js';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import {
  breakingRefusals,
  checkFederation,
  coordinatesOf,
  operationRefusals,
  compose,
  supergraphRefusals,
} from '../src/federating-in/federation-check.js';
import { onlyWhatWasAsked } from '../src/subgraph-data-source.js';
import { namePrefixes, schemaRefusals, type PolicyRefusal } from '../src/federating-in/policy.js';

const ours = membersOf(readSubgraphList());
const ourSdl = ours.map((member) => member.sdl);
const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/** A joiner that keeps every rule: our entities by their natural keys, its own names prefixed. */
const GOOD = `${FEDERATION}
type Region @key(fields: "code") {
  code: String!
  neighbourRegionEvents: [NeighbourRegionEvent!]
}
type Organization @key(fields: "inn") {
  inn: String!
  neighbourRegionPairCount: Int
}
type NeighbourRegionEvent {
  title: String!
}
type Query {
  neighbourRegionProgramme: String
}`;

const rulesOf = (refusals: PolicyRefusal[]) => refusals.map((refusal) => `${refusal.rule} ${refusal.coordinate}`);
const joining = (sdl: string, name = 'neighbour-region') => [
  ...ours,
  { name, url: 'http://127.0.0.1:4999/graphql', sdl, ours: false },
];

describe('the federation policy for a subgraph of another region', () => {
  it('admits a joiner that extends open entities by their natural keys, with names of its own', async () => {
    const check = await checkFederation({
      next: joining(GOOD),
      current: ours,
      operationsDir: PERSISTED_OPERATIONS_DIR,
    });
    expect(check.ok ? [] : check.refusals).toEqual([]);
  });

  it.each([
    [
      'adds a field to Person',
      `type Person @key(fields: "id") { id: ID! neighbourRegionSnils: String }`,
      ['PERSONAL_TYPE Person'],
    ],
    [
      'extends a type with fields marked @personal (MentorProfile)',
      `type MentorProfile @key(fields: "id") { id: ID! neighbourRegionNote: String }`,
      ['PERSONAL_TYPE MentorProfile'],
    ],
    [
      'takes our field over with @override',
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@override"])
       type Organization @key(fields: "inn") { inn: String! shortName: String! @override(from: "registry") }`,
      ['OVERRIDE Organization.shortName', 'FIELD_OURS Organization.shortName'],
    ],
    [
      'shares our field with @shareable',
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
       type Organization @key(fields: "inn") { inn: String! name: String! @shareable }`,
      ['SHAREABLE Organization.name'],
    ],
    [
      'asks for our fields with @requires',
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@requires", "@external"])
       type Organization @key(fields: "inn") { inn: String! address: String @external neighbourRegionNear: Boolean @requires(fields: "address") }`,
      [
        'REQUIRES_OURS Organization.address',
        'REQUIRES_OURS Organization.neighbourRegionNear',
        'FIELD_OURS Organization.address',
      ],
    ],
    [
      'extends by our internal id instead of the natural key',
      `type Organization @key(fields: "id") { id: ID! neighbourRegionPairCount: Int }`,
      ['KEY_NOT_ALLOWED Organization @key(fields: "id")', 'FIELD_OURS Organization.id'],
    ],
    [
      'extends an entity the contract does not open',
      `type Event @key(fields: "id") { id: ID! neighbourRegionNote: String }`,
      ['ENTITY_NOT_OPEN Event'],
    ],
    ['redefines our enum', `enum MentoringFormCode { TEACHER_TEACHER }`, ['TYPE_OURS MentoringFormCode']],
    ['redefines our directive', `directive @personal on FIELD_DEFINITION`, ['TYPE_OURS @personal']],
    [
      'adds unprefixed names',
      `type Region @key(fields: "code") { code: String! events: [Happening!] } type Happening { title: String } type Query { happenings: [Happening!] }`,
      ['NAME_PREFIX Region.events', 'NAME_PREFIX Happening', 'NAME_PREFIX Query.happenings'],
    ],
    ['defines one of our root fields', `type Query { regions: String }`, ['FIELD_OURS Query.regions']],
    [
      'renames the root type and our directive (an @override imported as @take)',
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", {name: "@override", as: "@take"}])
       schema { query: NeighbourRegionQuery }
       type NeighbourRegionQuery { neighbourRegionX: String }
       type Indicator @key(fields: "code") { code: String! name: String @take(from: "analytics") }`,
      ['DIRECTIVE_ON_OURS (schema)', 'FIELD_OURS Indicator.name', 'DIRECTIVE_ON_OURS Indicator.name @take'],
    ],
    [
      'hides names behind an underscore',
      `type Query { _secret: String } type _Hidden { x: Int } type Organization @key(fields: "inn") { inn: String! _x: String }`,
      ['NAME_PREFIX Query._secret', 'NAME_PREFIX _Hidden', 'NAME_PREFIX Organization._x'],
    ],
    [
      'puts directives or an interface on our type',
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@tag"])
       interface NeighbourRegionNode { inn: String! }
       type Organization implements NeighbourRegionNode @key(fields: "inn") @tag(name: "x") { inn: String! @tag(name: "y") }`,
      [
        'DIRECTIVE_ON_OURS Organization @tag',
        'DIRECTIVE_ON_OURS Organization implements',
        'DIRECTIVE_ON_OURS Organization.inn @tag',
      ],
    ],
    [
      'adds a non-null field, which would take our object down with it',
      `type Region @key(fields: "code") { code: String! neighbourRegionEvents: [String!]! }`,
      ['NON_NULL_FIELD Region.neighbourRegionEvents'],
    ],
    [
      'deprecates our key',
      `type Organization @key(fields: "inn") { inn: String! @deprecated(reason: "Используйте другое") }`,
      ['DIRECTIVE_ON_OURS Organization.inn @deprecated'],
    ],
    [
      'names a type of its own like one of federation’s',
      `type FieldSet { x: String } type Query { neighbourRegionP: FieldSet }`,
      ['NAME_PREFIX FieldSet'],
    ],
    [
      'hides text from review with a NUL byte',
      `"Описание\u0000" type NeighbourRegionX { a: Int }`,
      ['SCHEMA_INVALID (schema)'],
    ],
  ])('refuses a joiner that %s, naming the rule and the coordinate', (_case, body, expected) => {
    const sdl = body.includes('extend schema') ? body : `${FEDERATION}\n${body}`;
    expect(rulesOf(schemaRefusals(ourSdl, sdl, 'neighbour-region'))).toEqual(expected);
  });

  it('refuses through the whole check too, before composing, with the subgraph named', async () => {
    const check = await checkFederation({
      next: joining(`${FEDERATION}\ntype Person @key(fields: "id") { id: ID! neighbourRegionSnils: String }`),
      operationsDir: PERSISTED_OPERATIONS_DIR,
    });
    expect(check.ok ? [] : rulesOf(check.refusals)).toEqual(['PERSONAL_TYPE neighbour-region: Person']);
  });

  it('refuses a schema that does not parse, and a name that cannot be a subgraph name', async () => {
    expect(rulesOf(schemaRefusals(ourSdl, 'type {', 'x-y'))).toEqual(['SCHEMA_INVALID (schema)']);
    const check = await checkFederation({ next: joining(GOOD, 'Bad Name'), operationsDir: PERSISTED_OPERATIONS_DIR });
    expect(check.ok ? [] : rulesOf(check.refusals)).toContain('SCHEMA_INVALID Bad Name');
  });

  it('refuses names whose prefix reads as one of ours or another joiner’s', async () => {
    const check = await checkFederation({ next: joining(GOOD, 'pe'), operationsDir: PERSISTED_OPERATIONS_DIR });
    expect(check.ok ? [] : rulesOf(check.refusals)).toContain('SCHEMA_INVALID pe');
    const clash = await checkFederation({
      next: joining(GOOD, 'person-data'),
      operationsDir: PERSISTED_OPERATIONS_DIR,
    });
    expect(clash.ok ? [] : rulesOf(clash.refusals)).toContain('NAME_PREFIX person-data');
    const twins = await checkFederation({
      next: [
        ...joining(GOOD),
        { name: 'neighbour-region-two', url: 'http://127.0.0.1:4998/graphql', sdl: GOOD, ours: false },
      ],
      operationsDir: PERSISTED_OPERATIONS_DIR,
    });
    expect(twins.ok ? [] : rulesOf(twins.refusals)).toContain('NAME_PREFIX neighbour-region');
  });

  it('checks the composed supergraph too, whatever the joiner called its directives', () => {
    const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", {name: "@override", as: "@take"}])
      type Indicator @key(fields: "code") { code: String! name: String @take(from: "analytics") }`;
    const composed = compose(joining(sdl));
    if (!composed.ok) throw new Error(JSON.stringify(composed.refusals));
    expect(rulesOf(supergraphRefusals(composed.supergraphSdl, ours, ['neighbour-region']))).toEqual([
      'OVERRIDE neighbour-region: Indicator.name',
      'FIELD_OURS neighbour-region: Indicator.name',
    ]);
  });

  it('cuts another region’s answer to what the call asked, so it cannot overwrite our fields', () => {
    const query =
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organization { neighbourRegionX } } }';
    const forged = {
      data: {
        _entities: [
          { __typename: 'Organization', neighbourRegionX: 1, name: 'ПОДМЕНА', inn: '999', staff: ['Подставной П.П.'] },
        ],
      },
    };
    const options = { request: { query }, incomingRequestContext: {}, context: {} } as never;
    expect(onlyWhatWasAsked(forged, options).data).toEqual({ _entities: [{ neighbourRegionX: 1 }] });
  });

  it('keeps a field asked under another type’s fragment off an object of ours, and never invents one', () => {
    const schema = buildSchema(`
      type Organization { inn: String name: String }
      type NeighbourRegionThing { name: String }
      union NeighbourRegionU = Organization | NeighbourRegionThing
      type Query { neighbourRegionU: [NeighbourRegionU] neighbourRegionP: NeighbourRegionThing }`);
    const query = `{ neighbourRegionU { __typename ... on Organization { __typename inn } ... on NeighbourRegionThing { name } }
      neighbourRegionP { constructor: name toString: name } }`;
    const forged = {
      data: {
        neighbourRegionU: [
          { __typename: 'Organization', inn: '0057001016', name: 'ПОДМЕНА' },
          { __typename: 'NeighbourRegionThing', name: 'своё' },
        ],
        neighbourRegionP: {},
      },
    };
    const options = { request: { query }, incomingRequestContext: {}, context: {} } as never;
    expect(onlyWhatWasAsked(forged, options, schema).data).toEqual({
      neighbourRegionU: [
        { __typename: 'Organization', inn: '0057001016' },
        { __typename: 'NeighbourRegionThing', name: 'своё' },
      ],
      neighbourRegionP: {},
    });
  });

  it('derives the prefixes from the subgraph name', () => {
    expect(namePrefixes('tula-mentoring')).toEqual({ typePrefix: 'TulaMentoring', fieldPrefix: 'tulaMentoring' });
  });

  it('reports a registered operation that no longer validates, by file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'operations-'));
    writeFileSync(join(folder, 'broken.graphql'), 'query Broken { regions(first: 1) { edges { node { nameOld } } } }');
    const composed = compose(ours);
    if (!composed.ok) throw new Error('our subgraphs do not compose');
    expect(rulesOf(operationRefusals(composed.apiSchema, folder))).toEqual(['OPERATION_BROKEN broken.graphql']);
  });

  it('reports breaking changes, except the removal of what a leaving subgraph brought', async () => {
    const before = buildSchema(
      'type Query { a: String  neighbourRegionX: NeighbourRegionT } type NeighbourRegionT { y: Int }',
    );
    const after = buildSchema('type Query { a: Int }');
    expect(rulesOf(await breakingRefusals(before, after)).sort()).toEqual([
      'BREAKING_CHANGE NeighbourRegionT',
      'BREAKING_CHANGE Query.a',
      'BREAKING_CHANGE Query.neighbourRegionX',
    ]);
    const leaving = coordinatesOf('type Query { neighbourRegionX: NeighbourRegionT } type NeighbourRegionT { y: Int }');
    expect(rulesOf(await breakingRefusals(before, after, leaving))).toEqual(['BREAKING_CHANGE Query.a']);
  });
});
