import { catalogueSourceResolvers } from '@mentoring/sources';
import type { MentoringFormResolvers } from '../../../__generated__/types.generated.js';

export const MentoringForm: MentoringFormResolvers = catalogueSourceResolvers;
