import { badUserInput } from '@mentoring/platform/errors';
import { present } from '@mentoring/platform/graphql';
import { todayIso } from '@mentoring/platform/validation';
import type { QueryResolvers, StatisticDimension } from '../../../../__generated__/types.generated.js';
import { withinWorkingTerritory } from '../../../territories/places.js';
import { valueDate } from '../../../values/dates.js';
import { dimensionsOf, MEASURES } from '../../measures.js';
import { resolveScope } from '../../scope.js';
import { countStatistics } from '../../statement.js';
import { shownTotal, suppressCells } from '../../suppression.js';

export const statistics: NonNullable<QueryResolvers['statistics']> = async (_parent, args, context) => {
  const { measure } = args;
  const level = args.level ?? 'MUNICIPALITY';
  const asOf = args.asOf ?? todayIso();
  const groupBy: StatisticDimension[] = args.groupBy ?? ['TERRITORY'];
  const repeated = groupBy.filter((dimension, index) => groupBy.indexOf(dimension) !== index);
  if (repeated.length > 0)
    throw badUserInput(
      `Разрез ${[...new Set(repeated)].join(', ')} указан дважды; each dimension may be given once in groupBy.`,
    );
  valueDate(asOf, 'asOf');
  const allowed = dimensionsOf(measure);
  const inapplicable = groupBy.filter((dimension) => !allowed.includes(dimension));
  if (inapplicable.length > 0)
    throw badUserInput(
      `Разрез ${inapplicable.join(', ')} не применим к ${measure}: допустимы ${allowed.join(', ')}; ${measure} cannot be grouped by ${inapplicable.join(', ')}.`,
    );
  if (level === 'REGION' && args.municipalityId)
    throw badUserInput(
      'Уровень REGION требует regionCode: у муниципального образования нет строк субъекта; level REGION needs a regionCode scope.',
    );
  const { scope, place } = await resolveScope(args, context);
  const counted = await countStatistics(context.em, measure, groupBy, level, scope, asOf);
  const { ofPeople } = MEASURES[measure];
  const scopeVisible = withinWorkingTerritory(context.viewer, place);
  const cells = counted.rows.map((row) => ({
    count: row.count,
    mayShowPeople: withinWorkingTerritory(context.viewer, row.place ?? place),
  }));
  const shown = suppressCells(cells, ofPeople);
  const reference = (id: string | null | undefined) => (id ? { id } : null);
  return {
    measure,
    level,
    groupBy,
    asOf,
    region: { id: place.regionId },
    municipality: reference(place.municipalityId),
    rows: counted.rows.map((row, index) => ({
      region: reference(row.place?.regionId),
      municipality: reference(row.place?.municipalityId),
      organization: reference(row.place?.organizationId),
      form: row.form,
      status: row.status,
      year: row.year,
      ...present(shown.rows[index], 'the shown count of each counted row'),
    })),
    total: shownTotal(counted.total, ofPeople, scopeVisible, shown.totalWouldExpose),
  };
};
