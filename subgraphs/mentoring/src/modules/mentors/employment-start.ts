import type { EntityManager } from '@mentoring/platform/database';

/**
 * The person's employment at the organization (registry_pub.staff) that has not ended: the earliest start date,
 * or null. `begun` keeps only employments already begun today; `notEnded` also those that start later, so a
 * caller can tell «starts later» from «not employed».
 */
export async function employmentStart(
  em: EntityManager,
  personId: string,
  organizationId: string,
  which: 'begun' | 'notEnded' = 'begun',
): Promise<string | null> {
  const begun = which === 'begun' ? 'and start_date <= current_date' : '';
  const rows = await em.execute<{ start_date: string | null }[]>(
    `select to_char(min(start_date), 'YYYY-MM-DD') as start_date from registry_pub.staff
     where person_id = ? and organization_id = ? ${begun} and (end_date is null or end_date >= current_date)`,
    [personId, organizationId],
  );
  return rows[0]?.start_date ?? null;
}
