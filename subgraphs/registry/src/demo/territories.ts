import { stableId } from '@mentoring/platform/database';

/** Kinds of municipality (вид муниципального образования). */
export type MunicipalityKind = 'MUNICIPAL_DISTRICT' | 'MUNICIPAL_OKRUG' | 'URBAN_OKRUG' | 'CITY_DISTRICT';

export interface DemoRegion {
  code: string;
  name: string;
}

export interface DemoMunicipality {
  oktmo: string;
  name: string;
  kind: MunicipalityKind;
  regionCode: string;
}

export const regionIdOf = (code: string) => stableId('region', code);
export const municipalityIdOf = (oktmo: string) => stableId('municipality', oktmo);

/** The three regions of the seed documents (000/002 Smolensk, 003 Orel, 004 St Petersburg). */
export const DEMO_REGIONS: DemoRegion[] = [
  { code: '67', name: 'Смоленская область' },
  { code: '57', name: 'Орловская область' },
  { code: '78', name: 'Санкт-Петербург' },
];

const SMOLENSK_DISTRICTS: [string, string][] = [
  ['66605000', 'Велижский район'],
  ['66610000', 'Вяземский район'],
  ['66611000', 'Гагаринский район'],
  ['66612000', 'Глинковский район'],
  ['66614000', 'Демидовский район'],
  ['66616000', 'Дорогобужский район'],
  ['66618000', 'Духовщинский район'],
  ['66619000', 'Ельнинский район'],
  ['66620000', 'Ершичский район'],
  ['66621000', 'Кардымовский район'],
  ['66623000', 'Краснинский район'],
  ['66627000', 'Монастырщинский район'],
  ['66630000', 'Новодугинский район'],
  ['66634000', 'Починковский район'],
  ['66636000', 'Рославльский район'],
  ['66638000', 'Руднянский район'],
  ['66639000', 'Сафоновский район'],
  ['66644000', 'Смоленский район'],
  ['66646000', 'Сычёвский район'],
  ['66647000', 'Тёмкинский район'],
  ['66648000', 'Угранский район'],
  ['66650000', 'Хиславичский район'],
  ['66653000', 'Холм-Жирковский район'],
  ['66656000', 'Шумячский район'],
  ['66658000', 'Ярцевский район'],
];

const ST_PETERSBURG_DISTRICTS: [string, string][] = [
  ['40302000', 'Адмиралтейский район'],
  ['40303000', 'Василеостровский район'],
  ['40304000', 'Выборгский район'],
  ['40305000', 'Калининский район'],
  ['40306000', 'Кировский район'],
  ['40307000', 'Колпинский район'],
  ['40308000', 'Красногвардейский район'],
  ['40309000', 'Красносельский район'],
  ['40310000', 'Кронштадтский район'],
  ['40311000', 'Курортный район'],
  ['40312000', 'Московский район'],
  ['40313000', 'Невский район'],
  ['40314000', 'Петроградский район'],
  ['40315000', 'Петродворцовый район'],
  ['40316000', 'Приморский район'],
  ['40317000', 'Пушкинский район'],
  ['40318000', 'Фрунзенский район'],
  ['40319000', 'Центральный район'],
];

/**
 * Smolensk: the 27 municipalities of seed 002 (25 districts and the city
 * okrugs Смоленск and Десногорск); Orel: Знаменский район of seed 003;
 * St Petersburg: its 18 districts (seed 004 speaks of "административные районы").
 */
export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  ...SMOLENSK_DISTRICTS.map(([oktmo, name]) => ({
    oktmo,
    name,
    kind: 'MUNICIPAL_DISTRICT' as const,
    regionCode: '67',
  })),
  { oktmo: '66701000', name: 'город Смоленск', kind: 'URBAN_OKRUG', regionCode: '67' },
  { oktmo: '66740000', name: 'город Десногорск', kind: 'URBAN_OKRUG', regionCode: '67' },
  { oktmo: '54618000', name: 'Знаменский район', kind: 'MUNICIPAL_DISTRICT', regionCode: '57' },
  ...ST_PETERSBURG_DISTRICTS.map(([oktmo, name]) => ({
    oktmo,
    name,
    kind: 'CITY_DISTRICT' as const,
    regionCode: '78',
  })),
];

export const SMOLENSK_CITY_OKTMO = '66701000';
export const ZNAMENSKY_OKTMO = '54618000';
export const SPB_CENTRAL_OKTMO = '40319000';
