import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { EventSchema } from './event.entity.js';

/** Регистрация → участие → (for courses) освоение программы. */
export const PARTICIPATION_STATUSES = ['REGISTERED', 'ATTENDED', 'COMPLETED'] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

/**
 * Участие в мероприятии: an organization (person null) or a person of an organization. One row per event,
 * organization and person — a unique index with NULLS NOT DISTINCT holds it for organization rows too.
 */
export const EventParticipationSchema = defineEntity({
  name: 'EventParticipation',
  tableName: 'event_participation',
  extends: VersionedEntitySchema,
  properties: {
    event: () => p.manyToOne(EventSchema).index(),
    organizationId: p.uuid().index(),
    personId: p.uuid().nullable().index(),
    status: p.enum(PARTICIPATION_STATUSES).default('REGISTERED'),
    /** Token subjects and roles of whoever registered and recorded attendance; null for demo data. */
    registeredBy: p.string().nullable(),
    attendanceRecordedBy: p.string().nullable(),
    attendanceRecordedAt: p.datetime().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
  uniques: [
    {
      name: 'event_participation_unique',
      expression:
        'create unique index "event_participation_unique" on "planning"."event_participation" ("event_id", "organization_id", "person_id") nulls not distinct',
    },
  ],
});

export type EventParticipation = InferEntity<typeof EventParticipationSchema>;
