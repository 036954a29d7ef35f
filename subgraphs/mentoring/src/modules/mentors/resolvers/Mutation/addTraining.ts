import { runMutation } from '@mentoring/platform/database';
import { badUserInput, notFound } from '@mentoring/platform/errors';
import { assertDatesInOrder, todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertOrganizationWritable } from '../../../organizations/write-scope.js';
import { MentorProfileSchema } from '../../mentor-profile.entity.js';
import { TrainingRecordSchema } from '../../training.entity.js';
import { enteredTraining } from '../../trainings.js';

export const addTraining: NonNullable<MutationResolvers['addTraining']> = (_, { mentorId, input }, context) =>
  runMutation(context.em, async (tx) => {
    const profile = await tx.findOne(MentorProfileSchema, { id: mentorId });
    if (!profile) throw notFound(`Профиль наставника ${mentorId} не найден; no mentor profile with id ${mentorId}.`);
    await assertOrganizationWritable(context, profile.organizationId);
    if (!input.programme.trim())
      throw badUserInput('Укажите программу; the programme is required.', { field: 'programme' });
    if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > 1000)
      throw badUserInput('Объём — от 1 до 1000 часов; hours must be between 1 and 1000.', { field: 'hours' });
    assertDatesInOrder(input.completedOn, todayIso(), 'Дата окончания обучения и сегодняшняя дата');
    const record = tx.create(TrainingRecordSchema, {
      mentor: profile,
      programme: input.programme.trim(),
      provider: input.provider?.trim() || null,
      hours: input.hours,
      completedOn: input.completedOn,
    });
    if (profile.status === 'CANDIDATE') profile.status = 'TRAINED';
    await tx.flush();
    return enteredTraining(record);
  });
