import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict, forbidden, notFound } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { organizationPlace } from '../../../events/event-rights.js';
import { ContestApplicationSchema } from '../../application.entity.js';
import { lockedContest } from '../../contest-rights.js';
import { checkedProposal } from '../../contest-proposal.js';
import { entryOrganization, type MentoringEntry } from '../../entry-organization.js';
import { ContestNominationSchema } from '../../nomination.entity.js';

export const applyToContest: NonNullable<MutationResolvers['applyToContest']> = (
  _,
  { contestId, pairId, practiceId, proposal, nominationId },
  context,
) =>
  runMutation(context.em, async (tx) => {
    // Locked: an application cannot slip in after the scoring closes or the results are published.
    const contest = await lockedContest(tx, contestId);
    const entry: MentoringEntry | null =
      contest.kind === 'PEDAGOGICAL_DUET' && pairId && !practiceId && !proposal
        ? { pairId }
        : contest.kind === 'BEST_PRACTICE' && practiceId && !pairId && !proposal
          ? { practiceId }
          : null;
    const proposing = contest.kind === 'BEST_PRACTICE' && proposal != null && !pairId && !practiceId;
    if (!entry && !proposing)
      throw badUserInput(
        contest.kind === 'PEDAGOGICAL_DUET'
          ? 'На «Педагогический дуэт» заявляется наставническая пара: укажите pairId (и только его).'
          : 'На конкурс лучших практик заявляется практика банка (practiceId) или предложенная практика (proposal): укажите одно из двух.',
        { argument: contest.kind === 'PEDAGOGICAL_DUET' ? 'pairId' : 'practiceId' },
      );
    const checked = proposal && proposing ? await checkedProposal(tx, proposal) : null;
    // A proposed practice is the applying school's; a pair or a bank practice is the organization mentoring publishes.
    const organizationId = entry ? await entryOrganization(tx, entry) : context.viewer.scope.organizationId;
    if (!organizationId || organizationId !== context.viewer.scope.organizationId)
      throw forbidden(
        'Заявку подаёт куратор или руководитель той организации, где работает пара (или создана практика); this pair or practice is not of your organization.',
      );
    const place = await organizationPlace(tx, organizationId, entry?.pairId ? 'pairId' : 'practiceId');
    const [territory] = await tx.execute<{ region_id: string; municipality_id: string }[]>(
      'select region_id, municipality_id from registry_pub.municipality_territory where municipality_oktmo = ?',
      [place.municipalityOktmo],
    );
    if (
      territory?.region_id !== contest.regionId ||
      (contest.municipalityId != null && territory.municipality_id !== contest.municipalityId)
    )
      throw forbidden(
        'Конкурс проводится для организаций другой территории; your organization is outside the contest’s territory.',
      );
    if (contest.scoringClosedAt || contest.resultsPublishedAt)
      throw conflict(
        contest.resultsPublishedAt
          ? 'Итоги конкурса подведены; no application after the results are published.'
          : 'Оценка заявок завершена; no application after the scoring has closed.',
      );
    const today = todayIso();
    if (
      !contest.applicationsFrom ||
      !contest.applicationsUntil ||
      today < contest.applicationsFrom ||
      today > contest.applicationsUntil
    )
      throw conflict(
        `Приём заявок ${contest.applicationsFrom ? `с ${contest.applicationsFrom} по ${contest.applicationsUntil}` : 'не объявлен'}; applications are accepted only while that stage is open.`,
      );
    let nomination = null;
    if (nominationId) {
      nomination = await tx.findOne(ContestNominationSchema, { id: nominationId, contest });
      if (!nomination)
        throw notFound(`Номинация ${nominationId} не найдена в этом конкурсе; no such nomination in the contest.`, {
          argument: 'nominationId',
        });
    } else if ((await tx.count(ContestNominationSchema, { contest })) > 0)
      throw badUserInput('Укажите номинацию конкурса (nominationId); the contest has nominations.', {
        argument: 'nominationId',
      });
    const duplicate = await tx.findOne(
      ContestApplicationSchema,
      entry?.pairId
        ? { contest, pairId: entry.pairId }
        : entry
          ? { contest, practiceId: entry.practiceId }
          : { contest, organizationId, proposalTitle: checked?.title },
    );
    if (duplicate)
      throw conflict(
        entry?.pairId
          ? 'Эта пара уже подала заявку на конкурс; one application per pair per contest.'
          : 'Эта практика уже заявлена на конкурс; one application per practice per contest.',
      );
    const application = tx.create(ContestApplicationSchema, {
      contest,
      nomination,
      pairId: entry?.pairId ?? null,
      practiceId: entry?.practiceId ?? null,
      proposalTitle: checked?.title ?? null,
      proposalSummary: checked?.summary ?? null,
      proposalFormCode: checked?.formCode ?? null,
      proposalAuthorPersonIds: checked?.authorPersonIds ?? null,
      proposalMaterialsUrl: checked?.materialsUrl ?? null,
      organizationId,
      result: null,
      dataOrigin: 'ENTERED',
      createdBy: context.viewer.subject,
    });
    await tx.flush();
    return application;
  });
