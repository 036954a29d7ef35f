import type { EntityManager } from '@mentoring/platform/database';

/** The mentor's employment at the organization (registry_pub.staff), current today: its start date, or null. */
export async function employmentStart(
  em: EntityManager,
  personId: string,
  organizationId: string,
): Promise<string | null> {
  const rows = await em.execute<{ start_date: string }[]>(
    `select to_char(min(start_date), 'YYYY-MM-DD') as start_date from registry_pub.staff
     where person_id = ? and organization_id = ? and start_date <= current_date and (end_date is null or end_date >= current_date)`,
    [personId, organizationId],
  );
  return rows[0]?.start_date ?? null;
}
