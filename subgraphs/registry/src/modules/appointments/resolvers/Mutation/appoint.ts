import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { OrganizationSchema } from '../../../organizations/organization.entity.js';
import { PersonSchema } from '../../../people/person.entity.js';
import {
  assertAppointer,
  assertCoordinatorRules,
  assertHeadRules,
  assertOrderDates,
  assertSchoolRules,
  assertTargetGiven,
  targetOf,
} from '../../appointment-rules.js';
import { AppointmentSchema } from '../../appointment.entity.js';
import { issuerOf } from '../../issuing-body.js';
import { ONE_PER_ORGANIZATION, overlapRefusal } from '../../one-per-organization.js';

export const appoint: NonNullable<MutationResolvers['appoint']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    // The request's own shape first (nothing about anyone is read yet), then who may appoint, then the seed's rules.
    assertTargetGiven(input.kind, input);
    assertOrderDates(input);
    if (!input.orderNumber.trim())
      throw badUserInput('Укажите номер приказа; the order number is required.', { field: 'orderNumber' });
    assertAppointer(context, input.kind);
    const person = await tx.findOne(PersonSchema, { id: input.personId });
    if (!person) throw notFound(`Лицо ${input.personId} не найдено; no person with id ${input.personId}.`);
    if (person.birthDate && input.orderDate < person.birthDate) {
      throw badUserInput(
        `Дата приказа ${input.orderDate} раньше даты рождения назначаемого; orderDate is before the person was born.`,
        { field: 'orderDate' },
      );
    }
    const target = await targetOf(context, tx, input.kind, input);
    const onlyOne = ONE_PER_ORGANIZATION[input.kind];
    // Parallel appointments of a head or curator to one organization wait here for each other, so each checks for
    // overlaps what the one before it wrote.
    if (onlyOne && target.organization)
      await tx.findOne(
        OrganizationSchema,
        { id: target.organization.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
    if (target.organization) {
      await assertSchoolRules(tx, input.kind, person.id, target.organization, input.orderDate);
      if (input.kind === 'SCHOOL_HEAD') await assertHeadRules(tx, person, target.organization, input.orderDate);
    }
    if (input.kind === 'MUNICIPAL_COORDINATOR') await assertCoordinatorRules(tx, person, input.orderDate);
    const issuedBy = await issuerOf(context, tx, input, target);
    const where = {
      kind: input.kind,
      endDate: null,
      organization: target.organization,
      municipality: target.municipality,
      region: target.region,
    };
    if (await tx.count(AppointmentSchema, { ...where, person }))
      throw conflict('Это назначение уже действует; this appointment is already in force.');
    if (onlyOne) {
      const overlapping = await tx.findOne(
        AppointmentSchema,
        {
          kind: input.kind,
          organization: target.organization,
          $or: [{ endDate: null }, { endDate: { $gte: input.startDate } }],
        },
        { orderBy: { endDate: 'desc nulls first' } },
      );
      if (overlapping) throw conflict(overlapRefusal(input.kind, overlapping, input.startDate));
    }
    const appointment = tx.create(AppointmentSchema, {
      person,
      kind: input.kind,
      ...target,
      orderNumber: input.orderNumber.trim(),
      orderDate: input.orderDate,
      issuedBy,
      startDate: input.startDate,
      endDate: null,
      dataOrigin: 'ENTERED',
      source: null,
    });
    try {
      await tx.flush();
    } catch (error) {
      // A parallel appointment got in between the count and the insert: the index refuses the second.
      if (
        onlyOne &&
        error instanceof UniqueConstraintViolationException &&
        error.message.includes('appointment_one_per_organization')
      )
        throw conflict(overlapRefusal(input.kind, null, input.startDate));
      throw error;
    }
    return appointment;
  });
