import { runMutation } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { optionalHttpUrl, requiredText } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { MentoringFormSchema } from '../../../catalogues/form.entity.js';
import { assertOrganizationWritable } from '../../../organizations/write-scope.js';
import { fromEntity } from '../../practice-bank.js';
import { PracticeSchema } from '../../practice.entity.js';

export const createPractice: NonNullable<MutationResolvers['createPractice']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    await assertOrganizationWritable(context, input.organizationId);
    const year = new Date().getUTCFullYear();
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > year)
      throw badUserInput(`Год — от 2000 до ${year}; the year is out of range.`, { field: 'year' });
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
    return fromEntity(practice);
  });
