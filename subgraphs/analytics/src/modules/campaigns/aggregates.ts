import type { Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { withinWorkingTerritory, type TerritoryLocation } from '../territories/places.js';
import { isSmallCell, SMALL_CELL } from '@mentoring/platform/disclosure';
import type { MonitoringCampaign } from './campaign.entity.js';
import type { CampaignQuestion } from './question.entity.js';
import { ACCEPTED_STATUSES, SUBMITTED_STATUSES } from './submission.entity.js';

export interface CompletionRow {
  municipality: { id: string } | null;
  municipalityOktmo: string | null;
  targeted: number;
  submitted: number;
  accepted: number;
  share: number | null;
  acceptedShare: number | null;
}

export interface CampaignCompletion {
  campaign: MonitoringCampaign;
  region: CompletionRow;
  municipalities: CompletionRow[];
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part * 1000) / whole) / 10);
const statusList = (statuses: readonly string[]) => statuses.map((status) => `'${status}'`).join(', ');

/**
 * Охват мониторинга per municipality and for the region, in one statement: the campaign's submissions joined to the
 * registry's published territory view, grouped by municipality with a grouping set for the whole region.
 */
export async function campaignCompletion(em: EntityManager, campaign: MonitoringCampaign): Promise<CampaignCompletion> {
  const rows = await em.execute<
    {
      municipality_id: string | null;
      municipality_oktmo: string | null;
      targeted: string;
      submitted: string;
      accepted: string;
    }[]
  >(
    `select t.municipality_id, t.municipality_oktmo, count(*) as targeted,
            count(*) filter (where s.status in (${statusList(SUBMITTED_STATUSES)})) as submitted,
            count(*) filter (where s.status in (${statusList(ACCEPTED_STATUSES)})) as accepted
       from analytics.campaign_submission s
       join registry_pub.organization_territory t on t.organization_id = s.organization_id
      where s.campaign_id = ?
      group by grouping sets ((t.municipality_id, t.municipality_oktmo), ())
      order by t.municipality_oktmo nulls first`,
    [campaign.id],
  );
  const toRow = (row: (typeof rows)[number]): CompletionRow => {
    const [targeted, submitted, accepted] = [Number(row.targeted), Number(row.submitted), Number(row.accepted)];
    return {
      municipality: row.municipality_id ? { id: row.municipality_id } : null,
      municipalityOktmo: row.municipality_oktmo,
      targeted,
      submitted,
      accepted,
      share: percent(submitted, targeted),
      acceptedShare: percent(accepted, targeted),
    };
  };
  const total = rows.find((row) => row.municipality_id === null);
  return {
    campaign,
    region: total
      ? toRow(total)
      : {
          municipality: null,
          municipalityOktmo: null,
          targeted: 0,
          submitted: 0,
          accepted: 0,
          share: null,
          acceptedShare: null,
        },
    municipalities: rows.filter((row) => row.municipality_id !== null).map(toRow),
  };
}

export interface AnswerAggregate {
  municipality: { id: string } | null;
  municipalityOktmo: string | null;
  answered: number;
  yes: number | null;
  no: number | null;
  yesShare: number | null;
  sum: number | null;
  average: number | null;
  choices: { option: string; count: number | null }[];
  suppressed: boolean;
  note: string | null;
}

export interface CampaignQuestionSummary {
  question: CampaignQuestion;
  region: AnswerAggregate;
  municipalities: AnswerAggregate[];
}

export interface CampaignAnswerSummary {
  campaign: MonitoringCampaign;
  acceptedOnly: boolean;
  questions: CampaignQuestionSummary[];
}

interface AnswerRow {
  question_id: string;
  municipality_id: string | null;
  municipality_oktmo: string | null;
  choice_value: string | null;
  answered: string;
  yes: string;
  no: string;
  numbers: string;
  total: string | null;
}

export const SMALL_AGGREGATE = `Скрыто (small cell): ответили меньше ${SMALL_CELL} организаций; такая сводка показывает ответы конкретных ОО. Региональный оператор региона и координатор муниципального образования видят значения.`;
export const COMPLEMENTARY_AGGREGATE =
  'Скрыто вместе с малой сводкой (complementary cell): иначе её можно было бы вычислить как разность итога по региону и показанных строк.';

/** An aggregate with its figures hidden: only the number of answering organizations stays. */
const hidden = (aggregate: AnswerAggregate, note: string): AnswerAggregate => ({
  ...aggregate,
  yes: null,
  no: null,
  yesShare: null,
  sum: null,
  average: null,
  choices: aggregate.choices.map(({ option }) => ({ option, count: null })),
  suppressed: true,
  note,
});

/**
 * What a viewer is shown of one question's aggregates. ANALYST and EXTERNAL_SYSTEM read aggregates only, and an
 * aggregate of 1–4 organizations is as good as their own answers (the indicators' small cells, SMALL_CELL): outside the
 * viewer's working territory (withinWorkingTerritory — the operator's region, the coordinator's municipality) such a
 * row is hidden. The region's row is shown beside the municipalities', so while the hidden municipal rows are one, or
 * together under SMALL_CELL organizations, the smallest further row the viewer may not see is hidden too; when none is
 * left, the region's row is hidden instead — no hidden row can be worked out as a difference.
 */
