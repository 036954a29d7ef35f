import { runMutation, type EntityManager } from '@mentoring/platform/database';
import { badUserInput, conflict, notFound } from '@mentoring/platform/errors';
import { present } from '@mentoring/platform/graphql';
import { requiredText } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { IndicatorSchema } from '../../../indicators/indicator.entity.js';
import { MonitoringCampaignSchema, PARTICIPATION_FAMILY } from '../../campaign.entity.js';
import { questionsToStore } from '../../question-rules.js';
import { CampaignQuestionSchema } from '../../question.entity.js';

/** Each later deadline not before the earlier: opens → organizations → coordinators → operator. */
const ORDER = [
  ['opensOn', 'organizationDeadline'],
  ['organizationDeadline', 'coordinatorDeadline'],
  ['coordinatorDeadline', 'operatorDeadline'],
] as const;

/**
 * The participation indicator a campaign counts: only an indicator computed from campaign participation, and only one
 * no other campaign of the region counts already. The CAMPAIGN_PARTICIPATION family reports the region's latest
 * campaign bound to the indicator, so a second binding would silently take over the first one's figure (seed 000's
 * «Стартовый мониторинг … 100% ОО приняли участие» would report a new campaign). Omitted or null: none; an empty
 * code is a mistake, not «none».
 */
async function participationIndicatorOf(em: EntityManager, regionCode: string, code: string | null | undefined) {
  if (code === null || code === undefined) return null;
  const argument = { argument: 'input.participationIndicatorCode' };
  const wanted = code.trim();
  if (wanted === '')
    throw badUserInput(
      'Код показателя участия пуст: укажите код (например, START_MONITORING_PARTICIPATION) или не передавайте поле; the participation indicator code is blank (omit it or pass null for none).',
      argument,
    );
  const indicator = await em.findOne(IndicatorSchema, { code: wanted });
  if (!indicator || indicator.family !== PARTICIPATION_FAMILY)
    throw badUserInput(
      `Показатель ${wanted.slice(0, 64)} не считает участие в мониторинге; name an indicator of the ${PARTICIPATION_FAMILY} family (e.g. START_MONITORING_PARTICIPATION).`,
      argument,
    );
  // Two operators creating campaigns of one region at once must not both pass the check below.
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`campaign-participation:${regionCode}:${wanted}`]);
  const taken = await em.findOne(
    MonitoringCampaignSchema,
    { regionCode, participationIndicator: wanted },
    { orderBy: { opensOn: 'desc', id: 'asc' } },
  );
  if (taken)
    throw conflict(
      `Показатель ${wanted} уже считает мониторинг «${taken.title}» этого региона; привязка нового мониторинга подменила бы его значение. The indicator already counts another campaign of the region.`,
      argument,
    );
  return indicator;
}

export const createMonitoringCampaign: NonNullable<MutationResolvers['createMonitoringCampaign']> = (
  _,
  { input },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const regionCode = present(context.viewer.scope.regionCode, 'region of the operator');
    const title = requiredText(input.title, 'input.title');
    if (input.periodStart && input.periodStart > input.periodEnd)
      throw badUserInput(
        `Начало периода ${input.periodStart} позже его конца ${input.periodEnd}; the period is out of order.`,
        { argument: 'input.periodStart' },
      );
    for (const [earlier, later] of ORDER) {
      if (input[earlier] > input[later])
        throw badUserInput(
          `Срок ${later} (${input[later]}) раньше ${earlier} (${input[earlier]}); each level's deadline comes after the previous one.`,
          { argument: `input.${later}` },
        );
    }
    const kinds = [...new Set(input.targetKinds)];
    if (kinds.length === 0)
      throw badUserInput('Укажите виды организаций, которым адресован мониторинг; name at least one kind.', {
        argument: 'input.targetKinds',
      });
    const questions = await questionsToStore(tx, input.questions);
    const participationIndicator = await participationIndicatorOf(tx, regionCode, input.participationIndicatorCode);
    const [region] = await tx.execute<{ region_id: string }[]>(
      'select region_id from registry_pub.organization_territory where region_code = ? limit 1',
      [regionCode],
    );
    if (!region)
      throw notFound(`В реестре нет организаций региона ${regionCode}; the registry knows no organization there.`);
    const campaign = tx.create(MonitoringCampaignSchema, {
      title,
      regionId: region.region_id,
      regionCode,
      status: 'DRAFT',
      periodStart: input.periodStart ?? null,
      periodEnd: input.periodEnd,
      opensOn: input.opensOn,
      organizationDeadline: input.organizationDeadline,
      coordinatorDeadline: input.coordinatorDeadline,
      operatorDeadline: input.operatorDeadline,
      targetKinds: kinds,
      participationIndicator,
      dataOrigin: 'ENTERED',
      source: null,
    });
    for (const { indicatorCode, ...question } of questions) {
      tx.create(CampaignQuestionSchema, {
        ...question,
        campaign,
        indicator: indicatorCode ? tx.getReference(IndicatorSchema, indicatorCode) : null,
        dataOrigin: 'ENTERED',
        source: null,
      });
    }
    await tx.flush();
    return campaign;
  });
