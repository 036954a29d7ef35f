import { assertVersion, runMutation, type EntityManager } from '@mentoring/platform/database';
import { badUserInput, conflict, notFound } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { RoadmapItemSchema } from '../../roadmap-item.entity.js';
import { checkedYears, optionalText } from '../../roadmap-input.js';
import { assertMayEdit } from '../../roadmap-rights.js';
import { RoadmapSchema, type Roadmap } from '../../roadmap.entity.js';
import { RoadmapItemCompletionSchema } from '../../completion.entity.js';
import { scheduleFacts } from '../../schedule-facts.js';
import { allOccurrences, occurrenceCountProblem, periodEndOf, periodStartOf } from '../../schedule.js';

export const updateRoadmap: NonNullable<MutationResolvers['updateRoadmap']> = (_, { id, version, input }, context) =>
  runMutation(context.em, async (tx) => {
    const roadmap = await tx.findOne(RoadmapSchema, { id });
    if (!roadmap) throw notFound(`Дорожная карта ${id} не найдена; no roadmap with id ${id}.`, { argument: 'id' });
    await assertMayEdit(tx, context.viewer, roadmap);
    assertVersion(roadmap, version, 'Дорожная карта');
    if (input.title === null)
      throw badUserInput('Поле input.title не может быть пустым; input.title must not be empty.', {
        field: 'input.title',
      });
    const title = input.title === undefined ? roadmap.title : requiredText(input.title, 'input.title');
    const approvedBy =
      input.approvedBy === undefined ? roadmap.approvedBy : optionalText(input.approvedBy, 'input.approvedBy');
    if (roadmap.dataOrigin === 'SEED' && (title !== roadmap.title || approvedBy !== roadmap.approvedBy))
      throw conflict(
        'Дорожная карта напечатана в источнике: её наименование и приказ об утверждении не переписываются; a seed roadmap’s printed title and order are never rewritten.',
        { field: title !== roadmap.title ? 'input.title' : 'input.approvedBy' },
      );
    const startYear = input.startYear ?? roadmap.startYear;
    const endYear = input.endYear ?? roadmap.endYear;
    checkedYears(startYear, endYear);
    if (roadmap.dataOrigin === 'SEED' && (startYear !== roadmap.startYear || endYear !== roadmap.endYear))
      throw conflict(
        'Дорожная карта напечатана в источнике: её период не переписывается; a seed roadmap’s printed period is never rewritten.',
        { field: 'input.startYear' },
      );
    // Every dated item must stay inside the new period: one statement counts those that would not.
    const outside = await tx.count(RoadmapItemSchema, {
      roadmap,
      $or: ['dueDate', 'periodStart', 'periodEnd'].flatMap((column) => [
        { [column]: { $lt: periodStartOf(startYear) } },
        { [column]: { $gt: periodEndOf(endYear) } },
      ]),
    });
    if (outside > 0)
      throw conflict(
        `Мероприятий с датами вне нового периода ${startYear}–${endYear}: ${outside}; change their dates first.`,
        { field: 'input.startYear' },
      );
    if (startYear !== roadmap.startYear || endYear !== roadmap.endYear)
      await assertScheduleKept(tx, roadmap, startYear, endYear);
    tx.assign(roadmap, {
      title,
      approvedBy,
      startYear,
      endYear,
      note: input.note === undefined ? roadmap.note : optionalText(input.note, 'input.note'),
    });
    await tx.flush();
    return roadmap;
  });

/**
 * A new period must not orphan what items already answer or plan: valid completion records whose occurrence — or
 * whose completion date, before the new start — falls outside it, and recurring items that would lose occurrences or
 * yield more than the cap (CONFLICT: change the items or withdraw the records first). Two statements.
 */
async function assertScheduleKept(tx: EntityManager, roadmap: Roadmap, startYear: number, endYear: number) {
  const start = periodStartOf(startYear);
  const end = periodEndOf(endYear);
  const orphaned = await tx.count(RoadmapItemCompletionSchema, {
    item: { roadmap },
    withdrawnAt: null,
    $or: [{ occurrenceOn: { $lt: start } }, { occurrenceOn: { $gt: end } }, { completedOn: { $lt: start } }],
  });
  if (orphaned > 0)
    throw conflict(
      `Отметок о выполнении вне нового периода ${startYear}–${endYear}: ${orphaned}; сначала отзовите их. Completion records would fall outside the new period: withdraw them first.`,
      { field: 'input.startYear' },
    );
  const recurring = await tx.find(
    RoadmapItemSchema,
    { roadmap, recurrence: { $ne: null } },
    { orderBy: { number: 'asc' } },
  );
  for (const item of recurring) {
    const before = allOccurrences(scheduleFacts(item, roadmap));
    const after = scheduleFacts(item, { startYear, endYear });
    const kept = new Set(allOccurrences(after));
    const lost = before.filter((date) => !kept.has(date));
    if (lost.length > 0)
      throw conflict(
        `Мероприятие № ${item.number} потеряло бы сроки (${lost.length}, первый ${lost[0]}) в периоде ${startYear}–${endYear}: сначала задайте его период; a recurring item would lose occurrences — set its period first.`,
        { field: 'input.startYear' },
      );
    const problem = occurrenceCountProblem(after);
    if (problem)
      throw conflict(`Мероприятие № ${item.number} в периоде ${startYear}–${endYear}: ${problem}.`, {
        field: 'input.endYear',
      });
  }
}
