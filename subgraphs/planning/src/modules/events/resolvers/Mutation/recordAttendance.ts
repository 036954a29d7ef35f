import { LockMode } from '@mikro-orm/core';
import { assertVersion, runMutation } from '@mentoring/platform/database';
import { badUserInput, forbidden, notFound } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { keepsEvent } from '../../event-rights.js';
import { EventSchema } from '../../event.entity.js';
import { EventParticipationSchema } from '../../participation.entity.js';

export const recordAttendance: NonNullable<MutationResolvers['recordAttendance']> = (
  _,
  { participationId, version, status },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const participation = await tx.findOne(EventParticipationSchema, { id: participationId });
    if (!participation)
      throw notFound(`Регистрация ${participationId} не найдена; no participation with id ${participationId}.`, {
        argument: 'participationId',
      });
    // The event row stays locked until the attendance commits: an updateEvent meanwhile waits, then sees it recorded.
    const event = await tx.findOneOrFail(
      EventSchema,
      { id: participation.event.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!(await keepsEvent(tx, context.viewer, event)))
      throw forbidden(
        'Участие отмечает тот, кто ведёт мероприятие: региональный оператор — региональные мероприятия своего субъекта РФ, муниципальный координатор — мероприятия своего муниципального образования; this event is outside your territory or level.',
      );
    assertVersion(participation, version, 'Регистрация');
    if (status === 'REGISTERED')
      throw badUserInput(
        'Отметьте участие (ATTENDED) или освоение программы (COMPLETED); REGISTERED is not attendance.',
        {
          argument: 'status',
        },
      );
    if (status === 'COMPLETED' && event.kind !== 'COURSE')
      throw badUserInput(
        'Освоение программы (COMPLETED) отмечается только для курсов ПК/ДПО; only a course is completed — record ATTENDED.',
        { argument: 'status' },
      );
    const today = todayIso();
    if (!event.startDate || event.startDate > today)
      throw badUserInput(
        `Мероприятие ещё не началось${event.startDate ? ` (${event.startDate})` : ' (дата не указана)'}; attendance is recorded once the event has begun.`,
        { argument: 'participationId' },
      );
    tx.assign(participation, {
      status,
      attendanceRecordedBy: context.viewer.subject,
      attendanceRecordedAt: new Date(),
    });
    await tx.flush();
    return participation;
  });
