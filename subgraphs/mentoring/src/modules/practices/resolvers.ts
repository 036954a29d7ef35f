import { badUserInput, containsPattern, findConnection, optionalHttpUrl, organizationsOfTerritory, requiredText, runMutation } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { MutationResolvers, PracticeFilter, PracticeResolvers, QueryResolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { MentoringFormSchema } from '../forms/form.entity.js';
import { assertOrganizationWritable } from '../write-scope.js';
import { PracticeSchema, type Practice } from './practice.entity.js';

async function practicesWhere(context: Context, filter: PracticeFilter | null | undefined): Promise<FilterQuery<Practice>> {
  const conditions: FilterQuery<Practice>[] = [];
  if (filter?.search) {
    const pattern = containsPattern(filter.search);
    conditions.push({ $or: [{ title: { $ilike: pattern } }, { summary: { $ilike: pattern } }] });
  }
  if (filter?.form) conditions.push({ form: filter.form });
  if (filter?.year) conditions.push({ year: filter.year });
  if (filter?.organizationId) conditions.push({ organizationId: filter.organizationId });
  if (filter?.regionCode) conditions.push({ organizationId: { $in: await organizationsOfTerritory(context.em, { regionCode: filter.regionCode }) } });
  return { $and: conditions };
}

export const practiceQueries: Pick<QueryResolvers, 'practices'> = {
  practices: async (_, { filter, ...page }, context) => findConnection(context.em, PracticeSchema, await practicesWhere(context, filter), page, { year: 'desc', id: 'asc' }),
};

export const PracticeType: PracticeResolvers = {
  organization: (practice) => ({ id: practice.organizationId }),
  authors: (practice) => practice.authorPersonIds.map((id) => ({ id })),
  form: (practice, _, { loaders }) => (practice.form ? loaders.formByCode.load(practice.form.code) : null),
};

export const practiceMutations: Pick<MutationResolvers, 'createPractice'> = {
  createPractice: (_, { input }, context) =>
    runMutation(context.em, async (tx) => {
      await assertOrganizationWritable(context, input.organizationId);
      const year = new Date().getUTCFullYear();
      if (!Number.isInteger(input.year) || input.year < 2000 || input.year > year) throw badUserInput(`Год — от 2000 до ${year}; the year is out of range.`, { field: 'year' });
      const practice = tx.create(PracticeSchema, {
        title: requiredText(input.title, 'title'),
        summary: requiredText(input.summary, 'summary'),
        organizationId: input.organizationId,
        authorPersonIds: [...new Set(input.authorPersonIds)],
        form: input.form ? tx.getReference(MentoringFormSchema, input.form) : null,
        year: input.year,
        materialsUrl: optionalHttpUrl(input.materialsUrl, 'materialsUrl'),
        awards: (input.awards ?? []).map((award) => award.trim()).filter(Boolean),
      });
      await tx.flush();
      return practice;
    }),
};
