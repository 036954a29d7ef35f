import { personVisibilitySql } from '@mentoring/subgraph-registry/published';
import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';

export interface PersonAtWork {
  personId: string;
  fullName: string;
  organizationId: string;
  organizationShortName: string;
}

/**
 * Names and current workplaces from registry_pub.person_workplace, of the people the person rule lets the
 * viewer see (someone who moved out of the territory is not named); pupils are not there and are never named.
 */
export async function peopleAtWork(
  em: EntityManager,
  viewer: Viewer,
  personIds: string[],
): Promise<Map<string, PersonAtWork[]>> {
  const people = new Map<string, PersonAtWork[]>();
  if (personIds.length === 0) return people;
  const visible = personVisibilitySql(viewer, 'person_id');
  // full_name is the registry's: initials as printed where the first name is unknown («Пехтерева Т. А.»).
  const rows = await em.execute<
    { person_id: string; full_name: string; organization_id: string; organization_short_name: string }[]
  >(
    `select person_id, full_name, organization_id, organization_short_name from registry_pub.person_workplace where person_id in (?) and ${visible.sql}`,
    [[...new Set(personIds)], ...visible.params],
  );
  for (const row of rows) {
    const entry = {
      personId: row.person_id,
      fullName: row.full_name,
      organizationId: row.organization_id,
      organizationShortName: row.organization_short_name,
    };
    people.set(row.person_id, [...(people.get(row.person_id) ?? []), entry]);
  }
  return people;
}
