import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { OrganizationSchema } from '../organizations/organization.entity.js';
import { MunicipalitySchema } from '../territories/municipality.entity.js';
import { RegionSchema } from '../territories/region.entity.js';
import { PersonSchema } from '../people/person.entity.js';

export const APPOINTMENT_KINDS = [
  'SCHOOL_CURATOR',
  'SCHOOL_HEAD',
  'MUNICIPAL_COORDINATOR',
  'REGIONAL_OPERATOR',
  'RMA_CANDIDATE',
  'MENTORS_ASSOCIATION_MEMBER',
] as const;

/**
 * Назначение by order (приказ): куратор ОО, руководитель ОО, муниципальный
 * координатор, региональный оператор, кандидат в РМА, член методического
 * объединения наставников. Never deleted: an appointment ends, history stays.
 */
export const AppointmentSchema = defineEntity({
  name: 'Appointment',
  tableName: 'appointment',
  extends: BaseEntitySchema,
  properties: {
    person: () => p.manyToOne(PersonSchema).index(),
    kind: p.enum(APPOINTMENT_KINDS).index(),
    organization: () => p.manyToOne(OrganizationSchema).nullable().index(),
    municipality: () => p.manyToOne(MunicipalitySchema).nullable().index(),
    region: () => p.manyToOne(RegionSchema).nullable().index(),
    /** Номер и дата приказа; null where the seeds name an appointment without giving its order. */
    orderNumber: p.string().nullable(),
    orderDate: p.date().nullable(),
    /** Орган или организация, издавшие приказ (отдел образования, the school for its head's orders). */
    issuedBy: () => p.manyToOne(OrganizationSchema).nullable().index(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    /** For a SEED appointment: the seed's passage making or naming it. */
    source: p.json<CatalogueSource>().nullable(),
    /** Начало полномочий; null where the seed names the appointment without a date (in force since before any date asked). */
    startDate: p.date().nullable(),
    endDate: p.date().nullable(),
  },
  uniques: [
    {
      // One head and one curator («Куратор», seed 003) per organization at a time: at most one open appointment of each.
      name: 'appointment_one_per_organization',
      expression:
        'create unique index "appointment_one_per_organization" on "registry"."appointment" ("organization_id", "kind") where "end_date" is null and "kind" in (\'SCHOOL_HEAD\', \'SCHOOL_CURATOR\')',
    },
  ],
});

export type Appointment = InferEntity<typeof AppointmentSchema>;
