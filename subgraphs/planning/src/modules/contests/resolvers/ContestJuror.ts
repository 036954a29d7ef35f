import { referenceTo } from '@mentoring/platform/graphql';
import type { ContestJurorResolvers } from '../../../__generated__/types.generated.js';

export const ContestJuror: ContestJurorResolvers = {
  // The platform applies the one person rule to every Person field: a person the viewer may not see is null.
  person: (juror) => referenceTo(juror.personId),
};
