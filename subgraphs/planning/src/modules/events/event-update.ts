import { stableId } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import type { CreateEventInput, UpdateEventInput } from '../../__generated__/types.generated.js';
import { EVENTS } from '../../demo-events.js';
import { checkedEventInput } from './event-input.js';
import type { Event } from './event.entity.js';

/** The fields whose words a seed prints (or the system reads from its printed schedule): never rewritten. */
const PRINTED_FIELDS = ['title', 'startDate', 'endDate', 'organizerName', 'hours', 'programme'] as const;
/** Fields that have no null: given as null they are bad input, not a clearing. */
const NOT_NULL_FIELDS = ['title', 'startDate', 'endDate', 'format', 'public'] as const;

const given = (input: UpdateEventInput, key: keyof UpdateEventInput) => input[key] !== undefined;

/** Null for a field given as null, where the field has no null: BAD_USER_INPUT naming it. */
function refuseNulls(input: UpdateEventInput): void {
  for (const field of NOT_NULL_FIELDS)
    if (input[field] === null)
      throw badUserInput(`Поле input.${field} нельзя очистить; input.${field} must not be null.`, {
        argument: `input.${field}`,
      });
}

/**
 * A seed event's printed words (its title, the dates read from its printed schedule, the organizer's name, hours and
 * programme) stay as the seed prints them: giving another value is a CONFLICT, giving the same one changes nothing.
 */
function refusePrintedChanges(event: Event, input: UpdateEventInput): void {
  const changed = PRINTED_FIELDS.filter((field) => given(input, field) && (input[field] ?? null) !== event[field]);
  if (changed.length > 0)
    throw conflict(
      `Мероприятие из источника (${event.source?.document ?? 'seed'}): напечатанное в нём (${changed.join(', ')}) не переписывается; a seed event's printed words are never rewritten.`,
      { fields: changed },
    );
}

/** What a seed may leave blank, for its keeper to fill in: never replaced once the seed prints it. */
const FILLABLE_FIELDS = ['format', 'audienceRoles', 'audienceLevels', 'description', 'roadmapItem'] as const;
type Fillable = (typeof FILLABLE_FIELDS)[number];

const blank = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);
const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && [...new Set(a)].every((item: unknown) => b.includes(item))
    : (a ?? null) === (b ?? null);

/**
 * The seed's own values of the fields it may leave blank, as it prints them (the demo's seed events, by their stable
 * ids); for a seed event not among them, its stored values stand for the seed's.
 */
function seededValues(event: Event): Record<Fillable, unknown> {
  const seed = EVENTS.find((candidate) => stableId('event', candidate.key) === event.id);
  if (!seed)
    return {
      format: event.format,
      audienceRoles: event.audienceRoles,
      audienceLevels: event.audienceLevels,
      description: event.description,
      roadmapItem: event.roadmapItem?.id ?? null,
    };
  return {
    format: seed.format,
    audienceRoles: seed.audienceRoles,
    audienceLevels: seed.audienceLevels,
    description: seed.description,
    roadmapItem: seed.roadmapItemKey ? stableId('roadmap-item', seed.roadmapItemKey) : null,
  };
}

/**
 * A seed event's keeper fills in only what the seed leaves blank (its format, audience, description, roadmap row):
 * where the seed prints a value, giving another one — or clearing it — is a CONFLICT; giving the same one changes
 * nothing.
 */
function refuseSeededChanges(event: Event, input: UpdateEventInput): void {
  const seeded = seededValues(event);
  const asGiven: Record<Fillable, unknown> = {
    format: input.format,
    audienceRoles: input.audienceRoles === null ? [] : input.audienceRoles,
    audienceLevels: input.audienceLevels === null ? [] : input.audienceLevels,
    description: input.description === null ? null : input.description?.trim(),
    roadmapItem: input.roadmapItemId,
  };
  const changed = FILLABLE_FIELDS.filter(
    (field) => asGiven[field] !== undefined && !blank(seeded[field]) && !sameValue(asGiven[field], seeded[field]),
  );
  if (changed.length > 0)
    throw conflict(
      `Мероприятие из источника (${event.source?.document ?? 'seed'}): указанное в нём (${changed.join(', ')}) не заменяется и не очищается — дополнить можно лишь то, чего источник не называет; a seed event's keeper fills in only what the seed leaves blank.`,
      { fields: changed },
    );
}

/** What people attended: once attendance is recorded, these stay (a completed course is a mentor's training). */
export const ATTENDED_FIELDS = [
  'title',
  'startDate',
  'endDate',
  'organizerOrganizationId',
  'organizerName',
  'hours',
  'programme',
] as const;

/** The fields of what people attended that the change would rewrite. */
export const rewritesAttended = (event: Event, facts: object): string[] =>
  ATTENDED_FIELDS.filter(
    (field) => field in facts && ((facts as Record<string, unknown>)[field] ?? null) !== (event[field] ?? null),
  );

/**
 * The event after the change, checked with createEvent's rules (dates in order, hours and programme for courses only,
 * an organizer given). An entered event is checked whole; a seed event keeps its printed words (see above) and has
 * the rest checked on its own, since the seed may leave its dates and format blank.
 */
export function checkedEventUpdate(event: Event, input: UpdateEventInput) {
  refuseNulls(input);
  const pick = <K extends keyof UpdateEventInput & keyof Event>(key: K) =>
    given(input, key) ? input[key] : event[key];
  if (event.dataOrigin === 'SEED') {
    refusePrintedChanges(event, input);
    refuseSeededChanges(event, input);
    const organizerOrganizationId = pick('organizerOrganizationId') ?? null;
    if (!organizerOrganizationId && !event.organizerName)
      throw badUserInput(
        'Укажите организатора: у мероприятия из источника нет наименования организатора, организацию реестра не очистить; an event needs its organizer.',
        { argument: 'input.organizerOrganizationId' },
      );
    const description = given(input, 'description') ? input.description?.trim() || null : event.description;
    return {
      description,
      organizerOrganizationId,
      format: pick('format') ?? null,
      audienceRoles: [...new Set(pick('audienceRoles') ?? [])],
      audienceLevels: [...new Set(pick('audienceLevels') ?? [])],
      isPublic: input.public ?? event.isPublic,
    };
  }
  const merged: CreateEventInput = {
    kind: event.kind,
    title: pick('title') ?? event.title,
    description: pick('description'),
    startDate: pick('startDate') ?? event.startDate ?? '',
    endDate: pick('endDate') ?? event.endDate ?? '',
    organizerOrganizationId: pick('organizerOrganizationId'),
    organizerName: pick('organizerName'),
    format: pick('format') ?? event.format ?? 'OFFLINE',
    audienceRoles: pick('audienceRoles'),
    audienceLevels: pick('audienceLevels'),
    hours: pick('hours'),
    programme: pick('programme'),
    public: input.public ?? event.isPublic,
  };
  // The kind stays: createEvent's check reads it, the update does not write it.
  return omitKind(checkedEventInput(merged));
}

function omitKind<T extends { kind: unknown }>(facts: T): Omit<T, 'kind'> {
  const rest: Partial<T> = { ...facts };
  delete rest.kind;
  return rest as Omit<T, 'kind'>;
}
