import { badUserInput } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { Context } from '../../context.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import { valueDate } from './dates.js';
import { indicatorValue, type Territory } from './values.js';

/** The most codes one request may name: the catalogue is small, a longer list is a mistake or an attack. */
const MAX_CODES = 100;

/** The catalogue entries a request names, refusing unknown codes by name. */
export async function indicatorsNamed(
  codes: readonly string[] | null | undefined,
  context: Context,
): Promise<Indicator[]> {
  const catalogue = await context.loaders.catalogue();
  if (codes === null || codes === undefined) return catalogue;
  if (codes.length > MAX_CODES)
    throw badUserInput(`Не более ${MAX_CODES} кодов показателей; at most ${MAX_CODES} codes.`);
  const unknown = codes.filter((code) => !catalogue.some((indicator) => indicator.code === code));
  if (unknown.length > 0)
    throw badUserInput(
      `Нет показателя с кодом ${unknown.map((code) => `«${code.slice(0, 80)}»`).join(', ')}; no indicator has this code (see the indicators query).`,
      { codes: unknown.slice(0, 10).map((code) => code.slice(0, 80)) },
    );
  return catalogue.filter((indicator) => codes.includes(indicator.code));
}

/** `Region.indicators`, `Municipality.indicators`, `Organization.indicators`: the catalogue's values for a territory. */
export async function territoryIndicators(
  territory: Territory,
  args: { asOf?: string | null; codes?: readonly string[] | null },
  context: Context,
) {
  const asOf = args.asOf ? valueDate(args.asOf, 'asOf') : todayIso();
  const indicators = await indicatorsNamed(args.codes, context);
  return Promise.all(indicators.map((indicator) => indicatorValue(indicator, territory, asOf, context)));
}
