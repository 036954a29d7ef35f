import { catalogueSourceResolvers } from '@mentoring/platform';
import type { MentoringProjectResolvers } from '../../../__generated__/types.generated.js';

export const MentoringProject: MentoringProjectResolvers = catalogueSourceResolvers;