function suppressSmall(
  viewer: Viewer,
  campaign: MonitoringCampaign,
  region: AnswerAggregate,
  municipalities: AnswerAggregate[],
): { region: AnswerAggregate; municipalities: AnswerAggregate[] } {
  const placeOf = (row: AnswerAggregate): TerritoryLocation => ({
    regionId: campaign.regionId,
    regionCode: campaign.regionCode,
    municipalityId: row.municipality?.id ?? null,
    municipalityOktmo: row.municipalityOktmo,
    organizationId: null,
  });
  const mayShow = municipalities.map((row) => withinWorkingTerritory(viewer, placeOf(row)));
  const shown = municipalities.map((row, index) => (!mayShow[index] && isSmallCell(row.answered) ? null : row));
  const exposed = () => {
    const counts = municipalities.filter((_, index) => shown[index] === null).map((row) => row.answered);
    return counts.length > 0 && (counts.length === 1 || counts.reduce((sum, count) => sum + count, 0) < SMALL_CELL);
  };
  const regionMayShow = withinWorkingTerritory(viewer, placeOf(region));
  let regionHidden = !regionMayShow && isSmallCell(region.answered);
  while (!regionHidden && exposed()) {
    const next = municipalities
      .map((row, index) => ({ row, index }))
      .filter(({ row, index }) => shown[index] !== null && !mayShow[index] && row.answered > 0)
      .sort((a, b) => a.row.answered - b.row.answered)[0];
    if (next) shown[next.index] = null;
    else if (regionMayShow)
      break; // the region's own operator sees every row anyway
    else regionHidden = true;
  }
  return {
    region: regionHidden
      ? hidden(region, isSmallCell(region.answered) ? SMALL_AGGREGATE : COMPLEMENTARY_AGGREGATE)
      : region,
    municipalities: municipalities.map((row, index) =>
      shown[index] !== null ? row : hidden(row, isSmallCell(row.answered) ? SMALL_AGGREGATE : COMPLEMENTARY_AGGREGATE),
    ),
  };
}

/**
 * Сводка ответов per question, per municipality and for the region, in one statement: grouped by question and
 * territory (a grouping set for the region) and by chosen option, folded here into one aggregate per territory.
 * Text answers are counted, never shown; small aggregates are hidden from viewers outside the territory (suppressSmall).
 */
export async function campaignAnswerSummary(
  em: EntityManager,
  campaign: MonitoringCampaign,
  questions: CampaignQuestion[],
  acceptedOnly: boolean,
  viewer: Viewer,
): Promise<CampaignAnswerSummary> {
  const rows = await em.execute<AnswerRow[]>(
    `select a.question_id, t.municipality_id, t.municipality_oktmo, a.choice_value,
            count(*) as answered,
            count(*) filter (where a.yes_value) as yes,
            count(*) filter (where not a.yes_value) as no,
            count(a.number_value) as numbers,
            sum(a.number_value) as total
       from analytics.campaign_answer a
       join analytics.campaign_submission s on s.id = a.submission_id
       join registry_pub.organization_territory t on t.organization_id = s.organization_id
      where s.campaign_id = ? and s.status in (${statusList(acceptedOnly ? ACCEPTED_STATUSES : SUBMITTED_STATUSES)})
      group by grouping sets ((a.question_id, t.municipality_id, t.municipality_oktmo, a.choice_value), (a.question_id, a.choice_value))
      order by t.municipality_oktmo nulls first`,
    [campaign.id],
  );
  const fold = (question: CampaignQuestion, group: AnswerRow[], first: AnswerRow | undefined): AnswerAggregate => {
    const add = (key: 'answered' | 'yes' | 'no' | 'numbers') => group.reduce((sum, row) => sum + Number(row[key]), 0);
    const numbers = add('numbers');
    const total = group.reduce((sum, row) => sum + Number(row.total ?? 0), 0);
    const [answered, yes, no] = [add('answered'), add('yes'), add('no')];
    const counted = new Map(group.map((row) => [row.choice_value, Number(row.answered)]));
    return {
      municipality: first?.municipality_id ? { id: first.municipality_id } : null,
      municipalityOktmo: first?.municipality_oktmo ?? null,
      answered,
      yes,
      no,
      yesShare: question.kind === 'YES_NO' ? percent(yes, yes + no) : null,
      sum: numbers > 0 ? total : null,
      average: numbers > 0 ? total / numbers : null,
      choices:
        question.kind === 'CHOICE'
          ? question.options.map((option) => ({ option, count: counted.get(option) ?? 0 }))
          : [],
      suppressed: false,
      note: null,
    };
  };
  return {
    campaign,
    acceptedOnly,
    questions: questions.map((question) => {
      const own = rows.filter((row) => row.question_id === question.id);
      const regional = own.filter((row) => row.municipality_id === null);
      const byMunicipality = new Map<string, AnswerRow[]>();
      for (const row of own) {
        if (row.municipality_id === null) continue;
        byMunicipality.set(row.municipality_id, [...(byMunicipality.get(row.municipality_id) ?? []), row]);
      }
      return {
        question,
        ...suppressSmall(
          viewer,
          campaign,
          fold(question, regional, undefined),
          [...byMunicipality.values()].map((group) => fold(question, group, group[0])),
        ),
      };
    }),
  };
}
