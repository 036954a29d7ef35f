import { runMutation } from '@mentoring/platform/database';
import { conflict, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertOrganizationWritable, personBelongsTo } from '../../../organizations/write-scope.js';
import { MentorProfileSchema } from '../../mentor-profile.entity.js';
import { assertCapacity, assertMentorOfForms, distinctTexts } from '../../profile-rules.js';

export const createMentorProfile: NonNullable<MutationResolvers['createMentorProfile']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    await assertOrganizationWritable(context, input.organizationId);
    if (!(await personBelongsTo(tx, input.personId, input.organizationId))) {
      throw notFound('Это лицо не работает в указанной организации; the person does not work in this organization.', {
        field: 'personId',
      });
    }
    if (await tx.count(MentorProfileSchema, { personId: input.personId }))
      throw conflict('У этого лица уже есть профиль наставника; the person already has a mentor profile.');
    assertCapacity(input.capacity);
    await assertMentorOfForms(tx, distinctTexts(input.forms, 'forms', true), input.personId, input.organizationId);
    const profile = tx.create(MentorProfileSchema, {
      personId: input.personId,
      organizationId: input.organizationId,
      competencies: distinctTexts(input.competencies, 'competencies', true),
      achievements: input.achievements?.trim() || null,
      forms: distinctTexts(input.forms, 'forms', true),
      capacity: input.capacity,
      status: input.status ?? 'CANDIDATE',
    });
    await tx.flush();
    return profile;
  });
