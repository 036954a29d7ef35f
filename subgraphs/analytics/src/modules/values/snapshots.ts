import type { EntityManager } from '@mentoring/platform/database';
import { todayIso } from '@mentoring/platform/validation';
import { TERRITORY_LEVELS, type TerritoryLevel } from '../indicators/snapshot.entity.js';
import { FAMILIES, measureFamily, measureValue, NOT_COMPUTED_AT } from './families.js';

/** Every territory of a level, from the registry's published views. */
const ALL_IDS: Record<TerritoryLevel, string> = {
  REGION: `select distinct "region_id" as "id" from "registry_pub"."municipality_territory"`,
  MUNICIPALITY: `select "municipality_id" as "id" from "registry_pub"."municipality_territory"`,
  ORGANIZATION: `select "organization_id" as "id" from "registry_pub"."organization_territory"`,
};

/**
 * Writes the computed values of every territory on a date: one family statement per level, then one upsert per
 * level. Suppression is not applied here: snapshots are stored whole and pass the small-cell rule when read.
 * Returns the number of snapshot rows written.
 */
export async function rebuildSnapshot(em: EntityManager, asOf: string): Promise<number> {
  let written = 0;
  for (const level of TERRITORY_LEVELS) {
    const ids = (await em.execute<{ id: string }[]>(ALL_IDS[level])).map((row) => row.id);
    if (ids.length === 0) continue;
    const rows: { code: string; territoryId: string; value: number | null; numerator: number; denominator: number }[] =
      [];
    for (const family of Object.values(FAMILIES)) {
      const measured = await measureFamily(em, family, level, asOf, ids);
      for (const [territoryId, measures] of measured)
        for (const [code, measure] of Object.entries(measures)) {
          if (NOT_COMPUTED_AT[code]?.includes(level)) continue;
          rows.push({
            code,
            territoryId,
            value: measureValue(measure),
            numerator: measure.numerator,
            denominator: measure.denominator,
          });
        }
    }
    if (rows.length === 0) continue;
    await em.execute(
      `insert into "analytics"."indicator_snapshot" ("id", "indicator_code", "level", "territory_id", "as_of", "value", "numerator", "denominator")
       select gen_random_uuid(), r."code", ?, r."territory_id", ?::date, r."value", r."numerator", r."denominator"
       from jsonb_to_recordset(?::jsonb) as r("code" text, "territory_id" uuid, "value" float8, "numerator" float8, "denominator" float8)
       on conflict ("indicator_code", "level", "territory_id", "as_of") do update
         set "value" = excluded."value", "numerator" = excluded."numerator", "denominator" = excluded."denominator", "updated_at" = now()`,
      [
        level,
        asOf,
        JSON.stringify(
          rows.map(({ code, territoryId, ...measure }) => ({ code, territory_id: territoryId, ...measure })),
        ),
      ],
    );
    written += rows.length;
  }
  return written;
}

/** The last day of the quarter before the one holding `date` (what the quarterly job snapshots). */
export function previousQuarterEnd(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const quarterStartMonth = Math.floor((month - 1) / 3) * 3; // 0-based month the quarter starts in
  const end = new Date(Date.UTC(year, quarterStartMonth, 0));
  return end.toISOString().slice(0, 10);
}

/** Quarter ends from the first quarter of 2022 (the seeds' plans start then) to the last one before `today`. */
export function pastQuarterEnds(today: string = todayIso()): string[] {
  const ends: string[] = [];
  for (let end = previousQuarterEnd(today); end >= '2022-03-31'; end = previousQuarterEnd(end)) ends.unshift(end);
  return ends;
}

/** Rebuilds every past quarter's snapshot from the `*_as_of(date)` views (demo data, and after a correction). */
export async function rebuildPastSnapshots(em: EntityManager, today: string = todayIso()): Promise<number> {
  let written = 0;
  for (const asOf of pastQuarterEnds(today)) written += await rebuildSnapshot(em, asOf);
  return written;
}
