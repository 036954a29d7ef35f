import { catalogueSourceResolvers } from '@mentoring/platform/catalogue';
import type { MentoringProjectResolvers } from '../../../__generated__/types.generated.js';

export const MentoringProject: MentoringProjectResolvers = catalogueSourceResolvers;
