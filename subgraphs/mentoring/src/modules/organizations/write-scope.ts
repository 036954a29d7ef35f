import { type EntityManager } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';
import type { Context } from '../../context.js';

/** An organization of the registry (published view) that lies in the viewer's territory. */
export async function assertOrganizationWritable(context: Context, organizationId: string): Promise<void> {
  const rows = await context.em.execute<{ organization_id: string }[]>(
    'select organization_id from registry_pub.organization_territory where organization_id = ?',
    [organizationId],
  );
  if (rows.length === 0)
    throw notFound(`Организация ${organizationId} не найдена; no organization with id ${organizationId}.`);
  if (!(await context.loaders.organizationInScope.load(organizationId)))
    throw forbidden('Это вне вашей территории; this is outside your territory.');
}

/** Whether the registry knows the person as working or studying (now) in the organization. */
export async function personBelongsTo(em: EntityManager, personId: string, organizationId: string): Promise<boolean> {
  const rows = await em.execute<{ found: number }[]>(
    `select 1 as found from registry_pub.person_workplace where person_id = ? and organization_id = ?
     union all select 1 from registry_pub.students where person_id = ? and organization_id = ? and end_date is null`,
    [personId, organizationId, personId, organizationId],
  );
  return rows.length > 0;
}

/** The positions the person holds now in the organization (registry_pub.person_workplace), none when they do not work there. */
export async function positionsAt(em: EntityManager, personId: string, organizationId: string): Promise<string[]> {
  const rows = await em.execute<{ position: string }[]>(
    'select position from registry_pub.person_workplace where person_id = ? and organization_id = ?',
    [personId, organizationId],
  );
  return rows.map((row) => row.position);
}
