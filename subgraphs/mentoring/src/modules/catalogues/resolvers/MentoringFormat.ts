import { catalogueSourceResolvers } from '@mentoring/sources';
import type { MentoringFormatResolvers } from '../../../__generated__/types.generated.js';

export const MentoringFormat: MentoringFormatResolvers = catalogueSourceResolvers;
