import { findConnection, forbidden, inScope, present, type ConnectionArgs, type EntityManager, type OrganizationScope } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type {
  MentoringPairFilter,
  MentoringPairResolvers,
  OrganizationMentoringResolvers,
  OrganizationResolvers,
  PairMenteeResolvers,
  PersonMentoringResolvers,
  QueryResolvers,
} from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { mentorsConnection } from '../mentors/resolvers.js';
import { projectView } from '../forms/resolvers.js';
import { ProgrammeSchema } from '../programmes/programme.entity.js';
import type { PairConsent } from './pair-consent.entity.js';
import { MentoringPairSchema, type MentoringPair } from './pair.entity.js';

function pairsWhere(filter: MentoringPairFilter | null | undefined, scope: OrganizationScope): FilterQuery<MentoringPair> {
  const conditions: FilterQuery<MentoringPair>[] = [];
  if (scope.kind === 'some') conditions.push({ organizationId: { $in: [...scope.ids] } });
  if (filter?.form) conditions.push({ form: filter.form });
  if (filter?.project) conditions.push({ project: filter.project });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.organizationId) conditions.push({ organizationId: filter.organizationId });
  if (filter?.mentorPersonId) conditions.push({ mentorPersonId: filter.mentorPersonId });
  return { $and: conditions };
}

const pairsConnection = (em: EntityManager, where: FilterQuery<MentoringPair>, page: ConnectionArgs) =>
  findConnection(em, MentoringPairSchema, where, page, { startDate: 'desc', id: 'asc' });

/** A pair outside the viewer's territory is answered as if it did not exist. */
async function visiblePair(id: string, loaders: Context['loaders']): Promise<MentoringPair | null> {
  const pair = await loaders.pairById.load(id);
  return pair && inScope(await loaders.organizationScope(), pair.organizationId) ? pair : null;
}

async function inScopeOnly(pairs: MentoringPair[], loaders: Context['loaders']): Promise<MentoringPair[]> {
  const scope = await loaders.organizationScope();
  return pairs.filter((pair) => inScope(scope, pair.organizationId));
}

export const pairQueries: Pick<QueryResolvers, 'mentoringPair' | 'mentoringPairs'> = {
  mentoringPair: (_, { id }, { loaders }) => visiblePair(id, loaders),
  mentoringPairs: async (_, { filter, ...page }, { em, loaders }) => pairsConnection(em, pairsWhere(filter, await loaders.organizationScope()), page),
};

export const MentoringPairType: MentoringPairResolvers = {
  __resolveReference: (reference, { loaders }) => visiblePair(reference.id, loaders),
  form: async (pair, _, { loaders }) => (pair.form ? present(await loaders.formByCode.load(pair.form.code), `form of pair ${pair.id}`) : null),
  project: async (pair, _, { loaders }) => (pair.project ? projectView(present(await loaders.projectByCode.load(pair.project.code), `project of pair ${pair.id}`)) : null),
  mentorConsent: async (pair, _, { loaders }) => consentOf(await loaders.consentsByPair.load(pair.id), pair.mentorPersonId),
  mentorConsentDate: async (pair, _, { loaders }) => consentOf(await loaders.consentsByPair.load(pair.id), pair.mentorPersonId)?.givenOn ?? null,
  formats: async (pair, _, { loaders }) => (await Promise.all(pair.formats.map((code) => loaders.formatByCode.load(code)))).map((format, index) => present(format, `format ${pair.formats[index]}`)),
  organization: (pair) => ({ id: pair.organizationId }),
  mentor: (pair) => (pair.mentorPersonId ? { id: pair.mentorPersonId } : null),
  mentees: (pair, _, { loaders }) => loaders.menteesByPair.load(pair.id),
  isGroup: async (pair, _, { loaders }) => (await loaders.menteesByPair.load(pair.id)).length > 1,
  programme: async (pair, _, { loaders }) => (await loaders.programmeByPair.load(pair.id))[0] ?? null,
};

/** The written consent of one participant of a pair, as the GraphQL ParticipantConsent. */
function consentOf(consents: PairConsent[], personId: string | null | undefined) {
  const consent = personId ? consents.find((candidate) => candidate.personId === personId) : undefined;
  return consent ? { givenOn: consent.givenOn, givenBy: consent.givenBy } : null;
}

export const PairMenteeType: PairMenteeResolvers = {
  person: (mentee) => ({ id: mentee.personId }),
  consent: async (mentee, _, { loaders }) => consentOf(await loaders.consentsByPair.load(mentee.pair.id), mentee.personId),
  organization: (mentee) => ({ id: mentee.organizationId }),
};

export const PersonMentoringType: PersonMentoringResolvers = {
  asMentor: async (person, _, { loaders }) => inScopeOnly(await loaders.pairsByMentor.load(person.id), loaders),
  asMentee: async (person, _, { loaders }) => {
    const rows = await loaders.menteeRowsByPerson.load(person.id);
    const pairs = await Promise.all(rows.map((row) => loaders.pairById.load(row.pair.id)));
    return inScopeOnly(pairs.filter((pair): pair is MentoringPair => pair !== null), loaders);
  },
};

export const OrganizationPairs: Pick<OrganizationResolvers, '__resolveReference' | 'activeMentoringPairCount' | 'mentoring'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  activeMentoringPairCount: (organization, _, { loaders }) => loaders.activePairCountByOrganization.load(organization.id),
  mentoring: async (organization, _, { loaders }) => {
    if (!inScope(await loaders.organizationScope(), organization.id)) {
      throw forbidden('Наставничество этой организации вне вашей территории; this organization is outside your territory.');
    }
    return { id: organization.id };
  },
};

export const OrganizationMentoringType: OrganizationMentoringResolvers = {
  pairs: (organization, { status, ...page }, { em }) => pairsConnection(em, pairsWhere({ organizationId: organization.id, status }, { kind: 'all' }), page),
  programmes: (organization, page, { em }) =>
    findConnection(em, ProgrammeSchema, { pair: { organizationId: organization.id } }, page, { startDate: 'desc', id: 'asc' }),
  mentors: (organization, page, context) => mentorsConnection(context, { organizationId: organization.id }, page),
};
