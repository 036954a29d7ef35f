/**
 * Each view is one registered operation. The region and municipality views ask for the overview with the first
 * page of their table, then for the further pages alone (`overview: false`), so every request stays within the
 * anonymous and the analyst's cost limit (5,000) however many municipalities or schools there are.
 */
import regionOperation from '@operations/page-region-dashboard.graphql';
import municipalityOperation from '@operations/page-municipality-dashboard.graphql';
import organizationOperation from '@operations/page-organization-dashboard.graphql';
import reportOperation from '@operations/page-indicator-report.graphql';
import { shiftIsoDay, todayIso } from '../shared/format.ts';
import { runOperation, type Answer, type Connection } from './api.ts';
import type { IndicatorReportAnswer, MunicipalityDashboard, OrganizationDashboard, RegionDashboard } from './model.ts';

/** The first page comes with the overview; further pages alone, as many as one request may cost. */
export const FIRST_PAGE = 10;
export const FURTHER_PAGE = 20;
/** The calendar the views show: from today, this many days on. */
export const CALENDAR_DAYS = 90;

function calendarPeriod(): { from: string; to: string } {
  const from = todayIso();
  return { from, to: shiftIsoDay(from, CALENDAR_DAYS) };
}

const withAsOf = (asOf: string | undefined) => (asOf ? { asOf } : {});

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
  const problems = [...first.problems];
  const region = first.data?.region;
  if (!region) return first;
  const edges = [...region.municipalities.edges];
  let pageInfo = region.municipalities.pageInfo;
  while (pageInfo.hasNextPage && pageInfo.endCursor) {
    const next = await runOperation<RegionDashboard>(connection, regionOperation, {
      ...variables,
      municipalitiesFirst: FURTHER_PAGE,
      after: pageInfo.endCursor,
      overview: false,
    });
    problems.push(...next.problems);
    const page = next.data?.region?.municipalities;
    if (!page) break;
    edges.push(...page.edges);
    pageInfo = page.pageInfo;
  }
  return {
    data: { ...first.data, region: { ...region, municipalities: { ...region.municipalities, edges, pageInfo } } },
    problems,
  };
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
  const problems = [...first.problems];
  const municipality = first.data?.municipality;
  if (!municipality) return first;
  const edges = [...municipality.organizations.edges];
  let pageInfo = municipality.organizations.pageInfo;
  while (pageInfo.hasNextPage && pageInfo.endCursor) {
    const next = await runOperation<MunicipalityDashboard>(connection, municipalityOperation, {
      ...variables,
      schoolsFirst: FURTHER_PAGE,
      after: pageInfo.endCursor,
      overview: false,
    });
    problems.push(...next.problems);
    const page = next.data?.municipality?.organizations;
    if (!page) break;
    edges.push(...page.edges);
    pageInfo = page.pageInfo;
  }
  return {
    data: {
      ...first.data,
      municipality: { ...municipality, organizations: { ...municipality.organizations, edges, pageInfo } },
    },
    problems,
  };
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
