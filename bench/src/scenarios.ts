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
