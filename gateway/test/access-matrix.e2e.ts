import { ROLES, type Role, type TerritoryScope } from '@mentoring/platform/auth';
import { stableId } from '@mentoring/platform/database';
import {
  DEMO_MUNICIPALITIES,
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  municipalityIdOf,
  organizationIdOf,
  personIdOf,
  regionIdOf,
} from '@mentoring/subgraph-registry/demo';
import {
  accessDeclarations,
  federationClient,
  postGraphQL,
  type AccessDeclaration,
  type GraphQLResponse,
} from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * The role × field matrix, probed for every @access/@personal declaration:
 * through the gateway for every role with a token, and straight at the owning
 * subgraph (with the shared secret and forged `_entities`) for every role
 * including anonymous. Expectations come from the declarations, which another
 * test holds equal to the README matrix.
 */
const federation = federationClient();
const subgraphUrls = inject('subgraphUrls');
const gatewaySecret = inject('gatewaySecret');

interface Subjects {
  personId: string;
  organizationId: string;
  pairId: string;
  mentorProfileId: string;
  scope: TerritoryScope;
  published: string[];
  /** A query of the библиотека запросов, which every role allowed saved queries reads. */
  libraryQueryId: string;
}
let subjects: Subjects;
const tokens = new Map<Role, string | undefined>();

beforeAll(async () => {
  const analyst = await federation.tokenFor('ANALYST');
  const pairs = await federation.query<{
    mentoringPairs: { edges: { node: { id: string; organization: { id: string }; mentor: { id: string } | null } }[] };
  }>(
    '{ mentoringPairs(first: 100, filter: { status: ACTIVE, form: TEACHER_YOUNG_TEACHER }) { edges { node { id organization { id } mentor { id } } } } }',
    { token: analyst },
  );
  // The subject: a mentor who consented to publication, with an active pair in their own school.
  const edge = pairs.data!.mentoringPairs.edges.find(({ node }) => {
    const mentor = DEMO_PEOPLE.find((candidate) => node.mentor && personIdOf(candidate.key) === node.mentor.id);
    return (
      mentor?.published.includes('mentorProfile') && organizationIdOf(mentor.organizationInn) === node.organization.id
    );
  })!;
  const person = DEMO_PEOPLE.find((candidate) => personIdOf(candidate.key) === edge.node.mentor!.id)!;
  const library = await federation.query<{ savedQueries: { edges: { node: { id: string } }[] } }>(
    '{ savedQueries(first: 1, filter: { origin: LIBRARY }) { edges { node { id } } } }',
    { token: analyst },
  );
  const withPairs = new Map([[edge.node.organization.id, edge.node.id]]);
  const organization = DEMO_ORGANIZATIONS.find((candidate) => candidate.inn === person.organizationInn)!;
  const municipality = DEMO_MUNICIPALITIES.find((candidate) => candidate.oktmo === organization.municipalityOktmo)!;
  subjects = {
    personId: personIdOf(person.key),
    organizationId: organizationIdOf(organization.inn),
    pairId: withPairs.get(organizationIdOf(organization.inn))!,
    mentorProfileId: stableId('mentor-profile', person.key),
    scope: {
      regionCode: municipality.regionCode,
      municipalityOktmo: municipality.oktmo,
      organizationId: organizationIdOf(organization.inn),
    },
    published: person.published,
    libraryQueryId: library.data?.savedQueries.edges[0]?.node.id ?? UNKNOWN_ID,
  };
  const scopeOf: Record<Exclude<Role, 'PUBLIC'>, TerritoryScope> = {
    REGIONAL_OPERATOR: { regionCode: subjects.scope.regionCode! },
    MUNICIPAL_COORDINATOR: {
      regionCode: subjects.scope.regionCode!,
      municipalityOktmo: subjects.scope.municipalityOktmo!,
    },
    SCHOOL_CURATOR: subjects.scope,
    SCHOOL_HEAD: subjects.scope,
    ANALYST: {},
    EXTERNAL_SYSTEM: { regionCode: subjects.scope.regionCode! },
  };
  tokens.set('PUBLIC', undefined);
  for (const role of ROLES) if (role !== 'PUBLIC') tokens.set(role, await federation.tokenFor(role, scopeOf[role]));
  completion = await recordCompletion();
});

afterAll(async () => {
  if (completion)
    await federation.query(
      `mutation { withdrawRoadmapItemCompletion(itemId: "${completion.itemId}", reason: "access matrix probe") { id } }`,
      { token: completion.token },
    );
});

