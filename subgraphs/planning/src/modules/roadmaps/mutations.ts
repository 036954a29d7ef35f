import { badUserInput, conflict, forbidden, notFound, optionalHttpUrl, requiredText, runMutation, todayIso, type EntityManager } from '@mentoring/platform';
import type { MutationResolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { RoadmapItemCompletionSchema } from './completion.entity.js';
import { RoadmapItemSchema, type RoadmapItem } from './roadmap-item.entity.js';
import type { Roadmap } from './roadmap.entity.js';
import { periodStart } from './status.js';

/**
 * Whether the roadmap lies in the viewer's territory at the viewer's level,
 * read from the registry's published territory view: a regional operator
 * keeps the regional roadmaps of their region, a municipal coordinator the
 * municipal roadmaps of their municipality.
 */
export async function mayRecord(em: EntityManager, { viewer }: Pick<Context, 'viewer'>, roadmap: Roadmap): Promise<boolean> {
  const territory = async (sql: string, id: string | null | undefined, code: string | undefined) =>
    Boolean(id && code) && (await em.execute<unknown[]>(`select 1 from registry_pub.organization_territory where ${sql} limit 1`, [id, code])).length > 0;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return roadmap.level === 'REGION' && territory('region_id = ? and region_code = ?', roadmap.regionId, viewer.scope.regionCode);
    case 'MUNICIPAL_COORDINATOR':
      return roadmap.level === 'MUNICIPALITY' && territory('municipality_id = ? and municipality_oktmo = ?', roadmap.municipalityId, viewer.scope.municipalityOktmo);
    default:
      return false;
  }
}

/** The item with its roadmap; unknown ids are NOT_FOUND, roadmaps outside the viewer's territory or level FORBIDDEN. */
async function itemToWrite(em: EntityManager, context: Context, itemId: string): Promise<RoadmapItem> {
  const item = await em.findOne(RoadmapItemSchema, { id: itemId }, { populate: ['roadmap'] });
  if (!item) throw notFound(`Мероприятие дорожной карты ${itemId} не найдено; no roadmap item with id ${itemId}.`, { argument: 'itemId' });
  if (!(await mayRecord(em, context, item.roadmap))) {
    throw forbidden(
      'Отметки о выполнении вносит региональный оператор — в региональные дорожные карты своего субъекта РФ, муниципальный координатор — в муниципальные дорожные карты своего муниципального образования; this roadmap is outside your territory or level.',
    );
  }
  return item;
}

/** Evidence in words, a web address or both: a given text must not be blank, and one of the two is required. */
function evidenceOf(input: { evidence?: string | null; evidenceUrl?: string | null }): { evidence: string | null; evidenceUrl: string | null } {
  const evidence = input.evidence === null || input.evidence === undefined ? null : requiredText(input.evidence, 'evidence');
  const url = input.evidenceUrl === null || input.evidenceUrl === undefined ? null : requiredText(input.evidenceUrl, 'evidenceUrl');
  const evidenceUrl = optionalHttpUrl(url, 'evidenceUrl');
  if (!evidence && !evidenceUrl) {
    throw badUserInput('Укажите подтверждение выполнения: текст (evidence), адрес (evidenceUrl) или оба; a completion needs its evidence.', { field: 'evidence' });
  }
  return { evidence, evidenceUrl };
}

export const roadmapMutations: Pick<MutationResolvers, 'recordRoadmapItemCompletion' | 'withdrawRoadmapItemCompletion'> = {
  recordRoadmapItemCompletion: (_, { itemId, input }, context) =>
    runMutation(context.em, async (tx) => {
      const item = await itemToWrite(tx, context, itemId);
      const start = periodStart(item.roadmap.startYear);
      if (input.completedOn < start) {
        throw badUserInput(
          `Дата выполнения ${input.completedOn} раньше начала периода дорожной карты (${start}); a completion cannot precede the roadmap period.`,
          { field: 'completedOn' },
        );
      }
      const today = todayIso();
      if (input.completedOn > today) {
        throw badUserInput(`Дата выполнения ${input.completedOn} ещё не наступила (сегодня ${today}); a completion cannot be dated in the future.`, {
          field: 'completedOn',
        });
      }
      const evidence = evidenceOf(input);
      const existing = await tx.findOne(RoadmapItemCompletionSchema, { item, withdrawnAt: null });
      if (existing) {
        throw conflict(
          `Выполнение мероприятия № ${item.number} уже отмечено (${existing.completedOn}); чтобы внести другую отметку, отзовите прежнюю. The item already has a completion record.`,
        );
      }
      tx.create(RoadmapItemCompletionSchema, {
        item,
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
    }),

  withdrawRoadmapItemCompletion: (_, { itemId, reason }, context) =>
    runMutation(context.em, async (tx) => {
      const item = await itemToWrite(tx, context, itemId);
      const withdrawalReason = requiredText(reason, 'reason');
      const existing = await tx.findOne(RoadmapItemCompletionSchema, { item, withdrawnAt: null });
      if (!existing) throw notFound(`У мероприятия № ${item.number} нет отметки о выполнении; the item has no completion record to withdraw.`);
      tx.assign(existing, { withdrawnAt: new Date(), withdrawnBy: context.viewer.subject, withdrawalReason });
      await tx.flush();
      return item;
    }),
};
