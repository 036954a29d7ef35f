import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { evidenceOf } from '../../completion-evidence.js';
import { RoadmapItemCompletionSchema } from '../../completion.entity.js';
import { itemToWrite } from '../../recording-rights.js';
import { isOccurrence, nextDueDate, periodStartOf } from '../../schedule.js';
import { scheduleFacts } from '../../schedule-facts.js';

export const recordRoadmapItemCompletion: NonNullable<MutationResolvers['recordRoadmapItemCompletion']> = (
  _,
  { itemId, input },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const item = await itemToWrite(tx, context, itemId);
    const start = periodStartOf(item.roadmap.startYear);
    if (input.completedOn < start) {
      throw badUserInput(
        `Дата выполнения ${input.completedOn} раньше начала периода дорожной карты (${start}); a completion cannot precede the roadmap period.`,
        { field: 'completedOn' },
      );
    }
    const today = todayIso();
    if (input.completedOn > today) {
      throw badUserInput(
        `Дата выполнения ${input.completedOn} ещё не наступила (сегодня ${today}); a completion cannot be dated in the future.`,
        {
          field: 'completedOn',
        },
      );
    }
    const evidence = evidenceOf(input);
    const occurrenceOn = input.occurrenceOn ?? null;
    if (item.recurrence) {
      const facts = scheduleFacts(item, item.roadmap);
      if (occurrenceOn === null || !isOccurrence(facts, occurrenceOn)) {
        const next = nextDueDate(facts, occurrenceOn ?? today);
        throw badUserInput(
          `Мероприятие № ${item.number} повторяется: укажите срок (occurrenceOn), который закрывает отметка, — один из его сроков (RoadmapItem.occurrences)${next ? `, например ${next}` : ''}; a recurring item is recorded per occurrence.`,
          { field: 'input.occurrenceOn' },
        );
      }
    } else if (occurrenceOn !== null) {
      throw badUserInput(
        `Мероприятие № ${item.number} не повторяется: срок (occurrenceOn) не указывается; only a recurring item names its occurrence.`,
        { field: 'input.occurrenceOn' },
      );
    }
    const existing = await tx.findOne(RoadmapItemCompletionSchema, { item, occurrenceOn, withdrawnAt: null });
    if (existing) {
      throw conflict(
        `Выполнение мероприятия № ${item.number}${occurrenceOn ? ` за срок ${occurrenceOn}` : ''} уже отмечено (${existing.completedOn}); чтобы внести другую отметку, отзовите прежнюю. The item already has a completion record.`,
      );
    }
    tx.create(RoadmapItemCompletionSchema, {
      item,
      occurrenceOn,
      completedOn: input.completedOn,
      ...evidence,
      recordedBy: context.viewer.subject,
      recordedByRole: context.viewer.role,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
    });
    await tx.flush();
    return item;
  });
