import { type EntityManager } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';

/** What an application enters: a mentoring pair or a practice of the bank, by mentoring's id. */
export type ContestEntry = { pairId: string; practiceId?: null } | { practiceId: string; pairId?: null };

/**
 * The organization a pair or a practice belongs to, read now from mentoring's published views (mentoring_pub): a
 * pair that has been activated (ACTIVE or COMPLETED — mentoring_pub.participation), or a practice of the bank
 * (mentoring_pub.practice). NOT_FOUND naming the argument when mentoring publishes no such pair or practice.
 */
export async function entryOrganization(em: EntityManager, entry: ContestEntry): Promise<string> {
  const [row] = entry.pairId
    ? await em.execute<{ organization_id: string }[]>(
        'select distinct pair_organization_id as organization_id from mentoring_pub.participation where pair_id = ?',
        [entry.pairId],
      )
    : await em.execute<{ organization_id: string }[]>(
        'select organization_id from mentoring_pub.practice where practice_id = ?',
        [entry.practiceId],
      );
  if (row) return row.organization_id;
  throw entry.pairId
    ? notFound(
        `Наставническая пара ${entry.pairId} не найдена среди действующих и завершённых; no active or completed pair with that id.`,
        { argument: 'pairId' },
      )
    : notFound(`Практика ${entry.practiceId} не найдена в банке практик; no practice with that id.`, {
        argument: 'practiceId',
      });
}

/** Whether the person works at the organization now (registry_pub.person_workplace): a juror's conflict of interest. */
export async function worksAt(em: EntityManager, personId: string, organizationId: string): Promise<boolean> {
  const rows = await em.execute<unknown[]>(
    'select 1 from registry_pub.person_workplace where person_id = ? and organization_id = ? limit 1',
    [personId, organizationId],
  );
  return rows.length > 0;
}
