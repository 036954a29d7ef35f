import { runMutation } from '@mentoring/platform/database';
import { badUserInput, notFound } from '@mentoring/platform/errors';
import { assertDatesInOrder } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { organizationToWrite } from '../../../organizations/write-scope.js';
import { EmploymentSchema } from '../../employment.entity.js';

export const endEmployment: NonNullable<MutationResolvers['endEmployment']> = (_, { id, endDate }, context) =>
  runMutation(context.em, async (tx) => {
    const employment = await tx.findOne(EmploymentSchema, { id });
    if (!employment) throw notFound(`Трудоустройство ${id} не найдено; no employment with id ${id}.`);
    await organizationToWrite({ ...context, em: tx }, employment.organization.id);
    if (employment.endDate)
      throw badUserInput(`Трудоустройство уже завершено ${employment.endDate}; it has already ended.`);
    assertDatesInOrder(employment.startDate, endDate, 'Дата приёма и дата увольнения');
    employment.endDate = endDate;
    await tx.flush();
    return employment;
  });
