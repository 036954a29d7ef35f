import { assertDatesInOrder, assertVersion, badUserInput, conflict, notFound, runMutation, todayIso, type EntityManager } from '@mentoring/platform';
import type { MutationResolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { MentorProfileSchema } from '../mentors/mentor-profile.entity.js';
import { assertOrganizationWritable, personBelongsTo } from '../write-scope.js';
import { PairMenteeSchema } from './pair-mentee.entity.js';
import { MentoringPairSchema, type MentoringPair } from './pair.entity.js';
import { MentoringFormSchema } from '../forms/form.entity.js';

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

export const pairMutations: Pick<MutationResolvers, 'createPair' | 'activatePair' | 'completePair' | 'terminatePair'> = {
  createPair: (_, { input }, context) =>
    runMutation(context.em, async (tx) => {
      await assertOrganizationWritable(context, input.organizationId);
      const mentor = await tx.findOne(MentorProfileSchema, { personId: input.mentorPersonId });
      if (!mentor) throw badUserInput('У наставника нет профиля в базе наставников; the mentor has no mentor profile.', { field: 'mentorPersonId' });
      if (mentor.status === 'LEFT') throw badUserInput('Наставник выбыл; the mentor has left.', { field: 'mentorPersonId' });
      if (!mentor.forms.includes(input.form)) throw badUserInput(`Наставник не работает в форме ${input.form}; the mentor does not practise this form.`, { field: 'form' });
      if (input.mentees.length === 0) throw badUserInput('Укажите хотя бы одного наставляемого; a pair needs a mentee.', { field: 'mentees' });
      const menteeIds = input.mentees.map((mentee) => mentee.personId);
      if (menteeIds.includes(input.mentorPersonId)) throw badUserInput('Наставник не может быть своим наставляемым; the mentor cannot be their own mentee.', { field: 'mentees' });
      if (new Set(menteeIds).size !== menteeIds.length) throw badUserInput('Наставляемый указан дважды; a mentee is listed twice.', { field: 'mentees' });
      for (const mentee of input.mentees) {
        if (!(await personBelongsTo(tx, mentee.personId, mentee.organizationId))) {
          throw notFound(`Наставляемый ${mentee.personId} не работает и не учится в указанной организации; unknown mentee.`, { field: 'mentees' });
        }
      }
      assertProgrammeLength(input.startDate, input.plannedEndDate);
      const formats = [...new Set([...input.formats, ...(input.mentees.length > 1 ? ['GROUP' as const] : [])])];
      const pair = tx.create(MentoringPairSchema, {
        form: tx.getReference(MentoringFormSchema, input.form),
        formats,
        status: 'DRAFT',
        organizationId: input.organizationId,
        mentorPersonId: input.mentorPersonId,
        startDate: input.startDate,
        plannedEndDate: input.plannedEndDate,
        endedOn: null,
        terminationReason: null,
        mentorConsentDate: null,
        orderNumber: null,
        orderDate: null,
      });
      for (const mentee of input.mentees) tx.create(PairMenteeSchema, { pair, personId: mentee.personId, organizationId: mentee.organizationId });
      await tx.flush();
      return pair;
    }),
  activatePair: (_, { id, version, mentorConsentDate, orderNumber, orderDate }, context) =>
    runMutation(context.em, async (tx) => {
      const pair = await pairToWrite(context, tx, id, version);
      if (pair.status !== 'DRAFT') throw conflict(`Пара уже в статусе ${pair.status}; only a draft can be activated.`);
      if (!orderNumber.trim()) throw badUserInput('Нужен номер приказа о закреплении; the assignment order number is required.', { field: 'orderNumber' });
      assertDatesInOrder(mentorConsentDate, todayIso(), 'Дата согласия наставника и сегодняшняя дата');
      assertDatesInOrder(orderDate, todayIso(), 'Дата приказа и сегодняшняя дата');
      assertDatesInOrder(mentorConsentDate, orderDate, 'Согласие наставника и приказ о закреплении');
      const mentees = pair.mentees.getItems();
      await lockFor(tx, [`mentor:${pair.mentorPersonId}`, ...mentees.map((mentee) => `mentee:${mentee.personId}:${pair.form.code}`)]);
      const mentor = await tx.findOneOrFail(MentorProfileSchema, { personId: pair.mentorPersonId! });
      const [load] = await tx.execute<{ mentees: string }[]>(
        `select count(m.id) as mentees from mentoring.mentoring_pair p join mentoring.pair_mentee m on m.pair_id = p.id where p.status = 'ACTIVE' and p.mentor_person_id = ?`,
        [pair.mentorPersonId],
      );
      if (Number(load!.mentees) + mentees.length > mentor.capacity) {
        throw conflict(`Наставник уже ведёт ${load!.mentees} из ${mentor.capacity} наставляемых; the mentor's capacity would be exceeded.`, { field: 'capacity' });
      }
      const busy = await tx.find(PairMenteeSchema, { personId: { $in: mentees.map((mentee) => mentee.personId) }, pair: { status: 'ACTIVE', form: pair.form.code } });
      if (busy.length > 0) {
        throw conflict('Наставляемый уже в действующей паре той же формы; a mentee is already in an active pair of this form.', { field: 'mentees' });
      }
      tx.assign(pair, { status: 'ACTIVE', mentorConsentDate, orderNumber: orderNumber.trim(), orderDate });
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
