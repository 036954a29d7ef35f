import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { RoadmapItemSchema } from '../roadmaps/roadmap-item.entity.js';

/** Вид мероприятия, as the seeds name them (seed 000 «Вебинары - ПК - Фестиваль … - Конкурс …», seed 004 «семинары, мастер-классы, круглые столы, конференции»). */
export const EVENT_KINDS = [
  'WEBINAR',
  'SEMINAR',
  'ONLINE_SEMINAR',
  'COURSE',
  'START_SESSION',
  'CONFERENCE',
  'ROUND_TABLE',
  'MASTER_CLASS',
  'FESTIVAL',
  'CONTEST',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_FORMATS = ['ONLINE', 'OFFLINE', 'MIXED'] as const;

/** Whom an event addresses, by their part in the model. */
export const EVENT_AUDIENCE_ROLES = [
  'HEADS',
  'CURATORS',
  'MUNICIPAL_COORDINATORS',
  'METHODISTS',
  'TEACHERS',
  'MENTORS',
  'MENTEES',
  'PEDAGOGICAL_COMMUNITY',
] as const;

/** Levels of education the audience works in, as the registry's organization kinds group them. */
export const EVENT_AUDIENCE_LEVELS = ['GENERAL', 'ADDITIONAL', 'VOCATIONAL', 'PRESCHOOL'] as const;

/**
 * Мероприятие: a webinar, seminar, course, start session, festival, contest… Its owner is the territory whose
 * staff keep it (a region, or a municipality within it); ids are the registry's, no foreign key crosses schemas.
 * Dates are the system's reading of the printed `schedule`: null when the source names no date.
 */
export const EventSchema = defineEntity({
  name: 'Event',
  tableName: 'event',
  extends: VersionedEntitySchema,
  properties: {
    kind: p.enum(EVENT_KINDS),
    title: p.text(),
    description: p.text().nullable(),
    /** The dates as the source prints them («Январь 2023», «16 сентября 2021»); null for an entered event. */
    schedule: p.text().nullable(),
    startDate: p.date().nullable().index(),
    endDate: p.date().nullable(),
    /** A registry organization, or the name of a body outside the registry. */
    organizerOrganizationId: p.uuid().nullable(),
    organizerName: p.text().nullable(),
    format: p.enum(EVENT_FORMATS).nullable(),
    audienceRoles: p.json<(typeof EVENT_AUDIENCE_ROLES)[number][]>(),
    audienceLevels: p.json<(typeof EVENT_AUDIENCE_LEVELS)[number][]>(),
    /** Курсы ПК/ДПО: hours and programme; null for other kinds and where the source prints none. */
    hours: p.smallint().nullable(),
    programme: p.text().nullable(),
    roadmapItem: () => p.manyToOne(RoadmapItemSchema).nullable().index(),
    regionId: p.uuid().index(),
    municipalityId: p.uuid().nullable().index(),
    organizationId: p.uuid().nullable(),
    /** What the source says, and does not say, about the event. */
    note: p.text().nullable(),
    source: p.json<CatalogueSource>().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    /** Открыто для всех: shown in the anonymous calendar feed; only where its keeper (or the seed) says so. */
    isPublic: p.boolean().default(false),
    /** Token subject of whoever entered it; null for demo data. */
    createdBy: p.string().nullable(),
  },
  checks: [
    { name: 'event_seed_has_source', expression: `"data_origin" <> 'SEED' or "source" is not null` },
    { name: 'event_dates_in_order', expression: `"end_date" is null or "start_date" <= "end_date"` },
    { name: 'event_end_needs_start', expression: `"end_date" is null or "start_date" is not null` },
    {
      name: 'event_entered_is_dated',
      expression: `"data_origin" <> 'ENTERED' or ("start_date" is not null and "end_date" is not null and "format" is not null)`,
    },
    {
      name: 'event_organizer_given',
      expression: `"organizer_organization_id" is not null or "organizer_name" is not null`,
    },
    { name: 'event_hours_of_courses', expression: `"hours" is null or ("kind" = 'COURSE' and "hours" > 0)` },
    { name: 'event_programme_of_courses', expression: `"programme" is null or "kind" = 'COURSE'` },
    { name: 'event_title_length', expression: 'char_length("title") <= 500' },
    { name: 'event_description_length', expression: 'char_length("description") <= 4000' },
    { name: 'event_programme_length', expression: 'char_length("programme") <= 4000' },
    { name: 'event_organizer_name_length', expression: 'char_length("organizer_name") <= 500' },
  ],
});

export type Event = InferEntity<typeof EventSchema>;
