import DataLoader from 'dataloader';
import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { type DataOrigin } from '@mentoring/sources';
import { personVisibilitySql } from '@mentoring/subgraph-registry/published';
import { EventParticipationSchema, type EventParticipation, type ParticipationStatus } from './participation.entity.js';
import type { EventOrganizationParticipation, EventParticipations } from './participation-summary.js';

const TOOK_PART = `p."status" in ('ATTENDED', 'COMPLETED')`;
const placeholders = (keys: readonly string[]) => keys.map(() => '?::uuid').join(', ');

/** Counts of N events in one grouped statement. */
export function participationCountsLoader(em: EntityManager): DataLoader<string, EventParticipations> {
  return new DataLoader(async (eventIds) => {
    const rows = await em.execute<
      {
        event_id: string;
        organizations_registered: number;
        organizations_attended: number;
        people_registered: number;
        people_attended: number;
        people_completed: number;
      }[]
    >(
      `select p."event_id",
              count(distinct p."organization_id")::int as "organizations_registered",
              count(distinct p."organization_id") filter (where ${TOOK_PART})::int as "organizations_attended",
              count(distinct p."person_id")::int as "people_registered",
              count(distinct p."person_id") filter (where ${TOOK_PART})::int as "people_attended",
              count(distinct p."person_id") filter (where p."status" = 'COMPLETED')::int as "people_completed"
       from "planning"."event_participation" p where p."event_id" in (${placeholders(eventIds)})
       group by p."event_id"`,
      [...eventIds],
    );
    const byEvent = new Map(rows.map((row) => [row.event_id, row]));
    return eventIds.map((eventId) => {
      const row = byEvent.get(eventId);
      return {
        eventId,
        organizationsRegistered: row?.organizations_registered ?? 0,
        organizationsAttended: row?.organizations_attended ?? 0,
        peopleRegistered: row?.people_registered ?? 0,
        peopleAttended: row?.people_attended ?? 0,
        peopleCompleted: row?.people_completed ?? 0,
      };
    });
  });
}

const RANKED: ParticipationStatus[] = ['REGISTERED', 'ATTENDED', 'COMPLETED'];

/** The organizations of N events, each with its best status, in one grouped statement. */
export function organizationParticipationsLoader(
  em: EntityManager,
): DataLoader<string, EventOrganizationParticipation[]> {
  return new DataLoader(async (eventIds) => {
    const rows = await em.execute<{ event_id: string; organization_id: string; rank: number; origin: DataOrigin }[]>(
      `select p."event_id", p."organization_id",
              max(case p."status" when 'COMPLETED' then 2 when 'ATTENDED' then 1 else 0 end)::int as "rank",
              case when bool_or(p."data_origin" = 'SYNTHETIC') then 'SYNTHETIC'
                   when bool_or(p."data_origin" = 'SEED') then 'SEED' else 'ENTERED' end as "origin"
       from "planning"."event_participation" p where p."event_id" in (${placeholders(eventIds)})
       group by p."event_id", p."organization_id" order by p."event_id", p."organization_id"`,
      [...eventIds],
    );
    const byEvent = new Map<string, EventOrganizationParticipation[]>();
    for (const row of rows) {
      const list = byEvent.get(row.event_id) ?? [];
      list.push({
        organizationId: row.organization_id,
        status: RANKED[row.rank] ?? 'REGISTERED',
        dataOrigin: row.origin,
      });
      byEvent.set(row.event_id, list);
    }
    return eventIds.map((eventId) => byEvent.get(eventId) ?? []);
  });
}

/** Where the viewer's people lists reach: organizations of the operator's region or the coordinator's municipality. */
function territoryCondition(viewer: Viewer): { sql: string; params: string[] } {
  const { regionCode, municipalityOktmo } = viewer.scope;
  if (viewer.role === 'REGIONAL_OPERATOR' && regionCode)
    return {
      sql: `p."organization_id" in (select organization_id from registry_pub.organization_territory where region_code = ?)`,
      params: [regionCode],
    };
  if (viewer.role === 'MUNICIPAL_COORDINATOR' && municipalityOktmo)
    return {
      sql: `p."organization_id" in (select organization_id from registry_pub.organization_territory where municipality_oktmo = ?)`,
      params: [municipalityOktmo],
    };
  return { sql: 'false', params: [] };
}

/**
 * People's registrations of N events in one statement: only of organizations in the viewer's territory, and only
 * people the viewer may see (the registry's one person rule, as SQL).
 */
export function peopleParticipationsLoader(
  em: EntityManager,
  viewer: Viewer,
): DataLoader<string, EventParticipation[]> {
  return new DataLoader(async (eventIds) => {
    const territory = territoryCondition(viewer);
    const visible = personVisibilitySql(viewer, 'p."person_id"');
    const rows = await em.execute<Record<string, unknown>[]>(
      `select p.* from "planning"."event_participation" p
       where p."event_id" in (${placeholders(eventIds)}) and p."person_id" is not null
         and ${territory.sql} and ${visible.sql}
       order by p."event_id", p."organization_id", p."created_at", p."id"`,
      [...eventIds, ...territory.params, ...visible.params],
    );
    const byEvent = new Map<string, EventParticipation[]>();
    for (const row of rows) {
      const participation = em.map(EventParticipationSchema, row);
      const list = byEvent.get(String(row['event_id'])) ?? [];
      list.push(participation);
      byEvent.set(String(row['event_id']), list);
    }
    return eventIds.map((eventId) => byEvent.get(eventId) ?? []);
  });
}
