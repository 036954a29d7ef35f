import { badUserInput, conflict } from '@mentoring/platform/errors';
import type { CreateEventInput, UpdateEventInput } from '../../__generated__/types.generated.js';
import { checkedEventInput } from './event-input.js';
import type { Event } from './event.entity.js';

/** The fields whose words a seed prints (or the system reads from its printed schedule): never rewritten. */
const PRINTED_FIELDS = ['title', 'startDate', 'endDate', 'organizerName', 'hours', 'programme'] as const;
/** Fields that have no null: given as null they are bad input, not a clearing. */
const NOT_NULL_FIELDS = ['title', 'startDate', 'endDate', 'format'] as const;

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
  };
  // The kind stays: createEvent's check reads it, the update does not write it.
  return omitKind(checkedEventInput(merged));
}

function omitKind<T extends { kind: unknown }>(facts: T): Omit<T, 'kind'> {
  const rest: Partial<T> = { ...facts };
  delete rest.kind;
  return rest as Omit<T, 'kind'>;
}

/** Whether the change moves the event's dates (a seed event's never move: they are printed). */
export const movesDates = (event: Event, facts: object) =>
  ('startDate' in facts && facts.startDate !== event.startDate) ||
  ('endDate' in facts && facts.endDate !== event.endDate);