/**
 * The seeds' roadmaps carry no completion records, so one is recorded (and withdrawn after) through the real
 * mutation: a regional roadmap by the operator, else a municipal one by the coordinator of the subjects' territory.
 */
async function recordCompletion(): Promise<NonNullable<typeof completion>> {
  const owners = [
    {
      owner: `region(code: "${subjects.scope.regionCode}")`,
      token: tokens.get('REGIONAL_OPERATOR')!,
      typename: 'Region',
      id: regionIdOf(subjects.scope.regionCode!),
    },
    {
      owner: `municipality(oktmo: "${subjects.scope.municipalityOktmo}")`,
      token: tokens.get('MUNICIPAL_COORDINATOR')!,
      typename: 'Municipality',
      id: municipalityIdOf(subjects.scope.municipalityOktmo!),
    },
  ];
  for (const { owner, token, typename, id } of owners) {
    const found = await federation.query<Record<string, { roadmaps: { items: { id: string }[] }[] }>>(
      `{ owner: ${owner} { roadmaps { items { id } } } }`,
      { token },
    );
    const itemId = found.data?.['owner']?.roadmaps[0]?.items[0]?.id;
    if (!itemId) continue;
    const recorded = await federation.query(
      `mutation { recordRoadmapItemCompletion(itemId: "${itemId}", input: { completedOn: "2024-01-15", evidence: "access matrix probe" }) { id } }`,
      { token },
    );
    expect(recorded.errors).toBeUndefined();
    return {
      itemId,
      token,
      probe: `{ ${owner} { roadmaps { items { completion { %s } } } } }`,
      entity: { typename, id },
    };
  }
  throw new Error('No roadmap in the subjects’ territory to probe RoadmapItemCompletion on');
}
let completion: { itemId: string; token: string; probe: string; entity: { typename: string; id: string } } | undefined;

/** The field to read for a coordinate; a type-level declaration is probed through one of its fields. */
const fieldOf = (declaration: AccessDeclaration) =>
  declaration.coordinate.includes('.') ? declaration.coordinate.split('.')[1]! : 'status';
const typeOf = (declaration: AccessDeclaration) => declaration.coordinate.split('.')[0]!;

const SELECTIONS: Record<string, string> = {
  mentoringPairs: '(first: 1) { totalCount }',
  mentoring: ' { __typename }',
  trainings: ' { hours }',
  employmentAgreements: ' { number }',
  staff: '(first: 1) { totalCount }',
  personalDataReads: '(first: 1) { totalCount }',
  employments: ' { position }',
  consents: ' { kind }',
  enrollments: ' { level }',
  appointments: ' { kind }',
  source: ' { quote }',
  people: ' { status }',
  savedQueries: '(first: 1) { totalCount }',
};
const selection = (field: string) => `${field}${SELECTIONS[field] ?? ''}`;

function gatewayProbe(declaration: AccessDeclaration): string {
  const field = selection(fieldOf(declaration));
  switch (typeOf(declaration)) {
    case 'Query':
      if (CAMPAIGN_PROBES[field]) return `{ ${CAMPAIGN_PROBES[field]} }`;
      if (field === 'mentoringPair') return `{ mentoringPair(id: "${subjects.pairId}") { id } }`;
      if (field === 'savedQuery') return `{ savedQuery(id: "${subjects.libraryQueryId}") { id } }`;
      if (field === 'overdueDeadlines' || field === 'nextDeadlines')
        return `{ ${field}(scope: { regionCode: "${subjects.scope.regionCode}" }, first: 1) { totalCount } }`;
      if (field === 'statistics')
        return `{ statistics(measure: PAIRS, regionCode: "${subjects.scope.regionCode}") { total { count } } }`;
      if (field === 'mentorBase')
        return `{ mentorBase(format: CSV, municipalityOktmo: "${subjects.scope.municipalityOktmo}") { rowCount } }`;
      return `{ ${field} }`;
    case 'Person':
      return `{ person(id: "${subjects.personId}") { ${field} } }`;
    case 'Employment':
      return `{ person(id: "${subjects.personId}") { employments { ${field} } } }`;
    case 'Organization':
      return `{ organization(id: "${subjects.organizationId}") { ${field} } }`;
    case 'MentoringPair':
      return `{ mentoringPair(id: "${subjects.pairId}") { ${field} } }`;
    case 'Mutation':
      return mutationProbe(fieldOf(declaration));
    case 'Region':
      return `{ region(code: "${subjects.scope.regionCode}") { ${field} } }`;
    case 'Municipality':
      return `{ municipality(oktmo: "${subjects.scope.municipalityOktmo}") { ${field} } }`;
    case 'MentorProfile':
      return `{ person(id: "${subjects.personId}") { mentorProfile { ${field} } } }`;
    case 'Programme':
      return `{ mentoringPair(id: "${subjects.pairId}") { programme { ${field === 'status' ? 'startDate' : field} } } }`;
    case 'RoadmapItemCompletion':
      return completion!.probe.replace('%s', field);
    case 'Appointment':
      return `{ organization(id: "${subjects.organizationId}") { appointments { kind } } }`;
    case 'EventParticipations':
      return `{ event(id: "${DEMO_EVENT_ID}") { participations { ${field} } } }`;
    default:
      throw new Error(`No probe for ${declaration.coordinate}: add one to access-matrix.e2e.ts`);
  }
}

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The 2021 monitoring of seed 002 (analytics demo data): closed, so every reader sees it. */
const DEMO_CAMPAIGN_ID = stableId('monitoring-campaign', 'smolensk-2021-h1');

