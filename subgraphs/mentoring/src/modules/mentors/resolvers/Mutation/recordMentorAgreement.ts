import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict, notFound } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertOrganizationWritable } from '../../../organizations/write-scope.js';
import { MentorAgreementSchema } from '../../agreement.entity.js';
import { employmentStart } from '../../employment-start.js';
import { MentorProfileSchema } from '../../mentor-profile.entity.js';

/**
 * Seed 003 §4: «Дополнительное соглашение к трудовому договору наставника или иной вариант, предусматривающий доплату наставнику».
 * It amends the mentor's own employment contract, so only a mentor employed by the organization has one (a pupil or
 * student mentor has no employment contract), dated not before that employment began and not in the future. It is
 * kept on the mentor, not a pair: it covers the mentoring duties of whatever pairs the mentor takes on. Every agreement
 * recorded stays in the history (a new one does not erase the old); the profile shows the latest.
 */
export const recordMentorAgreement: NonNullable<MutationResolvers['recordMentorAgreement']> = (
  _,
  { mentorId, number, date },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const profile = await tx.findOne(MentorProfileSchema, { id: mentorId });
    if (!profile) throw notFound(`Профиль наставника ${mentorId} не найден; no mentor profile with id ${mentorId}.`);
    await assertOrganizationWritable(context, profile.organizationId);
    if (!number.trim())
      throw badUserInput(
        'Укажите номер дополнительного соглашения к трудовому договору; the agreement number is required.',
        { field: 'number' },
      );
    const started = await employmentStart(tx, profile.personId, profile.organizationId);
    if (!started) {
      throw badUserInput(
        'Дополнительное соглашение заключается к трудовому договору наставника, а наставник не работает в этой организации по трудовому договору (например, обучающийся); only a mentor employed by the organization has an employment contract to amend.',
        { field: 'mentorId' },
      );
    }
    if (date < started)
      throw badUserInput(
        `Дата соглашения ${date} раньше начала работы наставника в организации (${started}); the agreement cannot predate the employment.`,
        { field: 'date' },
      );
    if (date > todayIso())
      throw badUserInput(`Дата соглашения ${date} ещё не наступила; the agreement date is in the future.`, {
        field: 'date',
      });
    if (await tx.count(MentorAgreementSchema, { mentor: profile, number: number.trim(), date })) {
      throw conflict(`Соглашение № ${number.trim()} от ${date} уже записано; this agreement is already recorded.`, {
        field: 'number',
      });
    }
    tx.create(MentorAgreementSchema, {
      mentor: profile,
      number: number.trim(),
      date,
      organizationId: profile.organizationId,
    });
    await tx.flush();
    return profile;
  });
