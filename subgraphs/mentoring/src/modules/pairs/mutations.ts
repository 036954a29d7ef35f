import { assertDatesInOrder, assertVersion, badUserInput, conflict, isMinorOn, notFound, runMutation, todayIso, type EntityManager } from '@mentoring/platform';
import { MentoringProjectSchema } from '../forms/project.entity.js';
import { PairConsentSchema, type PairConsent } from './pair-consent.entity.js';
import type { MutationResolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { MentorProfileSchema } from '../mentors/mentor-profile.entity.js';
import { assertOrganizationWritable, personBelongsTo } from '../write-scope.js';
import { PairMenteeSchema } from './pair-mentee.entity.js';
import { MentoringPairSchema, type MentoringPair } from './pair.entity.js';
import { MentoringFormSchema } from '../forms/form.entity.js';
import { assertKindForForm, kindProblem } from '../participant-kinds.js';
import { LockMode } from '@mikro-orm/core';

/** Whole months from one date to another (a programme lasts 3 to 12). */
export function monthsBetween(start: string, end: string): number {
  const [startYear, startMonth, startDay] = start.split('-').map(Number) as [number, number, number];
  const [endYear, endMonth, endDay] = end.split('-').map(Number) as [number, number, number];
  return (endYear - startYear) * 12 + (endMonth - startMonth) - (endDay < startDay ? 1 : 0);
}

export function assertProgrammeLength(start: string, end: string): void {
  assertDatesInOrder(start, end, 'Начало и окончание программы');
  const months = monthsBetween(start, end);
  if (months < 3 || months > 12) {
    throw badUserInput(`Программа наставничества длится от 3 месяцев до 1 года, а не ${months} мес.; a programme lasts 3 to 12 months.`, { field: 'plannedEndDate' });
  }
}

async function pairToWrite(context: Context, tx: EntityManager, id: string, version: number): Promise<MentoringPair> {
  const pair = await tx.findOne(MentoringPairSchema, { id }, { populate: ['mentees'] });
  if (!pair) throw notFound(`Пара ${id} не найдена; no mentoring pair with id ${id}.`);
  await assertOrganizationWritable(context, pair.organizationId);
  assertVersion(pair, version, 'Пара');
  return pair;
}

/** Serialises activations that touch the same mentor or mentee and form, so the rules hold under concurrency. */
async function lockFor(tx: EntityManager, keys: string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [key]);
}

/** Seed 003 §4 and §5, quoted in refusals. */
const CONSENT_RULE = '«Приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников» (приказ № 96-Д, положение, п. 4)';

/** Birth dates (YYYY-MM-DD) of registry people, from the registry's published staff and students views. */
async function birthDates(em: EntityManager, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await em.execute<{ person_id: string; birth_date: string }[]>(
    `select person_id, to_char(birth_date, 'YYYY-MM-DD') as birth_date from registry_pub.staff where person_id in (?)
     union select person_id, to_char(birth_date, 'YYYY-MM-DD') from registry_pub.students where person_id in (?)`,
    [personIds, personIds],
  );
  return new Map(rows.map((row) => [row.person_id, row.birth_date]));
}

/** The participants of a pair, the mentor first, then the mentees: who they are, in the nominative and the genitive. */
const participantsOf = (pair: MentoringPair) => [
  ...(pair.mentorPersonId ? [{ personId: pair.mentorPersonId, who: 'Наставник', whose: 'наставника' }] : []),
  ...pair.mentees.getItems().map((mentee, index) => ({ personId: mentee.personId, who: `Наставляемый № ${index + 1}`, whose: `наставляемого № ${index + 1}` })),
];

/** Refusals on who gave a consent; none names a date, since the date does not change who may consent. */
const minorsConsent = (who: string) =>
  `${who} несовершеннолетний: письменное согласие на участие даёт родитель или иной законный представитель, а не сам участник; a minor's consent is given by a parent or legal representative.`;
const adultsConsent = (who: string) =>
  `${who} совершеннолетний: письменное согласие даёт сам участник, согласие родителя или представителя его не заменяет; an adult gives their own consent.`;

