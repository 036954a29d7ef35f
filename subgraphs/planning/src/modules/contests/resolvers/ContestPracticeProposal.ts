import { present } from '@mentoring/platform/graphql';
import type { ContestPracticeProposalResolvers } from '../../../__generated__/types.generated.js';

/** The practice proposed with an application, from the application's proposal columns (set together, a check holds). */
export const ContestPracticeProposal: ContestPracticeProposalResolvers = {
  title: (application) => present(application.proposalTitle, `proposal of application ${application.id}`),
  summary: (application) => present(application.proposalSummary, `proposal of application ${application.id}`),
  formCode: (application) => application.proposalFormCode ?? null,
  // Person references: the registry resolves each through the one person rule (null when the viewer may not see them).
  authors: (application) => (application.proposalAuthorPersonIds ?? []).map((id) => ({ id })),
  materialsUrl: (application) => application.proposalMaterialsUrl ?? null,
};
