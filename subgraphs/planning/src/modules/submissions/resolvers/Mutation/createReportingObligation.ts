import { runMutation } from '@mentoring/platform/database';
import { requiredText } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { itemToWrite } from '../../../roadmaps/recording-rights.js';
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
    const roadmapItem = input.roadmapItemId
      ? await itemToWrite(tx, context, input.roadmapItemId, {
          argument: 'input.roadmapItemId',
          refusal:
            'Обязательство может исходить только из пункта региональной дорожной карты своего субъекта РФ; this roadmap is outside your region or level.',
        })
      : null;
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
