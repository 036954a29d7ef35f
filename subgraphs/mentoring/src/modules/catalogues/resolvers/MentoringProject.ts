import { catalogueSourceResolvers } from '@mentoring/sources';
import type { MentoringProjectResolvers } from '../../../__generated__/types.generated.js';

export const MentoringProject: MentoringProjectResolvers = catalogueSourceResolvers;
