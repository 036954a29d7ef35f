import { runMutation } from '@mentoring/platform/database';
import { badUserInput, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { MentoringFormSchema } from '../../../catalogues/form.entity.js';
import { assertKindForForm } from '../../../catalogues/participant-kinds.js';
import { MentoringProjectSchema } from '../../../catalogues/project.entity.js';
import { MentorProfileSchema } from '../../../mentors/mentor-profile.entity.js';
import { assertOrganizationWritable, personBelongsTo } from '../../../organizations/write-scope.js';
import { PairMenteeSchema } from '../../pair-mentee.entity.js';
import { MentoringPairSchema } from '../../pair.entity.js';
import { assertProgrammeLength } from '../../programme-length.js';

export const createPair: NonNullable<MutationResolvers['createPair']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    await assertOrganizationWritable(context, input.organizationId);
    if (!input.form && !input.project) {
      throw badUserInput(
        'Укажите форму наставничества (пара без формы бывает только в проекте, например «500+»); a pair needs a form unless it belongs to a project.',
        { field: 'form' },
      );
    }
    const mentor = await tx.findOne(MentorProfileSchema, { personId: input.mentorPersonId });
    if (!mentor)
      throw badUserInput('У наставника нет профиля в базе наставников; the mentor has no mentor profile.', {
        field: 'mentorPersonId',
      });
    if (mentor.status === 'LEFT')
      throw badUserInput('Наставник выбыл; the mentor has left.', { field: 'mentorPersonId' });
    if (input.form && !mentor.forms.includes(input.form))
      throw badUserInput(`Наставник не работает в форме ${input.form}; the mentor does not practise this form.`, {
        field: 'form',
      });
    const form = input.form ? await tx.findOneOrFail(MentoringFormSchema, { code: input.form }) : null;
    if (input.mentees.length === 0)
      throw badUserInput('Укажите хотя бы одного наставляемого; a pair needs a mentee.', { field: 'mentees' });
    const menteeIds = input.mentees.map((mentee) => mentee.personId);
    if (menteeIds.includes(input.mentorPersonId))
      throw badUserInput('Наставник не может быть своим наставляемым; the mentor cannot be their own mentee.', {
        field: 'mentees',
      });
    if (new Set(menteeIds).size !== menteeIds.length)
      throw badUserInput('Наставляемый указан дважды; a mentee is listed twice.', { field: 'mentees' });
    for (const mentee of input.mentees) {
      if (!(await personBelongsTo(tx, mentee.personId, mentee.organizationId))) {
        throw notFound(
          `Наставляемый ${mentee.personId} не работает и не учится в указанной организации; unknown mentee.`,
          { field: 'mentees' },
        );
      }
    }
    if (form) {
      // The form's name says who mentors whom: «Ученик-ученик» pairs pupils, «педагог — педагог» pedagogical staff.
      await assertKindForForm(tx, form, 'mentor', input.mentorPersonId, mentor.organizationId, 'mentorPersonId');
      for (const mentee of input.mentees)
        await assertKindForForm(tx, form, 'mentee', mentee.personId, mentee.organizationId, 'mentees');
    }
    assertProgrammeLength(input.startDate, input.plannedEndDate);
    const formats = [...new Set([...input.formats, ...(input.mentees.length > 1 ? ['GROUP' as const] : [])])];
    const pair = tx.create(MentoringPairSchema, {
      form,
      project: input.project ? tx.getReference(MentoringProjectSchema, input.project) : null,
      formats,
      status: 'DRAFT',
      organizationId: input.organizationId,
      mentorPersonId: input.mentorPersonId,
      startDate: input.startDate,
      plannedEndDate: input.plannedEndDate,
      endedOn: null,
      terminationReason: null,
      orderNumber: null,
      orderDate: null,
    });
    for (const mentee of input.mentees)
      tx.create(PairMenteeSchema, { pair, personId: mentee.personId, organizationId: mentee.organizationId });
    await tx.flush();
    return pair;
  });
