import { present } from '@mentoring/platform/graphql';
import type { MentoringPairResolvers } from '../../../__generated__/types.generated.js';
import { consentOf } from '../participant-consent.js';
import { visiblePair } from '../visibility.js';

export const MentoringPair: MentoringPairResolvers = {
  __resolveReference: (reference, { loaders }) => visiblePair(reference.id, loaders),
  form: async (pair, _, { loaders }) =>
    pair.form ? present(await loaders.formByCode.load(pair.form.code), `form of pair ${pair.id}`) : null,
  project: async (pair, _, { loaders }) =>
    pair.project ? present(await loaders.projectByCode.load(pair.project.code), `project of pair ${pair.id}`) : null,
  mentorConsent: async (pair, _, { loaders }) =>
    consentOf(await loaders.consentsByPair.load(pair.id), pair.mentorPersonId),
  mentorConsentDate: async (pair, _, { loaders }) =>
    consentOf(await loaders.consentsByPair.load(pair.id), pair.mentorPersonId)?.givenOn ?? null,
  formats: async (pair, _, { loaders }) =>
    (await Promise.all(pair.formats.map((code) => loaders.formatByCode.load(code)))).map((format, index) =>
      present(format, `format ${pair.formats[index]}`),
    ),
  organization: (pair) => ({ id: pair.organizationId }),
  mentor: (pair) => (pair.mentorPersonId ? { id: pair.mentorPersonId } : null),
  mentees: (pair, _, { loaders }) => loaders.menteesByPair.load(pair.id),
  isGroup: async (pair, _, { loaders }) => (await loaders.menteesByPair.load(pair.id)).length > 1,
  programme: async (pair, _, { loaders }) => (await loaders.programmeByPair.load(pair.id))[0] ?? null,
};
