import { catalogueSourceResolvers } from '@mentoring/platform/catalogue';
import type { MentoringFormResolvers } from '../../../__generated__/types.generated.js';

export const MentoringForm: MentoringFormResolvers = catalogueSourceResolvers;
