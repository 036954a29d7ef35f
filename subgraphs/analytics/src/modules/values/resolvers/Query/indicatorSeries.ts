import { badUserInput } from '@mentoring/platform/errors';
import { present } from '@mentoring/platform/graphql';
import { todayIso } from '@mentoring/platform/validation';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { IndicatorSnapshotSchema } from '../../../indicators/snapshot.entity.js';
import { FAMILIES } from '../../families.js';
import { indicatorsNamed } from '../../territory-indicators.js';
import { withinWorkingTerritory } from '../../../territories/places.js';
import { fromMeasure, indicatorValue } from '../../values.js';

export const indicatorSeries: NonNullable<QueryResolvers['indicatorSeries']> = async (
  _,
  { code, level, territoryId, from, to },
  context,
) => {
  const start = from ?? '2022-01-01';
  const end = to ?? todayIso();
  if (start > end) throw badUserInput(`Начало ряда ${start} позже конца ${end}; from must not be after to.`);
  const [named] = await indicatorsNamed([code], context);
  const indicator = present(named, `indicator ${code}, which indicatorsNamed found`);
  const territory = { level, id: territoryId };
  const current = await indicatorValue(indicator, territory, end, context);
  const place = await context.loaders.places[level].load(territoryId);
  const family = indicator.family ? FAMILIES[indicator.family] : undefined;
  const snapshots = await context.em.find(
    IndicatorSnapshotSchema,
    { indicatorCode: code, level, territoryId, asOf: { $gte: start, $lt: end } },
    { orderBy: { asOf: 'asc' } },
  );
  const mayShowPeople = withinWorkingTerritory(context.viewer, place);
  const points = snapshots.map((snapshot) => {
    const shown = fromMeasure(
      {
        numerator: Number(snapshot.numerator ?? 0),
        denominator: Number(snapshot.denominator ?? 0),
        unknown: 0,
        ofPeople: family?.ofPeople ?? false,
        kind: family?.kind ?? 'SHARE',
      },
      mayShowPeople,
    );
    return {
      asOf: snapshot.asOf,
      value: shown.value,
      numerator: shown.numerator,
      denominator: shown.denominator,
      suppressed: shown.suppressed,
    };
  });
  return { indicator: indicator, points, current };
};
