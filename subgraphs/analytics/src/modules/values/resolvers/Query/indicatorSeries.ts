import { badUserInput, notFound } from '@mentoring/platform/errors';
import { present } from '@mentoring/platform/graphql';
import { todayIso } from '@mentoring/platform/validation';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { IndicatorSnapshotSchema } from '../../../indicators/snapshot.entity.js';
import { withinWorkingTerritory } from '../../../territories/places.js';
import { valueDate } from '../../dates.js';
import { indicatorsNamed } from '../../territory-indicators.js';
import { indicatorValue, shownSnapshot } from '../../values.js';

export const indicatorSeries: NonNullable<QueryResolvers['indicatorSeries']> = async (
  _,
  { code, level, territoryId, from, to },
  context,
) => {
  const start = from ? valueDate(from, 'from') : '2022-01-01';
  const end = to ? valueDate(to, 'to') : todayIso();
  if (start > end) throw badUserInput(`Начало ряда ${start} позже конца ${end}; from must not be after to.`);
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
  const current = await indicatorValue(indicator, territory, end, context);
  const snapshots = await context.em.find(
    IndicatorSnapshotSchema,
    { indicatorCode: code, level, territoryId, asOf: { $gte: start, $lt: end } },
    { orderBy: { asOf: 'asc' } },
  );
  const mayShowPeople = withinWorkingTerritory(context.viewer, place);
  const points = snapshots.map((snapshot) => {
    const shown = shownSnapshot(snapshot, indicator, mayShowPeople);
    return {
      asOf: snapshot.asOf,
      value: shown.value,
      numerator: shown.numerator,
      denominator: shown.denominator,
      suppressed: shown.suppressed,
    };
  });
  return { indicator, points, current };
};
