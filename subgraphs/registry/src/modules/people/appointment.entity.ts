import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '@mentoring/platform';
import { OrganizationSchema } from '../organizations/organization.entity.js';
import { MunicipalitySchema } from '../territories/municipality.entity.js';
import { RegionSchema } from '../territories/region.entity.js';
import { PersonSchema } from './person.entity.js';

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
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    person: () => p.manyToOne(PersonSchema).index(),
    kind: p.enum(APPOINTMENT_KINDS).index(),
    organization: () => p.manyToOne(OrganizationSchema).nullable().index(),
    municipality: () => p.manyToOne(MunicipalitySchema).nullable().index(),
    region: () => p.manyToOne(RegionSchema).nullable().index(),
    orderNumber: p.string(),
    orderDate: p.date(),
    startDate: p.date(),
    endDate: p.date().nullable(),
  },
});

export type Appointment = InferEntity<typeof AppointmentSchema>;
