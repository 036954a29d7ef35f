import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import { present } from '@mentoring/platform/graphql';
import { assertDatesInOrder, todayIso } from '@mentoring/platform/validation';
import { isMinorOn } from '@mentoring/subgraph-registry/published';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { MentoringFormSchema } from '../../../catalogues/form.entity.js';
import { kindProblem } from '../../../catalogues/participant-kinds.js';
import { MentorProfileSchema } from '../../../mentors/mentor-profile.entity.js';
import { adultsConsent, birthDates, CONSENT_RULE, minorsConsent, participantsOf } from '../../consent-rules.js';
import { PairConsentSchema } from '../../pair-consent.entity.js';
import { PairMenteeSchema } from '../../pair-mentee.entity.js';
import { lockFor, pairToWrite } from '../../pair-to-write.js';

export const activatePair: NonNullable<MutationResolvers['activatePair']> = (
  _,
  { id, version, orderNumber, orderDate },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const pair = await pairToWrite(context, tx, id, version);
    if (pair.status !== 'DRAFT') throw conflict(`Пара уже в статусе ${pair.status}; only a draft can be activated.`);
    if (!orderNumber.trim())
      throw badUserInput('Нужен номер приказа о закреплении; the assignment order number is required.', {
        field: 'orderNumber',
      });
    assertDatesInOrder(orderDate, todayIso(), 'Дата приказа и сегодняшняя дата');
    const participants = participantsOf(pair);
    const consents = await tx.find(PairConsentSchema, { pair });
    const missing = participants.filter(
      (participant) => !consents.some((consent) => consent.personId === participant.personId),
    );
    if (missing.length > 0) {
      throw badUserInput(
        `Нет письменного согласия ${missing.map((participant) => participant.whose).join(', ')}: ${CONSENT_RULE}; every participant's written consent is required.`,
        { field: 'consents' },
      );
    }
    const births = await birthDates(
      tx,
      participants.map((participant) => participant.personId),
    );
    for (const participant of participants) {
      const consent = present(
        consents.find((candidate) => candidate.personId === participant.personId),
        `consent of ${participant.whose}`,
      );
      if (consent.givenOn > orderDate)
        throw badUserInput(
          `Согласие ${participant.whose} (${consent.givenOn}) дано позже приказа (${orderDate}); consents precede the order.`,
          { field: 'orderDate' },
        );
      // Who may consent is judged on the order date: the order rests on the consents as they stand that day.
      const minor = isMinorOn(births.get(participant.personId), orderDate);
      if (minor && consent.givenBy === 'PARTICIPANT')
        throw badUserInput(`${minorsConsent(participant.who)} ${CONSENT_RULE}.`, { field: 'consents' });
      if (!minor && consent.givenBy !== 'PARTICIPANT')
        throw badUserInput(`${adultsConsent(participant.who)} ${CONSENT_RULE}.`, { field: 'consents' });
    }
    const mentees = pair.mentees.getItems();
    const mentorPersonId = present(pair.mentorPersonId, `mentor of pair ${pair.id}`);
    const mentor = await tx.findOneOrFail(MentorProfileSchema, { personId: mentorPersonId });
    if (pair.form) {
      // The form's name says who mentors whom on the day of the order, not only when the draft was made: a mentor or
      // mentee who has since left the organization (or changed kind) no longer fits the form.
      const form = await tx.findOneOrFail(MentoringFormSchema, { code: pair.form.code });
      const problems: string[] = [];
      const mentorProblem = await kindProblem(
        tx,
        form,
        'mentor',
        mentorPersonId,
        mentor.organizationId,
        orderDate,
        'наставник',
      );
      if (mentorProblem) problems.push(mentorProblem);
      for (const [index, mentee] of mentees.entries()) {
        const problem = await kindProblem(
          tx,
          form,
          'mentee',
          mentee.personId,
          mentee.organizationId,
          orderDate,
          `наставляемый № ${index + 1}`,
        );
        if (problem) problems.push(problem);
      }
      if (problems.length > 0) {
        throw badUserInput(
          `На дату приказа (${orderDate}) форме «${form.name}» не соответствуют: ${problems.join(' ')}`,
          { field: 'orderDate' },
        );
      }
    }
    // The database holds a form or a project for every pair (check mentoring_pair_form_or_project).
    const sameKind = pair.form
      ? { form: pair.form.code }
      : { project: present(pair.project, `project of pair ${pair.id}`).code };
    const kind = 'form' in sameKind ? `form:${sameKind.form}` : `project:${sameKind.project}`;
    await lockFor(tx, [`mentor:${mentorPersonId}`, ...mentees.map((mentee) => `mentee:${mentee.personId}:${kind}`)]);
    const [counted] = await tx.execute<{ mentees: string }[]>(
      `select count(m.id) as mentees from mentoring.mentoring_pair p join mentoring.pair_mentee m on m.pair_id = p.id where p.status = 'ACTIVE' and p.mentor_person_id = ?`,
      [mentorPersonId],
    );
    const load = present(counted, `active mentees of ${mentorPersonId}`);
    if (Number(load.mentees) + mentees.length > mentor.capacity) {
      throw conflict(
        `Наставник уже ведёт ${load.mentees} из ${mentor.capacity} наставляемых; the mentor's capacity would be exceeded.`,
        { field: 'capacity' },
      );
    }
    const busy = await tx.find(PairMenteeSchema, {
      personId: { $in: mentees.map((mentee) => mentee.personId) },
      pair: { status: 'ACTIVE', ...sameKind },
    });
    if (busy.length > 0) {
      throw conflict(
        'Наставляемый уже в действующей паре той же формы (проекта); a mentee is already in an active pair of this form or project.',
        { field: 'mentees' },
      );
    }
    tx.assign(pair, { status: 'ACTIVE', orderNumber: orderNumber.trim(), orderDate });
    if (mentor.status !== 'ACTIVE') mentor.status = 'ACTIVE';
    await tx.flush();
    return pair;
  });
