import { type EntityManager } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';
import type { Context } from '../../context.js';
import { PersonSchema, type Person } from './person.entity.js';

/**
 * A person the viewer may change: one the person rule lets them see (working or studying now in the
 * territory). Anyone else is answered as absent, word for word, so a write cannot tell who exists elsewhere.
 */
export async function personToWrite(context: Context, tx: EntityManager, id: string): Promise<Person> {
  const person = (await context.personVisible.load(id)) ? await tx.findOne(PersonSchema, { id }) : null;
  if (!person) throw notFound(`Лицо ${id} не найдено; no person with id ${id}.`);
  return person;
}