export const pairMutations: Pick<MutationResolvers, 'createPair' | 'activatePair' | 'recordPairConsent' | 'completePair' | 'terminatePair'> = {
  createPair: (_, { input }, context) =>
    runMutation(context.em, async (tx) => {
      await assertOrganizationWritable(context, input.organizationId);
      if (!input.form && !input.project) {
        throw badUserInput('Укажите форму наставничества (пара без формы бывает только в проекте, например «500+»); a pair needs a form unless it belongs to a project.', { field: 'form' });
      }
      const mentor = await tx.findOne(MentorProfileSchema, { personId: input.mentorPersonId });
      if (!mentor) throw badUserInput('У наставника нет профиля в базе наставников; the mentor has no mentor profile.', { field: 'mentorPersonId' });
      if (mentor.status === 'LEFT') throw badUserInput('Наставник выбыл; the mentor has left.', { field: 'mentorPersonId' });
      if (input.form && !mentor.forms.includes(input.form)) throw badUserInput(`Наставник не работает в форме ${input.form}; the mentor does not practise this form.`, { field: 'form' });
      const form = input.form ? await tx.findOneOrFail(MentoringFormSchema, { code: input.form }) : null;
      if (input.mentees.length === 0) throw badUserInput('Укажите хотя бы одного наставляемого; a pair needs a mentee.', { field: 'mentees' });
      const menteeIds = input.mentees.map((mentee) => mentee.personId);
      if (menteeIds.includes(input.mentorPersonId)) throw badUserInput('Наставник не может быть своим наставляемым; the mentor cannot be their own mentee.', { field: 'mentees' });
      if (new Set(menteeIds).size !== menteeIds.length) throw badUserInput('Наставляемый указан дважды; a mentee is listed twice.', { field: 'mentees' });
      for (const mentee of input.mentees) {
        if (!(await personBelongsTo(tx, mentee.personId, mentee.organizationId))) {
          throw notFound(`Наставляемый ${mentee.personId} не работает и не учится в указанной организации; unknown mentee.`, { field: 'mentees' });
        }
      }
      if (form) {
        // The form's name says who mentors whom: «Ученик-ученик» pairs pupils, «педагог — педагог» pedagogical staff.
        await assertKindForForm(tx, form, 'mentor', input.mentorPersonId, mentor.organizationId, 'mentorPersonId');
        for (const mentee of input.mentees) await assertKindForForm(tx, form, 'mentee', mentee.personId, mentee.organizationId, 'mentees');
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
      for (const mentee of input.mentees) tx.create(PairMenteeSchema, { pair, personId: mentee.personId, organizationId: mentee.organizationId });
      await tx.flush();
      return pair;
    }),
  /**
   * A consent is dated on a real day of the pair: not in the future, not before the draft was created, not before the
   * person was born. Who gave it is judged at activation on the order date; what cannot come right by then is refused
   * now (a minor today gives no own consent; an adult on the consent's date needs no representative).
   */
  recordPairConsent: (_, { pairId, personId, givenOn, givenBy }, context) =>
    runMutation(context.em, async (tx) => {
      const pair = await tx.findOne(MentoringPairSchema, { id: pairId }, { populate: ['mentees'], lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!pair) throw notFound(`Пара ${pairId} не найдена; no mentoring pair with id ${pairId}.`);
      await assertOrganizationWritable(context, pair.organizationId);
      if (pair.status !== 'DRAFT') throw conflict(`Согласия собираются до приказа о закреплении, а пара уже в статусе ${pair.status}; consents are recorded for a draft.`);
      const participant = participantsOf(pair).find((candidate) => candidate.personId === personId);
      if (!participant) throw badUserInput('Это лицо не наставник и не наставляемый этой пары; the person does not take part in this pair.', { field: 'personId' });
      if (givenOn > todayIso()) throw badUserInput(`Дата согласия ${givenOn} ещё не наступила; a consent cannot be dated in the future.`, { field: 'givenOn' });
      const createdOn = pair.createdAt ? pair.createdAt.toISOString().slice(0, 10) : null;
      if (createdOn && givenOn < createdOn) {
        throw badUserInput(`Согласие ${participant.whose} датировано ${givenOn}, раньше формирования пары (${createdOn}); a consent to a pair cannot predate the pair.`, { field: 'givenOn' });
      }
      const birthDate = (await birthDates(tx, [personId])).get(personId);
      if (birthDate && givenOn < birthDate) {
        throw badUserInput(`Согласие ${participant.whose} датировано днём до рождения участника; a consent cannot predate the person's birth.`, { field: 'givenOn' });
      }
      if (givenBy === 'PARTICIPANT' && isMinorOn(birthDate, todayIso())) throw badUserInput(minorsConsent(participant.who), { field: 'givenBy' });
      if (givenBy !== 'PARTICIPANT' && !isMinorOn(birthDate, givenOn)) throw badUserInput(adultsConsent(participant.who), { field: 'givenBy' });
      const existing = await tx.findOne(PairConsentSchema, { pair, personId });
      if (existing) tx.assign(existing, { givenOn, givenBy });
      else tx.create(PairConsentSchema, { pair, personId, givenOn, givenBy });
      await tx.flush();
      // The consents are part of what a head's order rests on: a head activating against a version read before they changed gets CONFLICT.
      await tx.execute('update mentoring.mentoring_pair set version = version + 1 where id = ?', [pair.id]);
      await tx.refresh(pair);
      return pair;
    }),
  activatePair: (_, { id, version, orderNumber, orderDate }, context) =>
    runMutation(context.em, async (tx) => {
      const pair = await pairToWrite(context, tx, id, version);
      if (pair.status !== 'DRAFT') throw conflict(`Пара уже в статусе ${pair.status}; only a draft can be activated.`);
      if (!orderNumber.trim()) throw badUserInput('Нужен номер приказа о закреплении; the assignment order number is required.', { field: 'orderNumber' });
      assertDatesInOrder(orderDate, todayIso(), 'Дата приказа и сегодняшняя дата');
      const participants = participantsOf(pair);
      const consents = await tx.find(PairConsentSchema, { pair });
      const missing = participants.filter((participant) => !consents.some((consent) => consent.personId === participant.personId));
      if (missing.length > 0) {
        throw badUserInput(`Нет письменного согласия ${missing.map((participant) => participant.whose).join(', ')}: ${CONSENT_RULE}; every participant's written consent is required.`, { field: 'consents' });
      }
      const births = await birthDates(tx, participants.map((participant) => participant.personId));
      for (const participant of participants) {
        const consent = consents.find((candidate) => candidate.personId === participant.personId)!;
        if (consent.givenOn > orderDate) throw badUserInput(`Согласие ${participant.whose} (${consent.givenOn}) дано позже приказа (${orderDate}); consents precede the order.`, { field: 'orderDate' });
        // Who may consent is judged on the order date: the order rests on the consents as they stand that day.
        const minor = isMinorOn(births.get(participant.personId), orderDate);
        if (minor && consent.givenBy === 'PARTICIPANT') throw badUserInput(`${minorsConsent(participant.who)} ${CONSENT_RULE}.`, { field: 'consents' });
        if (!minor && consent.givenBy !== 'PARTICIPANT') throw badUserInput(`${adultsConsent(participant.who)} ${CONSENT_RULE}.`, { field: 'consents' });
      }
      const mentees = pair.mentees.getItems();
      const mentor = await tx.findOneOrFail(MentorProfileSchema, { personId: pair.mentorPersonId! });
      if (pair.form) {
        // The form's name says who mentors whom on the day of the order, not only when the draft was made: a mentor or
        // mentee who has since left the organization (or changed kind) no longer fits the form.
        const form = await tx.findOneOrFail(MentoringFormSchema, { code: pair.form.code });
        const problems: string[] = [];
        const mentorProblem = await kindProblem(tx, form, 'mentor', pair.mentorPersonId!, mentor.organizationId, orderDate, 'наставник');
        if (mentorProblem) problems.push(mentorProblem);
        for (const [index, mentee] of mentees.entries()) {
          const problem = await kindProblem(tx, form, 'mentee', mentee.personId, mentee.organizationId, orderDate, `наставляемый № ${index + 1}`);
          if (problem) problems.push(problem);
        }
        if (problems.length > 0) {
          throw badUserInput(`На дату приказа (${orderDate}) форме «${form.name}» не соответствуют: ${problems.join(' ')}`, { field: 'orderDate' });
        }
      }
      const kind = pair.form ? `form:${pair.form.code}` : `project:${pair.project!.code}`;
      await lockFor(tx, [`mentor:${pair.mentorPersonId}`, ...mentees.map((mentee) => `mentee:${mentee.personId}:${kind}`)]);
      const [load] = await tx.execute<{ mentees: string }[]>(
        `select count(m.id) as mentees from mentoring.mentoring_pair p join mentoring.pair_mentee m on m.pair_id = p.id where p.status = 'ACTIVE' and p.mentor_person_id = ?`,
        [pair.mentorPersonId],
      );
      if (Number(load!.mentees) + mentees.length > mentor.capacity) {
        throw conflict(`Наставник уже ведёт ${load!.mentees} из ${mentor.capacity} наставляемых; the mentor's capacity would be exceeded.`, { field: 'capacity' });
      }
      const sameKind = pair.form ? { form: pair.form.code } : { project: pair.project!.code };
      const busy = await tx.find(PairMenteeSchema, { personId: { $in: mentees.map((mentee) => mentee.personId) }, pair: { status: 'ACTIVE', ...sameKind } });
      if (busy.length > 0) {
        throw conflict('Наставляемый уже в действующей паре той же формы (проекта); a mentee is already in an active pair of this form or project.', { field: 'mentees' });
      }
      tx.assign(pair, { status: 'ACTIVE', orderNumber: orderNumber.trim(), orderDate });
      if (mentor.status !== 'ACTIVE') mentor.status = 'ACTIVE';
      await tx.flush();
      return pair;
    }),
  completePair: (_, { id, version, endedOn }, context) =>
    runMutation(context.em, async (tx) => {
      const pair = await pairToWrite(context, tx, id, version);
      if (pair.status !== 'ACTIVE') throw conflict(`Завершить можно только действующую пару, а эта — ${pair.status}; only an active pair can be completed.`);
      assertDatesInOrder(pair.startDate, endedOn, 'Начало и завершение');
      tx.assign(pair, { status: 'COMPLETED', endedOn });
      await tx.flush();
      return pair;
    }),
  terminatePair: (_, { id, version, endedOn, reason }, context) =>
    runMutation(context.em, async (tx) => {
      const pair = await pairToWrite(context, tx, id, version);
      if (pair.status !== 'ACTIVE' && pair.status !== 'DRAFT') throw conflict(`Пара уже ${pair.status}; it has already ended.`);
      if (!reason.trim()) throw badUserInput('Укажите причину прекращения; the reason is required.', { field: 'reason' });
      assertDatesInOrder(pair.startDate, endedOn, 'Начало и прекращение');
      tx.assign(pair, { status: 'TERMINATED', endedOn, terminationReason: reason.trim() });
      await tx.flush();
      return pair;
    }),
};
