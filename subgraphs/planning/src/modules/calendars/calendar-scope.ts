import { type EntityManager } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';
import { exactlyOneKey } from '@mentoring/platform/graphql';
import type { CalendarScopeInput } from '../../__generated__/types.generated.js';
import type { CalendarLevel } from './calendar-entry.js';

const LOOKUPS = {
  regionCode: {
    level: 'REGION',
    sql: 'select "region_id" as "id" from "registry_pub"."municipality_territory" where "region_code" = ? limit 1',
    what: 'Субъект РФ с кодом',
  },
  municipalityOktmo: {
    level: 'MUNICIPALITY',
    sql: 'select "municipality_id" as "id" from "registry_pub"."municipality_territory" where "municipality_oktmo" = ?',
    what: 'Муниципальное образование с ОКТМО',
  },
  organizationId: {
    level: 'ORGANIZATION',
    sql: 'select "organization_id" as "id" from "registry_pub"."organization_territory" where "organization_id" = ?::uuid',
    what: 'Организация',
  },
} as const satisfies Record<keyof CalendarScopeInput, { level: CalendarLevel; sql: string; what: string }>;

/** The scope's level and registry id, read from the registry's published views; an unknown territory is NOT_FOUND. */
export async function resolveScope(
  em: EntityManager,
  scope: CalendarScopeInput,
): Promise<{ level: CalendarLevel; id: string }> {
  const [key, value] = exactlyOneKey(scope, ['regionCode', 'municipalityOktmo', 'organizationId']);
  const lookup = LOOKUPS[key];
  const [row] = await em.execute<{ id: string }[]>(lookup.sql, [value]);
  if (!row)
    throw notFound(`${lookup.what} ${value} не найден(а) в реестре; no such territory (scope.${key}).`, {
      argument: `scope.${key}`,
    });
  return { level: lookup.level, id: row.id };
}
