import { catalogueSourceResolvers } from '@mentoring/platform/catalogue';
import type { MentoringFormatResolvers } from '../../../__generated__/types.generated.js';

export const MentoringFormat: MentoringFormatResolvers = catalogueSourceResolvers;
