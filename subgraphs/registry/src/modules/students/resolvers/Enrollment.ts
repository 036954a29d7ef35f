import { present } from '@mentoring/platform/graphql';
import type { EnrollmentResolvers } from '../../../__generated__/types.generated.js';

export const Enrollment: EnrollmentResolvers = {
  organization: async (enrollment, _, { loaders }) =>
    present(
      await loaders.organizationById.load(enrollment.organization.id),
      `organization of enrollment ${enrollment.id}`,
    ),
};
