import type { PersonMentoringResolvers } from '../../../__generated__/types.generated.js';
import type { MentoringPair } from '../../pairs/pair.entity.js';
import { inScopeOnly } from '../../pairs/visibility.js';

export const PersonMentoring: PersonMentoringResolvers = {
  asMentor: async (person, _, { loaders }) => inScopeOnly(await loaders.pairsByMentor.load(person.id), loaders),
  asMentee: async (person, _, { loaders }) => {
    const rows = await loaders.menteeRowsByPerson.load(person.id);
    const pairs = await Promise.all(rows.map((row) => loaders.pairById.load(row.pair.id)));
    return inScopeOnly(
      pairs.filter((pair): pair is MentoringPair => pair !== null),
      loaders,
    );
  },
};
