import { LockMode } from '@mikro-orm/core';
import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict, forbidden, notFound } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { belongsTo, inViewerTerritory, keepsEvent, organizationPlace } from '../../event-rights.js';
import { EventSchema } from '../../event.entity.js';
import { EventParticipationSchema } from '../../participation.entity.js';

export const registerForEvent: NonNullable<MutationResolvers['registerForEvent']> = (
  _,
  { eventId, organizationId, personId },
  context,
) =>
  runMutation(context.em, async (tx) => {
    // Locked until the registration commits: its dates, checked below, cannot move meanwhile.
    const event = await tx.findOne(EventSchema, { id: eventId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!event)
      throw notFound(`Мероприятие ${eventId} не найдено; no event with id ${eventId}.`, { argument: 'eventId' });
    const place = await organizationPlace(tx, organizationId, 'organizationId');
    if (!inViewerTerritory(context.viewer, place))
      throw forbidden(
        'Регистрирует организации своего субъекта РФ региональный оператор, своего муниципального образования — муниципальный координатор, свою организацию — её куратор или руководитель; this organization is outside your territory.',
      );
    // After the event only its keepers add participants, to record who came without registering.
    const today = todayIso();
    if (event.endDate && event.endDate < today && !(await keepsEvent(tx, context.viewer, event)))
      throw badUserInput(
        `Мероприятие завершилось ${event.endDate}: регистрация закрыта, участников добавляет тот, кто ведёт мероприятие; registration closes when the event ends.`,
        { argument: 'eventId' },
      );
    if (personId && !(await belongsTo(tx, personId, organizationId)))
      throw badUserInput(
        'Участник не работает и не обучается в этой организации; the person does not work or study at the organization now.',
        { argument: 'personId' },
      );
    const existing = await tx.findOne(EventParticipationSchema, { event, organizationId, personId: personId ?? null });
    if (existing)
      throw conflict(
        `${personId ? 'Участник уже зарегистрирован' : 'Организация уже зарегистрирована'} на это мероприятие; already registered.`,
      );
    const participation = tx.create(EventParticipationSchema, {
      event,
      organizationId,
      personId: personId ?? null,
      status: 'REGISTERED',
      registeredBy: context.viewer.subject,
      attendanceRecordedBy: null,
      attendanceRecordedAt: null,
      dataOrigin: 'ENTERED',
    });
    await tx.flush();
    return participation;
  });