/** Seed 002's teachers' course (planning demo data), with its synthetic participants. */
const DEMO_EVENT_ID = stableId('event', 'smolensk-2021-teacher-course');

/** Campaign reads need the campaign; the aggregates answer every permitted role, the form lists answer (maybe empty) pages. */
const CAMPAIGN_PROBES: Record<string, string> = {
  monitoringCampaigns: 'monitoringCampaigns(first: 1) { totalCount }',
  monitoringCampaign: `monitoringCampaign(id: "${DEMO_CAMPAIGN_ID}") { id }`,
  campaignSubmissions: `campaignSubmissions(campaignId: "${DEMO_CAMPAIGN_ID}", first: 1) { totalCount }`,
  campaignOverdue: `campaignOverdue(campaignId: "${DEMO_CAMPAIGN_ID}", level: ORGANIZATION) { totalCount }`,
  campaignCompletion: `campaignCompletion(campaignId: "${DEMO_CAMPAIGN_ID}") { region { targeted } }`,
  campaignAnswerSummary: `campaignAnswerSummary(campaignId: "${DEMO_CAMPAIGN_ID}") { acceptedOnly }`,
};

/**
 * A mutation whose input is refused after the access check (bad ИНН, stale
 * version, unknown id, dates out of order), so a permitted role gets a
 * validation error and nothing changes, while any other role gets FORBIDDEN.
 */
