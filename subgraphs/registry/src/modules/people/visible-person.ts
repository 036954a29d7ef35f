import type { Context } from '../../context.js';
import type { Person } from './person.entity.js';

/** A person the viewer may not see is answered as absent. */
export async function visiblePerson(id: string, { loaders, personVisible }: Context): Promise<Person | null> {
  return (await personVisible.load(id)) ? loaders.personById.load(id) : null;
}
