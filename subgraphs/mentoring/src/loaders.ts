import { countLoader, uniqueLoader, type EntityManager } from '@mentoring/platform';
import { MentoringFormSchema } from './modules/forms/form.entity.js';
import { MentoringPairSchema } from './modules/pairs/pair.entity.js';

/** One set per request, so N pairs or N organizations cost one statement per kind. */
export function createMentoringLoaders(em: EntityManager) {
  return {
    formByCode: uniqueLoader(em, MentoringFormSchema, 'code'),
    pairById: uniqueLoader(em, MentoringPairSchema, 'id'),
    activePairCountByOrganization: countLoader(em, MentoringPairSchema, 'organizationId', { status: 'ACTIVE' }),
  };
}

export type MentoringLoaders = ReturnType<typeof createMentoringLoaders>;
