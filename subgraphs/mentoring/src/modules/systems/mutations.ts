import { assertDatesInOrder, badUserInput, isDeputyOrMethodist, NOT_DEPUTY_OR_METHODIST, notFound, optionalHttpUrl, runMutation, todayIso } from '@mentoring/platform';
import type { MutationResolvers } from '../../__generated__/resolvers-types.js';
import { assertOrganizationWritable, positionsAt } from '../write-scope.js';
import { OrganizationSystemSchema } from './organization-system.entity.js';

export const systemMutations: Pick<MutationResolvers, 'saveMentoringSystem'> = {
  saveMentoringSystem: (_, { organizationId, input }, context) =>
    runMutation(context.em, async (tx) => {
      await assertOrganizationWritable(context, organizationId);
      if (Boolean(input.regulationOrderNumber) !== Boolean(input.regulationOrderDate)) {
        throw badUserInput('Укажите и номер, и дату приказа о положении; give both the order number and date.', { field: 'regulationOrderDate' });
      }
      assertDatesInOrder(input.regulationOrderDate, todayIso(), 'Дата приказа и сегодняшняя дата');
      if (input.curatorPersonId) {
        const positions = await positionsAt(tx, input.curatorPersonId, organizationId);
        if (positions.length === 0) throw notFound('Куратор не работает в этой организации; the curator does not work here.', { field: 'curatorPersonId' });
        if (!positions.some(isDeputyOrMethodist)) throw badUserInput(NOT_DEPUTY_OR_METHODIST, { field: 'curatorPersonId' });
      }
      const fields = {
        regulationOrderNumber: input.regulationOrderNumber?.trim() || null,
        regulationOrderDate: input.regulationOrderDate ?? null,
        regulationUrl: optionalHttpUrl(input.regulationUrl, 'regulationUrl'),
        curatorPersonId: input.curatorPersonId ?? null,
        hasMethodicalAssociation: input.hasMethodicalAssociation,
        websiteSectionUrl: optionalHttpUrl(input.websiteSectionUrl, 'websiteSectionUrl'),
      };
      const existing = await tx.findOne(OrganizationSystemSchema, { organizationId });
      const system = existing ? tx.assign(existing, fields) : tx.create(OrganizationSystemSchema, { organizationId, ...fields });
      await tx.flush();
      return system;
    }),
};
