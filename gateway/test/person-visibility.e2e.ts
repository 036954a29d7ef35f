import { ROLES, type Role, type TerritoryScope } from '@mentoring/platform/auth';
import { SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { federationClient, postGraphQL, type GraphQLResponse } from '@mentoring/platform/testing';
import { Kind, parse, type ConstArgumentNode, type DirectiveNode, type TypeNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { loadPersistedOperations } from '../src/persisted-operations.js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * The person rule, generated from the composed schema: every field of every
 * subgraph whose type is Person (or a list of them), for every role, against
 * an in-territory, an out-of-territory and a non-consenting subject — through
 * the gateway and straight at the owning subgraph (forged `_entities` or the
 * same root query with the gateway's secret). Who may see whom is worked out
 * here independently of the code under test, from the registry's tables.
 */
const federation = federationClient();
const subgraphUrls = inject('subgraphUrls');
const gatewaySecret = inject('gatewaySecret');
const database = new pg.Client({ connectionString: inject('federationDatabaseUrl') });

type Kinds = 'inTerritory' | 'outOfTerritory' | 'notConsenting';
const SUBJECT_KINDS: Kinds[] = ['inTerritory', 'outOfTerritory', 'notConsenting'];
const STAFF: Role[] = ['REGIONAL_OPERATOR', 'MUNICIPAL_COORDINATOR', 'SCHOOL_CURATOR', 'SCHOOL_HEAD'];

/** A row that makes a field yield a person: the parent to ask for, the organization it belongs to, the person. */
interface Yield {
  parent: string;
  parentOrganization: string | null;
  person: string;
}

/** One way to reach a Person-yielding field. */
interface Path {
  name: string;
  /** The subgraph that resolves the field (and is called straight). */
  subgraph: string;
  /** Rows of the demo data through which the field yields a person. */
  yields: string;
  /** The query through the gateway for a parent. */
  gateway(row: Yield): string;
  /** The forged call at the owning subgraph for a parent. */
  direct(row: Yield): string;
  /** Roles that reach the field at all (@access of the way there): for them a visible person must come back. */
  readers: Role[];
  /** The parent object is itself limited to the viewer's territory (pairs, profiles, staff lists). */
  parentInTerritory: boolean;
}

const entities = (typename: string, { parent }: Yield, inner: string) =>
  `{ _entities(representations: [{ __typename: "${typename}", id: "${parent}" }]) { ... on ${typename} { ${inner} } } }`;
const same = (query: (row: Yield) => string) => ({ gateway: query, direct: query });

const APPOINTMENTS = 'appointments { kind person { id } }';
const CURRENT_APPOINTMENTS = `from registry.appointment a where (a.start_date is null or a.start_date <= current_date) and (a.end_date is null or a.end_date >= current_date)`;

/** Every Person-yielding field of the supergraph → the paths that reach it. A new field fails the first test until it has one. */
const PATHS: Record<string, Path[]> = {
  'Query.person': [
    {
      name: 'person(id)',
      subgraph: 'registry',
      yields: 'select p.id::text as parent, null as "parentOrganization", p.id::text as person from registry.person p',
      ...same(({ parent }) => `{ person(id: "${parent}") { id } }`),
      readers: [...ROLES],
      parentInTerritory: false,
    },
  ],
  'Appointment.person': [
    {
      name: 'Organization.appointments',
      subgraph: 'registry',
      yields: `select a.organization_id::text as parent, a.organization_id::text as "parentOrganization", a.person_id::text as person ${CURRENT_APPOINTMENTS} and a.organization_id is not null`,
      gateway: ({ parent }) => `{ organization(id: "${parent}") { ${APPOINTMENTS} } }`,
      direct: (row) => entities('Organization', row, APPOINTMENTS),
      readers: STAFF,
      parentInTerritory: false,
    },
    {
      name: 'Municipality.appointments',
      subgraph: 'registry',
      yields: `select a.municipality_id::text as parent, null as "parentOrganization", a.person_id::text as person ${CURRENT_APPOINTMENTS} and a.municipality_id is not null`,
      gateway: ({ parent }) => `{ municipality(id: "${parent}") { ${APPOINTMENTS} } }`,
      direct: (row) => entities('Municipality', row, APPOINTMENTS),
      readers: STAFF,
      parentInTerritory: false,
    },
    {
      name: 'Region.appointments',
      subgraph: 'registry',
      yields: `select a.region_id::text as parent, null as "parentOrganization", a.person_id::text as person ${CURRENT_APPOINTMENTS} and a.region_id is not null`,
      gateway: ({ parent }) => `{ region(id: "${parent}") { ${APPOINTMENTS} } }`,
      direct: (row) => entities('Region', row, APPOINTMENTS),
      readers: STAFF,
      parentInTerritory: false,
    },
  ],
  'PersonEdge.node': [
    {
      name: 'Organization.staff',
      subgraph: 'registry',
      yields:
        'select e.organization_id::text as parent, e.organization_id::text as "parentOrganization", e.person_id::text as person from registry.employment e where e.end_date is null',
      gateway: ({ parent }) => `{ organization(id: "${parent}") { staff(first: 100) { edges { node { id } } } } }`,
      direct: (row) => entities('Organization', row, 'staff(first: 100) { edges { node { id } } }'),
      readers: [...STAFF, 'ANALYST'],
      parentInTerritory: true,
    },
    {
      name: 'Query.people',
      subgraph: 'registry',
      yields:
        'select e.organization_id::text as parent, e.organization_id::text as "parentOrganization", e.person_id::text as person from registry.employment e where e.end_date is null',
      ...same(
        ({ parent }) => `{ people(first: 100, filter: { organizationId: "${parent}" }) { edges { node { id } } } }`,
      ),
      readers: [...ROLES],
      parentInTerritory: false,
    },
  ],
  'PersonalDataRead.subject': [
    {
      name: 'Query.personalDataReads',
      subgraph: 'registry',
      yields:
        'select distinct l.subject_id::text as parent, null as "parentOrganization", l.subject_id::text as person from registry.personal_data_read l',
      ...same(
        ({ parent }) =>
          `{ personalDataReads(first: 100, filter: { subjectId: "${parent}" }) { edges { node { fields subject { id } } } } }`,
      ),
      readers: ['REGIONAL_OPERATOR'],
      parentInTerritory: false,
    },
  ],
  'Practice.authors': [
    {
      name: 'Query.practices',
      subgraph: 'mentoring',
      yields:
        'select p.id::text as parent, p.organization_id::text as "parentOrganization", author::text as person from mentoring.practice p cross join lateral unnest(p.author_person_ids) as author',
      ...same(() => '{ practices(first: 100) { edges { node { id authors { id } } } } }'),
      readers: [...ROLES],
      parentInTerritory: false,
    },
    {
      name: 'Query.practices (contest winners)',
      subgraph: 'mentoring',
      yields:
        "select a.id::text as parent, a.organization_id::text as \"parentOrganization\", author::text as person from planning.contest_application a join planning.contest c on c.id = a.contest_id cross join lateral unnest(a.proposal_author_person_ids) as author where c.results_published_at is not null and a.result in ('WINNER', 'PRIZE_WINNER')",
      ...same(() => '{ practices(first: 100) { edges { node { id authors { id } } } } }'),
      readers: [...ROLES],
      parentInTerritory: false,
    },
  ],
  'ContestJuror.person': [
    {
      name: 'Contest.jury',
      subgraph: 'planning',
      yields:
        'select j.contest_id::text as parent, null as "parentOrganization", j.person_id::text as person from planning.contest_juror j',
      gateway: ({ parent }) => `{ contest(id: "${parent}") { jury { person { id } } } }`,
      direct: (row) => entities('Contest', row, 'jury { person { id } }'),
      // Contests are read by every role with a token (anonymous clients: registered operations only, which ask for no jury).
      readers: ROLES.filter((role) => role !== 'PUBLIC'),
      parentInTerritory: false,
    },
  ],
  'ContestPracticeProposal.authors': [
    {
      name: 'Contest.applications.proposal.authors',
      subgraph: 'planning',
      // Applications of published contests, which every reader sees.
      yields:
        'select a.contest_id::text as parent, null as "parentOrganization", author::text as person from planning.contest_application a join planning.contest c on c.id = a.contest_id cross join lateral unnest(a.proposal_author_person_ids) as author where c.results_published_at is not null',
      gateway: ({ parent }) =>
        `{ contest(id: "${parent}") { applications(first: 100) { edges { node { proposal { authors { id } } } } } } }`,
      direct: (row) =>
        entities('Contest', row, 'applications(first: 100) { edges { node { proposal { authors { id } } } } }'),
      readers: ROLES.filter((role) => role !== 'PUBLIC'),
      parentInTerritory: false,
    },
  ],
  'MentoringSystem.curator': [
    {
      name: 'Organization.mentoringSystem',
      subgraph: 'mentoring',
      yields:
        'select s.organization_id::text as parent, s.organization_id::text as "parentOrganization", s.curator_person_id::text as person from mentoring.organization_system s where s.curator_person_id is not null',
      gateway: ({ parent }) => `{ organization(id: "${parent}") { mentoringSystem { curator { id } } } }`,
      direct: (row) => entities('Organization', row, 'mentoringSystem { curator { id } }'),
      readers: [...ROLES],
      parentInTerritory: false,
    },
  ],
  'MentorProfile.person': [
    {
      name: 'MentorProfile',
      subgraph: 'mentoring',
      yields:
        'select m.id::text as parent, m.organization_id::text as "parentOrganization", m.person_id::text as person from mentoring.mentor_profile m',
      gateway: ({ parentOrganization }) =>
        `{ mentors(first: 100, filter: { organizationId: "${parentOrganization}" }) { edges { node { id person { id } } } } }`,
      direct: (row) => entities('MentorProfile', row, 'person { id }'),
      readers: [...STAFF, 'ANALYST'],
      parentInTerritory: true,
    },
  ],
  'MentoringPair.mentor': [
    {
      name: 'MentoringPair',
      subgraph: 'mentoring',
      yields:
        'select p.id::text as parent, p.organization_id::text as "parentOrganization", p.mentor_person_id::text as person from mentoring.mentoring_pair p where p.mentor_person_id is not null',
      gateway: ({ parent }) => `{ mentoringPair(id: "${parent}") { mentor { id } } }`,
      direct: (row) => entities('MentoringPair', row, 'mentor { id }'),
      readers: [...STAFF, 'ANALYST'],
      parentInTerritory: true,
    },
  ],
  'EventParticipation.person': [
    {
      name: 'EventParticipations.people',
      subgraph: 'planning',
      yields:
        'select p.event_id::text as parent, p.organization_id::text as "parentOrganization", p.person_id::text as person from planning.event_participation p where p.person_id is not null',
      ...same(({ parent }) => `{ event(id: "${parent}") { participations { people { person { id } } } } }`),
      readers: ['REGIONAL_OPERATOR', 'MUNICIPAL_COORDINATOR'],
      // People's rows are those of organizations in the viewer's territory.
      parentInTerritory: true,
    },
  ],
  'RoadmapItem.responsiblePeople': [
    {
      name: 'Roadmap.items.responsiblePeople',
      subgraph: 'planning',
      yields:
        'select r.id::text as parent, r.organization_id::text as "parentOrganization", person from planning.roadmap_item i join planning.roadmap r on r.id = i.roadmap_id cross join lateral jsonb_array_elements_text(i.responsible_person_ids) as person',
      gateway: ({ parent }) => `{ roadmap(id: "${parent}") { items { responsiblePeople { id } } } }`,
      direct: (row) => entities('Roadmap', row, 'items { responsiblePeople { id } }'),
      // Roadmaps are read by every role with a token (anonymous clients: registered operations only, none of which asks for people).
      readers: ROLES.filter((role) => role !== 'PUBLIC'),
      parentInTerritory: false,
    },
  ],
  'PairMentee.person': [
    {
      name: 'MentoringPair.mentees',
      subgraph: 'mentoring',
      yields:
        'select m.pair_id::text as parent, p.organization_id::text as "parentOrganization", m.person_id::text as person from mentoring.pair_mentee m join mentoring.mentoring_pair p on p.id = m.pair_id',
      gateway: ({ parent }) => `{ mentoringPair(id: "${parent}") { mentees { person { id } } } }`,
      direct: (row) => entities('MentoringPair', row, 'mentees { person { id } }'),
      readers: [...STAFF, 'ANALYST'],
      parentInTerritory: true,
    },
  ],
};

/** Federation hands people out by reference too: every subgraph that declares the Person entity. */
const ENTITY_PATH = (subgraph: string): Path => ({
  name: `${subgraph} _entities(Person)`,
  subgraph,
  yields: 'select p.id::text as parent, null as "parentOrganization", p.id::text as person from registry.person p',
  gateway: ({ parent }) => `{ person(id: "${parent}") { id } }`,
  direct: (row) => entities('Person', row, 'id'),
  readers: [...ROLES],
  parentInTerritory: false,
});

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

const argumentValue = (directive: DirectiveNode, name: string) =>
  (
    (directive.arguments as readonly ConstArgumentNode[] | undefined)?.find((argument) => argument.name.value === name)
      ?.value as { value?: string } | undefined
  )?.value;

/** From the composed supergraph: every `Type.field` of type Person (Mutation results aside), and the subgraphs declaring Person as an entity. */
function personYieldingFields(): { fields: string[]; personEntitySubgraphs: string[] } {
  const document = parse(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const fields = new Set<string>();
  const personEntitySubgraphs: string[] = [];
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
        if (graph) graphNames.set(value.name.value, argumentValue(graph, 'name')!);
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value === 'Mutation') continue;
    if (definition.name.value === 'Person') {
      for (const directive of definition.directives ?? []) {
        // A subgraph that only hands out references (`resolvable: false`, e.g. planning) resolves none.
        if (
          directive.name.value === 'join__type' &&
          argumentValue(directive, 'key') &&
          (argumentValue(directive, 'resolvable') as unknown) !== false
        )
          personEntitySubgraphs.push(graphNames.get(argumentValue(directive, 'graph')!)!);
      }
    }
    for (const field of definition.fields ?? [])
      if (namedType(field.type) === 'Person') fields.add(`${definition.name.value}.${field.name.value}`);
  }
  return { fields: [...fields].sort(), personEntitySubgraphs: personEntitySubgraphs.sort() };
}

/** Who each person is for the rule: current workplaces and places of study, and publication consent. */
interface PersonFacts {
  organizations: Set<string>;
  municipalities: Set<string>;
  regions: Set<string>;
  published: boolean;
}
const facts = new Map<string, PersonFacts>();

/** The rule restated from the README over the registry's tables: what the code must meet. */
function maySee(role: Role, scope: TerritoryScope, person: string): boolean {
  const subject = facts.get(person);
  if (!subject) return false;
  switch (role) {
    case 'PUBLIC':
    case 'EXTERNAL_SYSTEM':
      return subject.published;
    case 'ANALYST':
    case 'REGIONAL_OPERATOR':
      return scope.regionCode ? subject.regions.has(scope.regionCode) : role === 'ANALYST';
    case 'MUNICIPAL_COORDINATOR':
      return subject.municipalities.has(scope.municipalityOktmo!);
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return subject.organizations.has(scope.organizationId!);
  }
}

const organizationTerritory = new Map<string, { municipality: string; region: string }>();
function organizationInScope(role: Role, scope: TerritoryScope, organization: string | null): boolean {
  if (organization === null) return false;
  const territory = organizationTerritory.get(organization);
  if (role === 'SCHOOL_CURATOR' || role === 'SCHOOL_HEAD') return organization === scope.organizationId;
  if (role === 'MUNICIPAL_COORDINATOR') return territory?.municipality === scope.municipalityOktmo;
  return territory?.region === scope.regionCode;
}

let scopes: Record<Role, TerritoryScope>;
const tokens = new Map<Role, string | undefined>();

beforeAll(async () => {
  await database.connect();
  const people = await database.query<{
    id: string;
    organizations: string[];
    municipalities: string[];
    regions: string[];
    published: boolean;
  }>(`
    with place as (
      select person_id, organization_id from registry.employment where end_date is null
      union select person_id, organization_id from registry.enrollment where end_date is null)
    select p.id::text as id,
      coalesce(array_agg(o.id::text) filter (where o.id is not null), '{}') as organizations,
      coalesce(array_agg(m.oktmo) filter (where m.oktmo is not null), '{}') as municipalities,
      coalesce(array_agg(r.code) filter (where r.code is not null), '{}') as regions,
      age(current_date, p.birth_date) >= interval '18 years' and exists (
        select 1 from registry.consent c where c.person_id = p.id and c.kind = 'PUBLICATION' and c.withdrawn_on is null and cardinality(c.fields) > 0) as published
    from registry.person p
    left join place on place.person_id = p.id
    left join registry.organization o on o.id = place.organization_id
    left join registry.municipality m on m.id = o.municipality_id
    left join registry.region r on r.id = m.region_id
    group by p.id, p.birth_date`);
  for (const row of people.rows) {
    facts.set(row.id, {
      organizations: new Set(row.organizations),
      municipalities: new Set(row.municipalities),
      regions: new Set(row.regions),
      published: row.published,
    });
  }
  const organizations = await database.query<{ id: string; municipality: string; region: string }>(
    'select o.id::text as id, m.oktmo as municipality, r.code as region from registry.organization o join registry.municipality m on m.id = o.municipality_id join registry.region r on r.id = m.region_id',
  );
  for (const row of organizations.rows)
    organizationTerritory.set(row.id, { municipality: row.municipality, region: row.region });
  // The viewers' home: a Smolensk school where every kind of link to a person exists.
  const home = await database.query<{ id: string; municipality: string; region: string }>(`
    select o.id::text as id, m.oktmo as municipality, r.code as region
    from registry.organization o join registry.municipality m on m.id = o.municipality_id join registry.region r on r.id = m.region_id
    where r.code = '67'
      and exists (select 1 from registry.appointment a where a.organization_id = o.id and a.end_date is null)
      and exists (select 1 from mentoring.organization_system s where s.organization_id = o.id and s.curator_person_id is not null)
      and exists (select 1 from mentoring.mentoring_pair p join mentoring.pair_mentee pm on pm.pair_id = p.id where p.organization_id = o.id and p.mentor_person_id is not null)
    order by o.inn limit 1`);
  const school = home.rows[0]!;
  const region = { regionCode: school.region };
  scopes = {
    REGIONAL_OPERATOR: region,
    MUNICIPAL_COORDINATOR: { ...region, municipalityOktmo: school.municipality },
    SCHOOL_CURATOR: { ...region, municipalityOktmo: school.municipality, organizationId: school.id },
    SCHOOL_HEAD: { ...region, municipalityOktmo: school.municipality, organizationId: school.id },
    ANALYST: region,
    EXTERNAL_SYSTEM: region,
    PUBLIC: {},
  };
  for (const role of ROLES)
    tokens.set(role, role === 'PUBLIC' ? undefined : await federation.tokenFor(role, scopes[role]));
  // The access log yields people too: reads of the home region's people by its users, and one row of a
  // Smolensk user's read of someone who now works elsewhere (as after a move to another region).
  await federation.query(`{ organization(id: "${school.id}") { staff(first: 5) { edges { node { fullName } } } } }`, {
    token: tokens.get('SCHOOL_CURATOR')!,
  });
  const elsewhere = [...facts].find(([, person]) => person.regions.size > 0 && !person.regions.has(school.region))![0];
  await database.query(
    `insert into registry.personal_data_read (id, read_at, viewer_subject, viewer_role, viewer_region_code, operation_hash, subject_type, subject_id, fields)
     values (gen_random_uuid(), now(), 'e2e-moved', 'MUNICIPAL_COORDINATOR', $1, 'synthetic', 'Person', $2, '{Person.fullName}')`,
    [school.region, elsewhere],
  );
});

afterAll(async () => {
  await database.end();
});

/** For a viewer, one subject of each kind among the rows through which a path yields people. */
function subjectsFor(rows: Yield[], role: Role): Partial<Record<Kinds, Yield>> {
  const scope = scopes[role];
  const visible = (row: Yield) => maySee(role, scope, row.person);
  const parentOurs = (row: Yield) => organizationInScope(role, scope, row.parentOrganization);
  // Prefer parents of the viewer's territory: that is where a leak would hide.
  const pick = (matches: (row: Yield) => boolean) =>
    rows.find((row) => matches(row) && parentOurs(row)) ?? rows.find(matches);
  const subjects: Partial<Record<Kinds, Yield>> = {};
  const inTerritory = pick((row) => visible(row));
  const outOfTerritory = pick((row) => !visible(row) && facts.get(row.person)!.regions.size > 0);
  const notConsenting = pick((row) => !facts.get(row.person)?.published);
  if (inTerritory) subjects.inTerritory = inTerritory;
  if (outOfTerritory) subjects.outOfTerritory = outOfTerritory;
  if (notConsenting) subjects.notConsenting = notConsenting;
  return subjects;
}

interface Outcome {
  path: string;
  role: Role;
  kind: Kinds;
  via: 'gateway' | 'subgraph';
  person: string;
  problem: string;
}

async function probe(
  path: Path,
  role: Role,
  kind: Kinds,
  subject: Yield,
  via: 'gateway' | 'subgraph',
): Promise<Outcome | null> {
  const token = tokens.get(role);
  const response: GraphQLResponse =
    via === 'gateway'
      ? await federation.query(path.gateway(subject), token ? { token } : {})
      : await postGraphQL(subgraphUrls[path.subgraph]!, path.direct(subject), {
          gatewaySecret,
          ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
        });
  const invalid = response.errors?.find(
    (error) =>
      error.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED' ||
      error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR',
  );
  const outcome = (problem: string): Outcome => ({ path: path.name, role, kind, via, person: subject.person, problem });
  if (invalid) return outcome(`probe failed: ${invalid.message}`);
  const returned = JSON.stringify(response.data ?? null).includes(subject.person);
  const visible = maySee(role, scopes[role], subject.person);
  if (returned && !visible) return outcome('LEAK: returned a person the viewer may not see');
  // Anonymous clients reach the gateway with registered operations only; an ad-hoc probe is refused whole.
  const reachable = path.readers.includes(role) && !(via === 'gateway' && role === 'PUBLIC');
  const parentVisible =
    !path.parentInTerritory ||
    role === 'PUBLIC' ||
    role === 'EXTERNAL_SYSTEM' ||
    organizationInScope(role, scopes[role], subject.parentOrganization);
  if (
    visible &&
    reachable &&
    parentVisible &&
    !returned &&
    !(response.errors ?? []).some((error) => error.extensions?.['code'] === 'FORBIDDEN')
  ) {
    return outcome(`missing: a visible person was not returned (${JSON.stringify(response.errors ?? [])})`);
  }
  return null;
}

describe('the person rule over every Person-yielding field', () => {
  it('has a path for every Person-yielding field of the composed schema, and for every subgraph that resolves Person references', () => {
    const { fields, personEntitySubgraphs } = personYieldingFields();
    expect(Object.keys(PATHS).sort()).toEqual(fields);
    expect(personEntitySubgraphs).toEqual(['mentoring', 'registry']);
  });

  it('returns no person the viewer may not see and every visible one, for every role and subject kind, through the gateway and at the owning subgraph', async () => {
    const { personEntitySubgraphs } = personYieldingFields();
    const paths = [...Object.values(PATHS).flat(), ...personEntitySubgraphs.map(ENTITY_PATH)];
    const problems: Outcome[] = [];
    const counted = { cases: 0, leaksChecked: 0, presencesChecked: 0 };
    for (const path of paths) {
      const rows = (await database.query<Yield>(path.yields)).rows;
      expect(rows.length, `${path.name} yields no one in the demo data`).toBeGreaterThan(0);
      const cases = ROLES.flatMap((role) => {
        const subjects = subjectsFor(rows, role);
        return SUBJECT_KINDS.flatMap((kind) =>
          subjects[kind]
            ? (['gateway', 'subgraph'] as const).map((via) => ({ role, kind, via, subject: subjects[kind]! }))
            : [],
        );
      });
      for (const { role, subject } of cases) {
        counted.cases += 1;
        if (maySee(role, scopes[role], subject.person)) counted.presencesChecked += 1;
        else counted.leaksChecked += 1;
      }
      const outcomes = await Promise.all(
        cases.map(({ role, kind, via, subject }) => probe(path, role, kind, subject, via)),
      );
      problems.push(...outcomes.filter((outcome): outcome is Outcome => outcome !== null));
    }
    expect(problems).toEqual([]);
    console.log(
      `person rule: ${paths.length} paths, ${counted.cases} cases (${counted.leaksChecked} hidden subjects, ${counted.presencesChecked} visible)`,
    );
    expect(counted.leaksChecked).toBeGreaterThan(100);
  }, 300_000);

  it('leaves the rest of a list when one element is hidden: a practice with a consenting and a non-consenting author answers the portal with one name and one null', async () => {
    const [consenting, silent] = await Promise.all([
      database.query<{ id: string; full_name: string; organization_id: string }>(`
        select p.id::text as id, concat_ws(' ', p.last_name, p.first_name, p.middle_name) as full_name, e.organization_id::text as organization_id
        from registry.person p join registry.employment e on e.person_id = p.id and e.end_date is null
        join registry.organization o on o.id = e.organization_id join registry.municipality m on m.id = o.municipality_id join registry.region r on r.id = m.region_id
        where r.code = '67' and exists (select 1 from registry_pub.publication pub where pub.person_id = p.id and 'fullName' = any(pub.items))
        order by p.id limit 1`),
      database.query<{ id: string }>(`
        select p.id::text as id from registry.person p join registry.employment e on e.person_id = p.id and e.end_date is null
        join registry.organization o on o.id = e.organization_id join registry.municipality m on m.id = o.municipality_id join registry.region r on r.id = m.region_id
        where r.code = '67' and not exists (select 1 from registry.consent c where c.person_id = p.id and c.kind = 'PUBLICATION')
        order by p.id limit 1`),
    ]);
    const author = consenting.rows[0]!;
    const title = 'Синтетическая практика: два автора, одно согласие (e2e)';
    const created = await federation.query<{ createPractice: { id: string } }>(
      'mutation ($input: PracticeInput!) { createPractice(input: $input) { id } }',
      {
        token: tokens.get('REGIONAL_OPERATOR')!,
        variables: {
          input: {
            title,
            summary: 'Synthetic, made by the person-rule test.',
            organizationId: author.organization_id,
            authorPersonIds: [author.id, silent.rows[0]!.id],
            year: 2026,
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const practices = [...loadPersistedOperations(PERSISTED_OPERATIONS_DIR).values()].find(
      (operation) => operation.name === 'practices',
    )!;
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        variables: { search: title },
        extensions: { persistedQuery: { version: 1, sha256Hash: practices.hash } },
      }),
    });
    const body = (await response.json()) as GraphQLResponse<{
      practices: { edges: { node: { title: string; authors: ({ fullName: string } | null)[] } }[] };
    }>;
    expect(body.data?.practices.edges.map(({ node }) => node.authors)).toEqual([
      [{ fullName: author.full_name }, null],
    ]);
    expect(body.errors).toBeUndefined();
  });
});
