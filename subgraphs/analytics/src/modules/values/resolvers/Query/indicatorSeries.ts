import { notFound } from '@mentoring/platform/errors';
import { present } from '@mentoring/platform/graphql';
import { todayIso } from '@mentoring/platform/validation';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { valueDate } from '../../dates.js';
import { seriesStart, snapshotSeries } from '../../series.js';
import { indicatorsNamed } from '../../territory-indicators.js';
import { indicatorValue } from '../../values.js';

export const indicatorSeries: NonNullable<QueryResolvers['indicatorSeries']> = async (
  _,
  { code, level, territoryId, from, to },
  context,
) => {
  const end = to ? valueDate(to, 'to') : todayIso();
  const start = seriesStart(from, end, 'to');
  const [named] = await indicatorsNamed([code], context);
  const indicator = present(named, `indicator ${code}, which indicatorsNamed found`);
  const place = await context.loaders.places[level].load(territoryId);
  if (!place)
    throw notFound(
      `Нет территории уровня ${level} с идентификатором ${territoryId}; the registry knows no such place.`,
      {
        argument: 'territoryId',
      },
    );
  const territory = { level, id: territoryId };
  const [current, points] = await Promise.all([
    indicatorValue(indicator, territory, end, context),
    snapshotSeries(indicator, territory, start, end, context),
  ]);
  return { indicator, points, current };
};
