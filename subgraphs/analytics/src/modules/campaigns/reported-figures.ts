import { uuidArray, type EntityManager } from '@mentoring/platform/database';
import { sourceView, type CatalogueSource, type DataOrigin } from '@mentoring/sources';
import type { TerritoryLevel } from '../indicators/snapshot.entity.js';
import { TERRITORY_COLUMN, toTenths } from '../values/families.js';
import type { ReportedFigure } from '../values/values.js';

/** A campaign's figure for an indicator and a territory: its accepted answers there, aggregated as the question says. */
export interface CampaignFigure extends ReportedFigure {
  indicatorCode: string;
  /** Organizations whose accepted answers it aggregates: under 5, the figure is as good as one school's own answer. */
  answers: number;
  aggregation: string;
}

const decimal = (value: number) => String(toTenths(value)).replace('.', ',');

/** What the answers add up to, printed as a person reads it: «37,3% (112 из 300 ОО)», a sum or a mean. */
function figureOf(aggregation: string, answers: number, total: number): { printed: string; value: number } {
  if (aggregation === 'SHARE_YES') {
    const value = toTenths((100 * total) / answers);
    return { printed: `${decimal(value)}% (${total} из ${answers} ОО)`, value };
  }
  if (aggregation === 'AVERAGE') {
    const value = toTenths(total / answers);
    return { printed: `${decimal(value)} (среднее по ${answers} ОО)`, value };
  }
  return { printed: `${decimal(total)} (сумма по ${answers} ОО)`, value: total };
}

/** The origin of an aggregate: SYNTHETIC if any answer in it is, SEED if every one is, otherwise ENTERED. */
const originOf = (synthetic: boolean, allSeed: boolean): DataOrigin =>
  synthetic ? 'SYNTHETIC' : allSeed ? 'SEED' : 'ENTERED';

/**
 * Every campaign figure of the territories of a level whose period ended by the date, in one statement: the accepted
 * answers of indicator-bound questions (`analytics.campaign_indicator_answer`) grouped by territory, indicator and
 * campaign. Territory id → its figures, oldest period first.
 */
export async function campaignFigures(
  em: EntityManager,
  level: TerritoryLevel,
  asOf: string,
  ids: readonly string[],
): Promise<Map<string, CampaignFigure[]>> {
  const column = TERRITORY_COLUMN[level];
  const rows = await em.execute<
    {
      territory_id: string;
      indicator_code: string;
      aggregation: string;
      campaign_title: string;
      period_end: string | Date;
      answers: string;
      total: string;
      synthetic: boolean;
      all_seed: boolean;
      source: CatalogueSource | null;
    }[]
  >(
    `select ${column} as "territory_id", a."indicator_code", a."aggregation", a."campaign_title",
            to_char(a."period_end", 'YYYY-MM-DD') as "period_end",
            count(*) as "answers", sum(a."number_value") as "total",
            bool_or(a."data_origin" = 'SYNTHETIC') as "synthetic", bool_and(a."data_origin" = 'SEED') as "all_seed",
            (array_agg(c."source"))[1] as "source"
       from "analytics"."campaign_indicator_answer" a
       join "analytics"."monitoring_campaign" c on c."id" = a."campaign_id"
       join "registry_pub"."organization_territory" t on t."organization_id" = a."organization_id"
      where a."period_end" <= ?::date and ${column} = any(?::uuid[])
      group by ${column}, a."indicator_code", a."aggregation", a."campaign_id", a."campaign_title", a."period_end"
      order by a."period_end", a."campaign_title"`,
    [asOf, uuidArray(ids)],
  );
  const figures = new Map<string, CampaignFigure[]>();
  for (const row of rows) {
    const { printed, value } = figureOf(row.aggregation, Number(row.answers), Number(row.total));
    const periodEnd = String(row.period_end);
    const figure: CampaignFigure = {
      indicatorCode: row.indicator_code,
      answers: Number(row.answers),
      aggregation: row.aggregation,
      printed,
      low: value,
      high: value,
      year: Number(periodEnd.slice(0, 4)),
      asOf: periodEnd,
      // The campaign's own passage, where a seed describes it (seed 002's monitoring); null for users' campaigns.
      source: row.source ? sourceView(row.source) : null,
      campaign: row.campaign_title,
      dataOrigin: originOf(row.synthetic, row.all_seed),
    };
    const own = figures.get(row.territory_id);
    if (own) own.push(figure);
    else figures.set(row.territory_id, [figure]);
  }
  return figures;
}
