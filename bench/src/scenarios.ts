import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Who sends a scenario's requests: the token's role (and scope), or nobody. */
export type Role = 'anonymous' | 'operator' | 'analyst';

/** One GraphQL request as clients send it, to every target alike. */
export interface RequestBody {
  query: string;
  variables: Record<string, unknown>;
}

export interface ReadScenario {
  kind: 'read';
  /** Short key: the floor server dispatches on it, RESULTS.md names the scenario by it. */
  id: string;
  name: string;
  role: Role;
  body: RequestBody;
  /** Whether the floor must give the lists in the gateway's order (the query orders them) or as a set. */
  ordered: boolean;
}

const operation = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../gateway/operations/${file}.graphql`, import.meta.url)), 'utf8');

/** The municipality of the public and staff scenarios: город Смоленск, the largest of region 67. */
export const MUNICIPALITY_OKTMO = '66701000';
export const REGION_CODE = '67';

export const READ_SCENARIOS: ReadScenario[] = [
  {
    kind: 'read',
    id: 'readme-overview',
    name: 'README region overview (anonymous, registered operation RegionOverview, 4 subgraphs)',
    role: 'anonymous',
    body: { query: operation('region-overview'), variables: {} },
    ordered: true,
  },
  {
    kind: 'read',
    id: 'dashboard-operator',
    name: 'analytics dashboard RegionDashboard, region 67 (operator: exact indicators, 27 municipalities)',
    role: 'operator',
    body: { query: operation('region-dashboard'), variables: { regionCode: REGION_CODE } },
    ordered: true,
  },
  {
    kind: 'read',
    id: 'dashboard-anonymous',
    name: 'analytics dashboard RegionDashboard, region 67 (anonymous: small cells suppressed)',
    role: 'anonymous',
    body: { query: operation('region-dashboard'), variables: { regionCode: REGION_CODE } },
    ordered: true,
  },
  {
    kind: 'read',
    id: 'public-mentors',
    name: `public mentor list of municipality ${MUNICIPALITY_OKTMO} (anonymous, registered operation PublicMentors)`,
    role: 'anonymous',
    body: { query: operation('public-mentors'), variables: { oktmo: MUNICIPALITY_OKTMO } },
    ordered: true,
  },
  {
    kind: 'read',
    id: 'analyst-statistics',
    name: 'analyst: statistics of pairs in region 67 by municipality and form (rounded, small cells suppressed)',
    role: 'analyst',
    body: {
      query: `query AnalystStatistics($regionCode: String!) {
  statistics(measure: PAIRS, groupBy: [TERRITORY, FORM], regionCode: $regionCode) {
    measure
    level
    rows { municipality { name oktmo } form { code name } count rounded suppressed note }
    total { count rounded suppressed note }
  }
}`,
      variables: { regionCode: REGION_CODE },
    },
    ordered: true,
  },
  {
    kind: 'read',
    id: 'operator-organizations',
    name: 'operator: 50 organizations of region 67 with pair counts and municipal roadmaps',
    role: 'operator',
    body: {
      query: `query OperatorOrganizations($regionCode: String!) {
  organizations(first: 50, filter: { regionCode: $regionCode }) {
    totalCount
    edges { node { shortName activeMentoringPairCount municipality { name roadmaps { title } } } }
  }
}`,
      variables: { regionCode: REGION_CODE },
    },
    ordered: true,
  },
  {
    kind: 'read',
    id: 'municipality-staff',
    name: `operator: staff of municipality ${MUNICIPALITY_OKTMO} with young-specialist status (logged reads)`,
    role: 'operator',
    body: {
      query: `query MunicipalityStaff($oktmo: String!) {
  people(filter: { municipalityOktmo: $oktmo }, first: 50) {
    totalCount
    edges { node { fullName isYoungSpecialist } }
  }
}`,
      variables: { oktmo: MUNICIPALITY_OKTMO },
    },
    ordered: true,
  },
];

/**
 * The write mix: what a school's year of mentoring writes, one mentee at a time. The regional operator forms a
 * «педагог — педагог» pair (draft), records the mentor's and the mentee's written consent, the head of the
 * organization activates it by order, and the operator registers the mentee for a regional event of region 67 and
 * marks the attendance. Six mutations, each depending on the answer of the one before, sent alike to every target.
 */
export const WRITE_MIX = {
  id: 'write-mix',
  name: 'write mix: create a pair, record two consents, activate it (head), register the mentee for an event and record attendance (operator)',
} as const;

/** «Педагог — педагог»: the form of the write mix's pairs. */
export const WRITE_MIX_FORM = 'TEACHER_TEACHER';

export const WRITE_OPERATIONS = {
  createPair: `mutation BenchCreatePair($input: PairInput!) {
  createPair(input: $input) { id version status }
}`,
  recordPairConsent: `mutation BenchRecordPairConsent($pairId: UUID!, $personId: UUID!, $givenOn: Date!) {
  recordPairConsent(pairId: $pairId, personId: $personId, givenOn: $givenOn, givenBy: PARTICIPANT) { version }
}`,
  activatePair: `mutation BenchActivatePair($id: UUID!, $version: Int!, $orderNumber: String!, $orderDate: Date!) {
  activatePair(id: $id, version: $version, orderNumber: $orderNumber, orderDate: $orderDate) { status version }
}`,
  registerForEvent: `mutation BenchRegisterForEvent($eventId: UUID!, $organizationId: UUID!, $personId: UUID!) {
  registerForEvent(eventId: $eventId, organizationId: $organizationId, personId: $personId) { id version status }
}`,
  recordAttendance: `mutation BenchRecordAttendance($participationId: UUID!, $version: Int!) {
  recordAttendance(participationId: $participationId, version: $version, status: ATTENDED) { status version }
}`,
} as const;
