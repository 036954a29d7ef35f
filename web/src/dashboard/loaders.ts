/**
 * Each view is one registered operation. The region and municipality views ask for the overview with the first
 * page of their table, then for the further pages alone (`overview: false`), so every request stays within the
 * anonymous and the analyst's cost limit (5,000) however many municipalities or schools there are.
 */
import regionOperation from '@operations/page-region-dashboard.graphql';
import municipalityOperation from '@operations/page-municipality-dashboard.graphql';
import organizationOperation from '@operations/page-organization-dashboard.graphql';
import reportOperation from '@operations/page-indicator-report.graphql';
import { shiftedIsoDay, todayIso } from '../shared/format.ts';
import { runOperation, type Answer, type Connection } from './api.ts';
import type {
  IndicatorReportAnswer,
  MunicipalityDashboard,
  OrganizationDashboard,
  PageInfo,
  RegionDashboard,
} from './model.ts';

import { CALENDAR_DAYS, FIRST_PAGE, FURTHER_PAGE } from './paging.ts';

function calendarPeriod(): { from: string; to: string } {
  const from = todayIso();
  return { from, to: shiftedIsoDay(from, CALENDAR_DAYS) };
}

const withAsOf = (asOf: string | undefined) => (asOf ? { asOf } : {});

/** A page of a view's table, as the region and municipality operations answer it. */
interface TablePage<Node> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { node: Node }[];
}

/**
 * The view's first answer with the rest of its table: each further page its own request (`nextPage`), their
 * problems added to the first's; a page that does not arrive ends the table where it got to.
 */
async function withFurtherPages<T, Node>(
  first: Answer<T>,
  tableOf: (data: T | null | undefined) => TablePage<Node> | null | undefined,
  nextPage: (after: string) => Promise<Answer<T>>,
  withTable: (data: T, table: TablePage<Node>) => T,
): Promise<Answer<T>> {
  const table = tableOf(first.data);
  if (!first.data || !table) return first;
  const problems = [...first.problems];
  const edges = [...table.edges];
  let pageInfo = table.pageInfo;
  while (pageInfo.hasNextPage && pageInfo.endCursor) {
    const next = await nextPage(pageInfo.endCursor);
    problems.push(...next.problems);
    const page = tableOf(next.data);
    if (!page) break;
    edges.push(...page.edges);
    pageInfo = page.pageInfo;
  }
  return { data: withTable(first.data, { ...table, edges, pageInfo }), problems };
}

export async function loadRegion(
  connection: Connection,
  regionCode: string,
  asOf?: string,
): Promise<Answer<RegionDashboard>> {
  const variables = { regionCode, ...withAsOf(asOf) };
  const first = await runOperation<RegionDashboard>(connection, regionOperation, {
    ...variables,
    ...calendarPeriod(),
    municipalitiesFirst: FIRST_PAGE,
    signedIn: true,
  });
  return withFurtherPages(
    first,
    (data) => data?.region?.municipalities,
    (after) =>
      runOperation<RegionDashboard>(connection, regionOperation, {
        ...variables,
        municipalitiesFirst: FURTHER_PAGE,
        after,
        overview: false,
      }),
    (data, municipalities) => ({ ...data, region: data.region && { ...data.region, municipalities } }),
  );
}

export async function loadMunicipality(
  connection: Connection,
  oktmo: string,
  asOf?: string,
): Promise<Answer<MunicipalityDashboard>> {
  const variables = { oktmo, ...withAsOf(asOf) };
  const first = await runOperation<MunicipalityDashboard>(connection, municipalityOperation, {
    ...variables,
    ...calendarPeriod(),
    schoolsFirst: FIRST_PAGE,
  });
  return withFurtherPages(
    first,
    (data) => data?.municipality?.organizations,
    (after) =>
      runOperation<MunicipalityDashboard>(connection, municipalityOperation, {
        ...variables,
        schoolsFirst: FURTHER_PAGE,
        after,
        overview: false,
      }),
    (data, organizations) => ({ ...data, municipality: data.municipality && { ...data.municipality, organizations } }),
  );
}

export function loadOrganization(
  connection: Connection,
  organizationId: string,
  asOf?: string,
): Promise<Answer<OrganizationDashboard>> {
  return runOperation<OrganizationDashboard>(connection, organizationOperation, {
    organizationId,
    ...withAsOf(asOf),
    ...calendarPeriod(),
    signedIn: true,
  });
}

export type ReportLevel = 'REGION' | 'MUNICIPALITY' | 'ORGANIZATION';

export function loadIndicatorReport(
  connection: Connection,
  level: ReportLevel,
  territoryId: string,
  asOf?: string,
): Promise<Answer<IndicatorReportAnswer>> {
  return runOperation<IndicatorReportAnswer>(connection, reportOperation, { level, territoryId, ...withAsOf(asOf) });
}