function mutationProbe(field: string): string {
  const employment = `{ organizationId: "${subjects.organizationId}", position: "Учитель", isPedagogical: true, startDate: "1900-01-01" }`;
  const probes: Record<string, string> = {
    createOrganization: `createOrganization(input: { inn: "0000000001", name: "x", shortName: "x", kind: GENERAL_EDUCATION, municipalityOktmo: "${subjects.scope.municipalityOktmo}" }) { id }`,
    updateOrganization: `updateOrganization(id: "${subjects.organizationId}", version: 0, patch: {}) { id }`,
    createPerson: `createPerson(input: { lastName: "x", firstName: "x", birthDate: "2099-01-01", employment: ${employment} }) { id }`,
    updatePerson: `updatePerson(id: "${subjects.personId}", version: 0, patch: {}) { id }`,
    addEmployment: `addEmployment(personId: "${subjects.personId}", input: ${employment}) { id }`,
    endEmployment: `endEmployment(id: "${UNKNOWN_ID}", endDate: "2026-01-01") { id }`,
    recordConsent: `recordConsent(personId: "${subjects.personId}", input: { kind: PUBLICATION, fields: ["birthDate"], textVersion: "x", givenOn: "2026-01-01", channel: PAPER }) { id }`,
    withdrawConsent: `withdrawConsent(id: "${UNKNOWN_ID}", date: "2026-01-01") { id }`,
    enrollStudent: `enrollStudent(input: { lastName: "x", firstName: "x", birthDate: "2014-01-01", organizationId: "${subjects.organizationId}", levelKind: SCHOOL_GRADE, level: 99, startDate: "2026-09-01" }) { id }`,
    appoint: `appoint(input: { personId: "${subjects.personId}", kind: MENTORS_ASSOCIATION_MEMBER, organizationId: "${subjects.organizationId}", orderNumber: "1", orderDate: "2026-02-01", startDate: "2026-01-01" }) { id }`,
    endAppointment: `endAppointment(id: "${UNKNOWN_ID}", endDate: "2026-01-01") { id }`,
    createMunicipality: `createMunicipality(input: { oktmo: "1", name: "x", kind: MUNICIPAL_OKRUG, regionCode: "${subjects.scope.regionCode}" }) { id }`,
    updateMunicipality: `updateMunicipality(id: "${UNKNOWN_ID}", version: 0, patch: {}) { id }`,
    createMentorProfile: `createMentorProfile(input: { personId: "${subjects.personId}", organizationId: "${subjects.organizationId}", competencies: [], forms: [], capacity: 1 }) { id }`,
    updateMentorProfile: `updateMentorProfile(id: "${UNKNOWN_ID}", version: 0, patch: {}) { id }`,
    addTraining: `addTraining(mentorId: "${UNKNOWN_ID}", input: { programme: "x", hours: 1, completedOn: "2026-01-01" }) { id }`,
    createPair: `createPair(input: { form: TEACHER_TEACHER, formats: [], organizationId: "${subjects.organizationId}", mentorPersonId: "${UNKNOWN_ID}", mentees: [], startDate: "2026-01-01", plannedEndDate: "2026-02-01" }) { id }`,
    activatePair: `activatePair(id: "${subjects.pairId}", version: 0, orderNumber: "1", orderDate: "2026-01-01") { id }`,
    recordPairConsent: `recordPairConsent(pairId: "${UNKNOWN_ID}", personId: "${subjects.personId}", givenOn: "2026-01-01", givenBy: PARTICIPANT) { id }`,
    recordMentorAgreement: `recordMentorAgreement(mentorId: "${UNKNOWN_ID}", number: "1", date: "2026-01-01") { id }`,
    completePair: `completePair(id: "${subjects.pairId}", version: 0, endedOn: "2026-01-01") { id }`,
    terminatePair: `terminatePair(id: "${subjects.pairId}", version: 0, endedOn: "2026-01-01", reason: "x") { id }`,
    saveProgramme: `saveProgramme(pairId: "${subjects.pairId}", input: { deficits: [], goals: [], directions: [], startDate: "2026-01-01", endDate: "2026-01-02" }) { id }`,
    addProgrammeActivity: `addProgrammeActivity(programmeId: "${UNKNOWN_ID}", title: "x", dueDate: "2026-01-01") { id }`,
    completeProgrammeActivity: `completeProgrammeActivity(id: "${UNKNOWN_ID}", completedOn: "2026-01-01") { id }`,
    recordMonitoring: `recordMonitoring(programmeId: "${UNKNOWN_ID}", stage: BEFORE, measures: []) { id }`,
    recordSatisfaction: `recordSatisfaction(programmeId: "${UNKNOWN_ID}", mentee: 1, mentor: 1) { id }`,
    saveMentoringSystem: `saveMentoringSystem(organizationId: "${subjects.organizationId}", input: { regulationOrderNumber: "1", hasMethodicalAssociation: false }) { implementsModel }`,
    createPractice: `createPractice(input: { title: "", summary: "", organizationId: "${subjects.organizationId}", authorPersonIds: [], year: 1 }) { id }`,
    importMentorBase: 'importMentorBase(file: { format: CSV, contentBase64: "" }) { applied }',
    importOrganizations: 'importOrganizations(file: { format: CSV, contentBase64: "" }) { applied }',
    importStaff: 'importStaff(file: { format: CSV, contentBase64: "" }) { applied }',
    recordRoadmapItemCompletion: `recordRoadmapItemCompletion(itemId: "${UNKNOWN_ID}", input: { completedOn: "2026-01-01", evidence: "x" }) { id }`,
    withdrawRoadmapItemCompletion: `withdrawRoadmapItemCompletion(itemId: "${UNKNOWN_ID}", reason: "x") { id }`,
    // Unknown roadmaps and items, or no owner at all: refused after the role check.
    createRoadmap: `createRoadmap(input: { title: "x", startYear: 2026, endYear: 2026 }) { id }`,
    updateRoadmap: `updateRoadmap(id: "${UNKNOWN_ID}", version: 0, input: {}) { id }`,
    addRoadmapItem: `addRoadmapItem(roadmapId: "${UNKNOWN_ID}", input: { activity: "x" }) { id }`,
    updateRoadmapItem: `updateRoadmapItem(id: "${UNKNOWN_ID}", version: 0, input: {}) { id }`,
    removeRoadmapItem: `removeRoadmapItem(id: "${UNKNOWN_ID}", version: 0) { id }`,
    createMonitoringCampaign: `createMonitoringCampaign(input: { title: "", periodEnd: "2026-01-01", opensOn: "2026-01-01", organizationDeadline: "2026-01-01", coordinatorDeadline: "2026-01-01", operatorDeadline: "2026-01-01", targetKinds: [], questions: [] }) { id }`,
    openMonitoringCampaign: `openMonitoringCampaign(id: "${UNKNOWN_ID}", version: 0) { id }`,
    closeMonitoringCampaign: `closeMonitoringCampaign(id: "${UNKNOWN_ID}", version: 0) { id }`,
    saveCampaignAnswers: `saveCampaignAnswers(campaignId: "${UNKNOWN_ID}", organizationId: "${subjects.organizationId}", answers: []) { id }`,
    submitCampaignSubmission: `submitCampaignSubmission(id: "${UNKNOWN_ID}", version: 0) { id }`,
    acceptCampaignSubmission: `acceptCampaignSubmission(id: "${UNKNOWN_ID}", version: 0) { id }`,
    returnCampaignSubmission: `returnCampaignSubmission(id: "${UNKNOWN_ID}", version: 0, reason: "x") { id }`,
    // An event ending before it starts, an unknown event or registration: refused after the role check.
    createEvent: `createEvent(input: { kind: WEBINAR, title: "x", startDate: "2026-01-02", endDate: "2026-01-01", format: ONLINE, organizerName: "x" }) { id }`,
    registerForEvent: `registerForEvent(eventId: "${UNKNOWN_ID}", organizationId: "${subjects.organizationId}") { id }`,
    updateEvent: `updateEvent(id: "${UNKNOWN_ID}", version: 0, input: {}) { id }`,
    // An obligation with an empty title, an unknown obligation or submission: refused after the role check.
    createReportingObligation: `createReportingObligation(input: { kind: PLAN, title: " ", dueDate: "2026-01-01" }) { id }`,
    submitReport: `submitReport(obligationId: "${UNKNOWN_ID}", municipalityId: "${UNKNOWN_ID}", input: { documentNumber: "1" }) { id }`,
    withdrawSubmission: `withdrawSubmission(id: "${UNKNOWN_ID}", reason: "x") { id }`,
    recordAttendance: `recordAttendance(participationId: "${UNKNOWN_ID}", version: 0, status: ATTENDED) { id }`,
    // Stages out of order, unknown contests and applications: refused after the role check.
    createContest: `createContest(input: { kind: PEDAGOGICAL_DUET, title: "x", year: 2026, applicationsFrom: "2026-01-02", applicationsUntil: "2026-01-01", evaluationFrom: "2026-01-03", evaluationUntil: "2026-01-04", resultsOn: "2026-01-05", scale: { min: 0, max: 10 } }) { id }`,
    addContestJuror: `addContestJuror(contestId: "${UNKNOWN_ID}", personId: "${subjects.personId}") { id }`,
    applyToContest: `applyToContest(contestId: "${UNKNOWN_ID}", pairId: "${subjects.pairId}") { id }`,
    scoreContestApplication: `scoreContestApplication(applicationId: "${UNKNOWN_ID}", jurorPersonId: "${subjects.personId}", score: 1) { id }`,
    closeContestScoring: `closeContestScoring(contestId: "${UNKNOWN_ID}", version: 0) { id }`,
    publishContestResults: `publishContestResults(contestId: "${UNKNOWN_ID}", version: 0, results: []) { id }`,
    // A document that does not parse, an unknown saved query: refused after the role check.
    saveQuery: 'saveQuery(input: { name: "x", query: "" }) { id }',
    updateSavedQuery: `updateSavedQuery(id: "${UNKNOWN_ID}", version: 0, changes: {}) { id }`,
    deleteSavedQuery: `deleteSavedQuery(id: "${UNKNOWN_ID}", version: 0)`,
    // A date not yet come: refused as bad input after the role check, so the probe rewrites no snapshot.
    rebuildIndicatorSnapshot: 'rebuildIndicatorSnapshot(asOf: "2099-01-01")',
  };
  if (!probes[field]) throw new Error(`No probe for Mutation.${field}: add one to access-matrix.e2e.ts`);
  return `mutation { ${probes[field]} }`;
}

