import { runMutation } from '@mentoring/platform/database';
import { badUserInput, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { keptTerritory } from '../../../events/event-rights.js';
import { EventSchema } from '../../../events/event.entity.js';
import { checkedContestInput } from '../../contest-input.js';
import { ContestSchema } from '../../contest.entity.js';
import { ContestNominationSchema } from '../../nomination.entity.js';

export const createContest: NonNullable<MutationResolvers['createContest']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    const owner = await keptTerritory(tx, context.viewer);
    const { nominations, ...facts } = checkedContestInput(input);
    let event = null;
    if (input.eventId) {
      event = await tx.findOne(EventSchema, { id: input.eventId });
      if (!event)
        throw notFound(`Мероприятие ${input.eventId} не найдено; no event with that id.`, {
          argument: 'input.eventId',
        });
      if (event.kind !== 'CONTEST')
        throw badUserInput(
          `Мероприятие «${event.title}» — не конкурс (${event.kind}); a contest belongs to a CONTEST event.`,
          {
            argument: 'input.eventId',
          },
        );
    }
    const contest = tx.create(ContestSchema, {
      ...facts,
      event,
      regionId: owner.regionId,
      municipalityId: owner.municipalityId,
      schedule: null,
      scoringClosedAt: null,
      resultsPublishedAt: null,
      note: null,
      source: null,
      dataOrigin: 'ENTERED',
      createdBy: context.viewer.subject,
    });
    nominations.forEach((title, index) => tx.create(ContestNominationSchema, { contest, title, position: index + 1 }));
    await tx.flush();
    return contest;
  });
