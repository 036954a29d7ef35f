import { assertVersion, runMutation } from '@mentoring/platform/database';
import { badUserInput, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertOrganizationWritable } from '../../../organizations/write-scope.js';
import { MentorProfileSchema } from '../../mentor-profile.entity.js';
import { assertMentorOfForms, profileFields } from '../../profile-rules.js';

export const updateMentorProfile: NonNullable<MutationResolvers['updateMentorProfile']> = (
  _,
  { id, version, patch },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const profile = await tx.findOne(MentorProfileSchema, { id });
    if (!profile) throw notFound(`Профиль наставника ${id} не найден; no mentor profile with id ${id}.`);
    await assertOrganizationWritable(context, profile.organizationId);
    assertVersion(profile, version, 'Профиль наставника');
    const fields = profileFields(patch);
    if (fields.forms) await assertMentorOfForms(tx, fields.forms, profile.personId, profile.organizationId);
    if (fields.capacity !== undefined) {
      const active = await context.loaders.activeMenteesByMentor.load(profile.personId);
      if (fields.capacity < active)
        throw badUserInput(`У наставника уже ${active} наставляемых; capacity cannot go below the current mentees.`, {
          field: 'capacity',
        });
    }
    tx.assign(profile, fields);
    await tx.flush();
    return profile;
  });
