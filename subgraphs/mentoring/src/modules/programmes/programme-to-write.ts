import { type EntityManager } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';
import type { Context } from '../../context.js';
import { assertOrganizationWritable } from '../organizations/write-scope.js';
import { ProgrammeSchema, type Programme } from './programme.entity.js';

/** The programme with its pair, whose organization lies in the viewer's territory. */
export async function programmeToWrite(context: Context, tx: EntityManager, id: string): Promise<Programme> {
  const programme = await tx.findOne(ProgrammeSchema, { id }, { populate: ['pair'] });
  if (!programme) throw notFound(`Программа ${id} не найдена; no programme with id ${id}.`);
  await assertOrganizationWritable(context, programme.pair.organizationId);
  return programme;
}
