import type { PersonResolvers } from '../../../__generated__/types.generated.js';
import { visibleMentor } from '../../mentors/visibility.js';

export const Person: PersonResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  mentorProfile: async (person, _, context) =>
    visibleMentor(context, await context.loaders.mentorByPerson.load(person.id)),
  mentoring: (person) => ({ id: person.id }),
};