/** The same read sent straight to the subgraph that owns the field, as a forged gateway call. */
function subgraphProbe(declaration: AccessDeclaration): string {
  const field = selection(fieldOf(declaration));
  const entity = (typename: string, id: string, inner: string) =>
    `{ _entities(representations: [{ __typename: "${typename}", id: "${id}" }]) { ... on ${typename} { ${inner} } } }`;
  switch (typeOf(declaration)) {
    case 'Person':
      return entity('Person', subjects.personId, field);
    case 'Employment':
      return entity('Person', subjects.personId, `employments { ${field} }`);
    case 'Organization':
      return entity('Organization', subjects.organizationId, field);
    case 'MentoringPair':
      return entity('MentoringPair', subjects.pairId, field);
    case 'MentorProfile':
      return entity('MentorProfile', subjects.mentorProfileId, field);
    case 'Programme':
      return entity('MentoringPair', subjects.pairId, `programme { ${field === 'status' ? 'startDate' : field} }`);
    case 'RoadmapItemCompletion':
      return entity(
        completion!.entity.typename,
        completion!.entity.id,
        `roadmaps { items { completion { ${field} } } }`,
      );
    default:
      return gatewayProbe(declaration);
  }
}

function expectedAllowed(declaration: AccessDeclaration, role: Role): boolean {
  const consented = declaration.publishAs !== undefined && subjects.published.includes(declaration.publishAs);
  if (role === 'PUBLIC' || role === 'EXTERNAL_SYSTEM') {
    if (declaration.personal && declaration.publishAs) return consented;
    return declaration.roles?.includes(role) ?? false;
  }
  return declaration.roles?.includes(role) ?? true;
}

