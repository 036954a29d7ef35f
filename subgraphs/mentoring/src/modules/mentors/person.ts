import type { PersonResolvers } from '../../__generated__/resolvers-types.js';
import { visibleMentor } from './resolvers.js';

export const PersonType: PersonResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  mentorProfile: async (person, _, context) => visibleMentor(context, await context.loaders.mentorByPerson.load(person.id)),
  mentoring: (person) => ({ id: person.id }),
};
