import { assertVersion, type EntityManager } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';
import type { Context } from '../../context.js';
import { assertOrganizationWritable } from '../organizations/write-scope.js';
import { MentoringPairSchema, type MentoringPair } from './pair.entity.js';

/** The pair with its mentees, in the viewer's territory and at the version the client read. */
export async function pairToWrite(
  context: Context,
  tx: EntityManager,
  id: string,
  version: number,
): Promise<MentoringPair> {
  const pair = await tx.findOne(MentoringPairSchema, { id }, { populate: ['mentees'] });
  if (!pair) throw notFound(`Пара ${id} не найдена; no mentoring pair with id ${id}.`);
  await assertOrganizationWritable(context, pair.organizationId);
  assertVersion(pair, version, 'Пара');
  return pair;
}

/** Serialises activations that touch the same mentor or mentee and form, so the rules hold under concurrency. */
export async function lockFor(tx: EntityManager, keys: string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [key]);
}