/**
 * Reached means: no FORBIDDEN, and for a read the object probed was there
 * (out-of-territory objects come back as null); a mutation probe is refused
 * by validation after a passed access check.
 */
function reached(declaration: AccessDeclaration, response: GraphQLResponse): boolean {
  const invalid = (response.errors ?? []).find((error) => error.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED');
  if (invalid) throw new Error(`The probe of ${declaration.coordinate} is not a valid operation: ${invalid.message}`);
  if ((response.errors ?? []).some((error) => error.extensions?.['code'] === 'FORBIDDEN')) return false;
  if (typeOf(declaration) === 'Mutation') return true;
  return Object.values(response.data ?? {}).every(
    (value) => value !== null && !(Array.isArray(value) && value.includes(null)),
  );
}

const cases = () => accessDeclarations().flatMap((declaration) => ROLES.map((role) => ({ declaration, role })));

/**
 * Each sweep sends one request per declaration and role, one after another (several hundred, growing with the schema): 10 s
 * on a quiet machine, three times that on a busy CI runner, so it gets the time the other sweeps have.
 */
const SWEEP_TIMEOUT_MS = 120_000;

describe('role × field matrix', () => {
  it(
    'through the gateway, for every role with a token',
    async () => {
      const mismatches: string[] = [];
      for (const { declaration, role } of cases()) {
        if (role === 'PUBLIC') continue; // anonymous clients reach the gateway with registered operations only
        const response = await federation.query(gatewayProbe(declaration), { token: tokens.get(role)! });
        const allowed = reached(declaration, response);
        if (allowed !== expectedAllowed(declaration, role))
          mismatches.push(
            `${role} ${declaration.coordinate}: ${allowed ? 'allowed' : 'forbidden'} ${JSON.stringify(response.errors ?? [])}`,
          );
      }
      expect(mismatches).toEqual([]);
    },
    SWEEP_TIMEOUT_MS,
  );

  it(
    'straight at the subgraphs with forged _entities, for every role including anonymous',
    async () => {
      const mismatches: string[] = [];
      for (const { declaration, role } of cases()) {
        const token = tokens.get(role);
        const response = await postGraphQL(subgraphUrls[declaration.subgraph]!, subgraphProbe(declaration), {
          gatewaySecret,
          ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
        });
        const allowed = reached(declaration, response);
        if (allowed !== expectedAllowed(declaration, role))
          mismatches.push(`${role} ${declaration.coordinate}: ${allowed ? 'allowed' : 'forbidden'}`);
      }
      expect(mismatches).toEqual([]);
    },
    SWEEP_TIMEOUT_MS,
  );

  it("walks every declaration, root fields of the modules' extend type Query/Mutation included", () => {
    const coordinates = accessDeclarations().map((declaration) => declaration.coordinate);
    expect(coordinates).toEqual(
      expect.arrayContaining(['Mutation.activatePair', 'Query.personalDataReads', 'MentoringPair']),
    );
    expect(coordinates.length).toBeGreaterThanOrEqual(80);
  });
});
