import type { StatisticDimension, StatisticMeasure } from '../../__generated__/types.generated.js';
import { YOUNG_SPECIALIST } from '../values/families.js';

/**
 * What each statistics measure counts, as a statement over the other domains' published views and functions only
 * (registry_pub, mentoring_pub). Each source yields one row per counted unit and place: the organization's territory
 * (`t`, registry_pub.organization_territory), the unit (an organization, person, pair or programme) and the columns
 * of the dimensions it supports. `?` in a source are all the date; the scope condition follows them.
 */
export interface MeasureSource {
  /** The facts' select; `scope` is a condition on `t` that the caller binds after the dates. */
  sql(scope: string): string;
  /** How many `?` of the date precede the scope's. */
  dateParameters: number;
  /** Dimensions besides TERRITORY (which every measure has). */
  dimensions: StatisticDimension[];
  /** A count of people (or of pairs and personalised programmes, which name people): small cells are suppressed. */
  ofPeople: boolean;
}

const TERRITORY = `t."region_id", t."municipality_id", t."organization_id"`;
const FORM = `f."code" as "form_code", f."name" as "form_name", f."position" as "form_position"`;

export const MEASURES: Record<StatisticMeasure, MeasureSource> = {
  ORGANIZATIONS: {
    sql: (scope) => `
      select ${TERRITORY}, t."organization_id" as "unit",
        case when s."implements_model" then 'IMPLEMENTS_MODEL' when s."has_regulation" then 'REGULATION_ONLY'
             else 'NO_REGULATION' end as "status"
      from "registry_pub"."organization_territory" t
      left join "mentoring_pub"."organization_system_as_of"(?::date) s on s."organization_id" = t."organization_id"
      where ${scope}`,
    dateParameters: 1,
    dimensions: ['STATUS'],
    ofPeople: false,
  },
  STAFF: {
    sql: (scope) => `
      select ${TERRITORY}, s."person_id" as "unit"
      from "registry_pub"."staff_as_of"(?::date) s
      join "registry_pub"."organization_territory" t on t."organization_id" = s."organization_id"
      where ${scope}`,
    dateParameters: 1,
    dimensions: [],
    ofPeople: true,
  },
  YOUNG_SPECIALISTS: {
    sql: (scope) => `
      select ${TERRITORY}, s."person_id" as "unit"
      from "registry_pub"."staff_as_of"(?::date) s
      join "registry_pub"."organization_territory" t on t."organization_id" = s."organization_id"
      where ${YOUNG_SPECIALIST} and ${scope}`,
    dateParameters: 1,
    dimensions: [],
    ofPeople: true,
  },
  MENTORS: participants('MENTOR'),
  MENTEES: participants('MENTEE'),
  PAIRS: {
    sql: (scope) => `
      select ${TERRITORY}, p."pair_id" as "unit", ${FORM}, extract(year from p."start_date")::int as "year"
      from "mentoring_pub"."pair_as_of"(?::date) p
      join "registry_pub"."organization_territory" t on t."organization_id" = p."organization_id"
      left join "mentoring_pub"."mentoring_form" f on f."code" = p."form_code"
      where ${scope}`,
    dateParameters: 1,
    dimensions: ['FORM', 'YEAR'],
    ofPeople: true,
  },
  PROGRAMMES: {
    sql: (scope) => `
      select ${TERRITORY}, o."programme_id" as "unit", ${FORM}, extract(year from o."start_date")::int as "year",
        case when o."end_date" < ?::date then 'ENDED' else 'RUNNING' end as "status"
      from "mentoring_pub"."programme_outcome" o
      join "registry_pub"."organization_territory" t on t."organization_id" = o."organization_id"
      left join "mentoring_pub"."mentoring_form" f on f."code" = o."form_code"
      where o."status" <> 'DRAFT' and o."start_date" <= ?::date and ${scope}`,
    dateParameters: 2,
    dimensions: ['FORM', 'STATUS', 'YEAR'],
    ofPeople: true,
  },
};

/** Mentors or mentees of pairs running on the date, where they work or study (as the indicators count them). */
function participants(role: 'MENTOR' | 'MENTEE'): MeasureSource {
  return {
    sql: (scope) => `
      select ${TERRITORY}, p."person_id" as "unit", ${FORM}
      from "mentoring_pub"."participation_as_of"(?::date) p
      join "registry_pub"."organization_territory" t on t."organization_id" = p."person_organization_id"
      left join "mentoring_pub"."mentoring_form" f on f."code" = p."form_code"
      where p."role" = '${role}' and ${scope}`,
    dateParameters: 1,
    dimensions: ['FORM'],
    ofPeople: true,
  };
}

/** The dimensions a measure may be grouped by, TERRITORY first. */
export const dimensionsOf = (measure: StatisticMeasure): StatisticDimension[] => [
  'TERRITORY',
  ...MEASURES[measure].dimensions,
];
