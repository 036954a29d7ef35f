import { runMutation } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { mayRecord } from '../../../roadmaps/recording-rights.js';
import { RoadmapItemSchema } from '../../../roadmaps/roadmap-item.entity.js';
import { ReportingObligationSchema } from '../../obligation.entity.js';
import { operatorRegion } from '../../submission-rights.js';

export const createReportingObligation: NonNullable<MutationResolvers['createReportingObligation']> = (
  _,
  { input },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const regionId = await operatorRegion(tx, context.viewer);
    const title = requiredText(input.title, 'input.title');
    let roadmapItem = null;
    if (input.roadmapItemId) {
      roadmapItem = await tx.findOne(RoadmapItemSchema, { id: input.roadmapItemId }, { populate: ['roadmap'] });
      if (!roadmapItem)
        throw notFound(`Мероприятие дорожной карты ${input.roadmapItemId} не найдено; no roadmap item with that id.`, {
          argument: 'input.roadmapItemId',
        });
      if (!(await mayRecord(tx, context, roadmapItem.roadmap)))
        throw forbidden(
          'Обязательство может исходить только из пункта региональной дорожной карты своего субъекта РФ; this roadmap is outside your region or level.',
        );
    }
    const obligation = tx.create(ReportingObligationSchema, {
      regionId,
      kind: input.kind,
      title,
      dueDate: input.dueDate,
      roadmapItem,
      source: null,
      dataOrigin: 'ENTERED',
      createdBy: context.viewer.subject,
    });
    await tx.flush();
    return obligation;
  });
