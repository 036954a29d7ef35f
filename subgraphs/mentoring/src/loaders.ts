import { countLoader, once, organizationScope, uniqueLoader, type EntityManager, type Viewer } from '@mentoring/platform';
import { MentoringFormSchema } from './modules/forms/form.entity.js';
import { MentoringPairSchema } from './modules/pairs/pair.entity.js';

/** One set per request, so N pairs or N organizations cost one statement per kind. */
export function createMentoringLoaders(em: EntityManager, viewer: Viewer) {
  return {
    formByCode: uniqueLoader(em, MentoringFormSchema, 'code'),
    pairById: uniqueLoader(em, MentoringPairSchema, 'id'),
    activePairCountByOrganization: countLoader(em, MentoringPairSchema, 'organizationId', { status: 'ACTIVE' }),
    /** The organizations whose pairs this viewer may see, read once per request. */
    organizationScope: once(() => organizationScope(em, viewer)),
  };
}

export type MentoringLoaders = ReturnType<typeof createMentoringLoaders>;
