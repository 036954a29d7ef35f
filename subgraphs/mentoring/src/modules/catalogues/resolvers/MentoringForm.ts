import { catalogueSourceResolvers } from '@mentoring/platform';
import type { MentoringFormResolvers } from '../../../__generated__/types.generated.js';

export const MentoringForm: MentoringFormResolvers = catalogueSourceResolvers;
