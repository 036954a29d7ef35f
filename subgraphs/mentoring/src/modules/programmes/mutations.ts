import { assertDatesInOrder, badUserInput, notFound, runMutation, todayIso, type EntityManager } from '@mentoring/platform';
import type { MutationResolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { MentoringPairSchema } from '../pairs/pair.entity.js';
import { assertProgrammeLength } from '../pairs/mutations.js';
import { assertOrganizationWritable } from '../write-scope.js';
import { ProgrammeActivitySchema } from './activity.entity.js';
import { ProgrammeSchema, type Programme } from './programme.entity.js';

async function programmeToWrite(context: Context, tx: EntityManager, id: string): Promise<Programme> {
  const programme = await tx.findOne(ProgrammeSchema, { id }, { populate: ['pair'] });
  if (!programme) throw notFound(`Программа ${id} не найдена; no programme with id ${id}.`);
  await assertOrganizationWritable(context, programme.pair.organizationId);
  return programme;
}

const cleaned = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];

function assertPercent(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 100) throw badUserInput(`Удовлетворённость — целое от 0 до 100; ${field} must be 0–100.`, { field });
}

export const programmeMutations: Pick<MutationResolvers, 'saveProgramme' | 'addProgrammeActivity' | 'completeProgrammeActivity' | 'recordMonitoring' | 'recordSatisfaction'> = {
  saveProgramme: (_, { pairId, input }, context) =>
    runMutation(context.em, async (tx) => {
      const pair = await tx.findOne(MentoringPairSchema, { id: pairId });
      if (!pair) throw notFound(`Пара ${pairId} не найдена; no mentoring pair with id ${pairId}.`);
      await assertOrganizationWritable(context, pair.organizationId);
      if (pair.status === 'COMPLETED' || pair.status === 'TERMINATED') throw badUserInput('Пара уже завершена; the pair has ended.');
      assertProgrammeLength(input.startDate, input.endDate);
      const goals = cleaned(input.goals);
      if (goals.length === 0) throw badUserInput('Укажите цели программы; a programme needs goals.', { field: 'goals' });
      const fields = { deficits: cleaned(input.deficits), goals, directions: [...new Set(input.directions)], startDate: input.startDate, endDate: input.endDate };
      const existing = await tx.findOne(ProgrammeSchema, { pair });
      const programme = existing ? tx.assign(existing, fields) : tx.create(ProgrammeSchema, { pair, ...fields, monitoringBefore: null, monitoringAfter: null, menteeSatisfaction: null, mentorSatisfaction: null });
      await tx.flush();
      return programme;
    }),
  addProgrammeActivity: (_, { programmeId, title, dueDate }, context) =>
    runMutation(context.em, async (tx) => {
      const programme = await programmeToWrite(context, tx, programmeId);
      if (!title.trim()) throw badUserInput('Укажите содержание мероприятия; the title is required.', { field: 'title' });
      if (dueDate < programme.startDate || dueDate > programme.endDate) {
        throw badUserInput(`Срок ${dueDate} вне периода программы ${programme.startDate} — ${programme.endDate}; the due date lies outside the programme.`, { field: 'dueDate' });
      }
      const activity = tx.create(ProgrammeActivitySchema, { programme, title: title.trim(), dueDate, completedOn: null });
      await tx.flush();
      return activity;
    }),
  completeProgrammeActivity: (_, { id, completedOn }, context) =>
    runMutation(context.em, async (tx) => {
      const activity = await tx.findOne(ProgrammeActivitySchema, { id });
      if (!activity) throw notFound(`Мероприятие ${id} не найдено; no activity with id ${id}.`);
      const programme = await programmeToWrite(context, tx, activity.programme.id);
      assertDatesInOrder(programme.startDate, completedOn, 'Начало программы и выполнение');
      assertDatesInOrder(completedOn, todayIso(), 'Выполнение и сегодняшняя дата');
      activity.completedOn = completedOn;
      await tx.flush();
      return activity;
    }),
  recordMonitoring: (_, { programmeId, stage, measures }, context) =>
    runMutation(context.em, async (tx) => {
      const programme = await programmeToWrite(context, tx, programmeId);
      if (measures.length === 0) throw badUserInput('Укажите значения мониторинга; no measures given.', { field: 'measures' });
      const values = Object.fromEntries(measures.map((measure) => [measure.measure, measure.value]));
      if (Object.keys(values).length !== measures.length) throw badUserInput('Показатель указан дважды; a measure is given twice.', { field: 'measures' });
      // A percentage or a score (e.g. an average mark): from 0 to 100, nothing negative or astronomic.
      if (measures.some((measure) => !Number.isFinite(measure.value) || measure.value < 0 || measure.value > 100)) {
        throw badUserInput('Значение показателя мониторинга — от 0 до 100 (процент или балл); a monitoring value lies between 0 and 100.', { field: 'measures' });
      }
      if (stage === 'BEFORE') programme.monitoringBefore = values;
      else programme.monitoringAfter = values;
      await tx.flush();
      return programme;
    }),
  recordSatisfaction: (_, { programmeId, mentee, mentor }, context) =>
    runMutation(context.em, async (tx) => {
      const programme = await programmeToWrite(context, tx, programmeId);
      assertPercent(mentee, 'mentee');
      assertPercent(mentor, 'mentor');
      tx.assign(programme, { menteeSatisfaction: mentee, mentorSatisfaction: mentor });
      await tx.flush();
      return programme;
    }),
};
