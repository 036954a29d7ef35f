import { runMutation } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { optionalHttpUrl, todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertOrganizationWritable } from '../../../organizations/write-scope.js';
import { assertAppointedCurator, assertNoCuratorInForce } from '../../curator-rules.js';
import { OrganizationSystemSchema, type OrganizationSystem } from '../../organization-system.entity.js';

type SystemFields = Pick<
  OrganizationSystem,
  | 'regulationOrderNumber'
  | 'regulationOrderDate'
  | 'regulationUrl'
  | 'curatorPersonId'
  | 'hasMethodicalAssociation'
  | 'websiteSectionUrl'
>;

/** A patch: a field not given stays as it is, a field given as null is cleared. */
export const saveMentoringSystem: NonNullable<MutationResolvers['saveMentoringSystem']> = (
  _,
  { organizationId, input },
  context,
) =>
  runMutation(context.em, async (tx) => {
    await assertOrganizationWritable(context, organizationId);
    const existing = await tx.findOne(OrganizationSystemSchema, { organizationId });
    const given = (key: keyof typeof input) => input[key] !== undefined;
    const fields: Partial<SystemFields> = {
      ...(given('regulationOrderNumber') ? { regulationOrderNumber: input.regulationOrderNumber?.trim() || null } : {}),
      ...(given('regulationOrderDate') ? { regulationOrderDate: input.regulationOrderDate ?? null } : {}),
      ...(given('regulationUrl') ? { regulationUrl: optionalHttpUrl(input.regulationUrl, 'regulationUrl') } : {}),
      ...(given('curatorPersonId') ? { curatorPersonId: input.curatorPersonId ?? null } : {}),
      ...(given('hasMethodicalAssociation')
        ? { hasMethodicalAssociation: input.hasMethodicalAssociation ?? false }
        : {}),
      ...(given('websiteSectionUrl')
        ? { websiteSectionUrl: optionalHttpUrl(input.websiteSectionUrl, 'websiteSectionUrl') }
        : {}),
    };
    const number =
      'regulationOrderNumber' in fields ? fields.regulationOrderNumber : (existing?.regulationOrderNumber ?? null);
    const date = 'regulationOrderDate' in fields ? fields.regulationOrderDate : (existing?.regulationOrderDate ?? null);
    if (Boolean(number) !== Boolean(date)) {
      throw badUserInput('Укажите и номер, и дату приказа о положении; give both the order number and date.', {
        field: 'regulationOrderDate',
      });
    }
    if (date && date > todayIso())
      throw badUserInput(`Дата приказа о положении ${date} ещё не наступила; the order date is in the future.`, {
        field: 'regulationOrderDate',
      });
    if (fields.curatorPersonId) await assertAppointedCurator(tx, fields.curatorPersonId, organizationId);
    if ('curatorPersonId' in fields && fields.curatorPersonId === null)
      await assertNoCuratorInForce(tx, organizationId);
    const system = existing
      ? tx.assign(existing, fields)
      : tx.create(OrganizationSystemSchema, {
          organizationId,
          regulationOrderNumber: null,
          regulationOrderDate: null,
          regulationUrl: null,
          curatorPersonId: null,
          hasMethodicalAssociation: false,
          websiteSectionUrl: null,
          ...fields,
        });
    await tx.flush();
    return system;
  });
