import { badUserInput } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';
import type { CreateEventInput } from '../../__generated__/types.generated.js';

const MAX_HOURS = 1000;

const optionalText = (value: string | null | undefined, field: string) =>
  value === null || value === undefined ? null : requiredText(value, field);

/**
 * The event's own facts, checked: dates in order; hours and programme for a course (курсы ПК/ДПО) and only for one;
 * an organizer by registry id or by name.
 */
export function checkedEventInput(input: CreateEventInput) {
  const title = requiredText(input.title, 'input.title');
  if (input.endDate < input.startDate)
    throw badUserInput(
      `Дата окончания ${input.endDate} раньше даты начала ${input.startDate}; an event cannot end before it starts.`,
      { argument: 'input.endDate' },
    );
  const programme = optionalText(input.programme, 'input.programme');
  const hours = input.hours ?? null;
  if (input.kind === 'COURSE') {
    if (hours === null || !Number.isInteger(hours) || hours < 1 || hours > MAX_HOURS)
      throw badUserInput(
        `Курсы ПК/ДПО: укажите объём программы от 1 до ${MAX_HOURS} часов; a course needs its hours (1–${MAX_HOURS}).`,
        { argument: 'input.hours' },
      );
    if (programme === null)
      throw badUserInput('Курсы ПК/ДПО: укажите программу; a course needs its programme.', {
        argument: 'input.programme',
      });
  } else if (hours !== null || programme !== null) {
    throw badUserInput(
      'Часы и программа указываются только для курсов ПК/ДПО (kind COURSE); hours and programme belong to courses only.',
      { argument: hours !== null ? 'input.hours' : 'input.programme' },
    );
  }
  const organizerName = optionalText(input.organizerName, 'input.organizerName');
  if (!input.organizerOrganizationId && organizerName === null)
    throw badUserInput(
      'Укажите организатора: организацию реестра (organizerOrganizationId) или наименование (organizerName); an event needs its organizer.',
      { argument: 'input.organizerOrganizationId' },
    );
  return {
    kind: input.kind,
    title,
    description: optionalText(input.description, 'input.description'),
    startDate: input.startDate,
    endDate: input.endDate,
    organizerOrganizationId: input.organizerOrganizationId ?? null,
    organizerName,
    format: input.format,
    audienceRoles: [...new Set(input.audienceRoles ?? [])],
    audienceLevels: [...new Set(input.audienceLevels ?? [])],
    hours,
    programme,
    isPublic: input.public ?? false,
  };
}
