import { assertDatesInOrder, assertVersion, badUserInput, conflict, isMinorOn, requiredText, notFound, runMutation, todayIso, type EntityManager } from '@mentoring/platform';
import type { ConsentInput, EmploymentInput, MutationResolvers, PersonPatch } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { organizationToWrite } from '../write-scope.js';
import { ConsentSchema, PUBLISHABLE_FIELDS } from './consent.entity.js';
import { employmentAgeProblem } from './derived.js';
import { EmploymentSchema, type Employment } from './employment.entity.js';
import { PersonSchema, type Person } from './person.entity.js';

function assertBirthDate(birthDate: string): void {
  if (birthDate < '1900-01-01' || birthDate >= todayIso()) {
    throw badUserInput(`Дата рождения ${birthDate} невозможна; the birth date must lie between 1900 and today.`, { field: 'birthDate' });
  }
}

function personFields(patch: PersonPatch) {
  if (patch.birthDate) assertBirthDate(patch.birthDate);
  if (patch.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(patch.email)) throw badUserInput('Адрес почты неверен; the e-mail address is not valid.', { field: 'email' });
  return {
    // An empty surname or name is refused, not skipped: a person always has both.
    ...(patch.lastName !== undefined && patch.lastName !== null ? { lastName: requiredText(patch.lastName, 'lastName') } : {}),
    ...(patch.firstName !== undefined && patch.firstName !== null ? { firstName: requiredText(patch.firstName, 'firstName') } : {}),
    ...(patch.middleName !== undefined ? { middleName: patch.middleName?.trim() || null } : {}),
    ...(patch.birthDate ? { birthDate: patch.birthDate } : {}),
    ...(patch.email !== undefined ? { email: patch.email || null } : {}),
    ...(patch.phone !== undefined ? { phone: patch.phone || null } : {}),
  };
}

/**
 * A person the viewer may change: one the person rule lets them see (working or studying now in the
 * territory). Anyone else is answered as absent, word for word, so a write cannot tell who exists elsewhere.
 */
async function personToWrite(context: Context, tx: EntityManager, id: string): Promise<Person> {
  const person = (await context.personVisible.load(id)) ? await tx.findOne(PersonSchema, { id }) : null;
  if (!person) throw notFound(`Лицо ${id} не найдено; no person with id ${id}.`);
  return person;
}

/** A corrected birth date must not put any of the person's employments below working age (or a pedagogical one below 18). */
async function assertEmploymentsFitBirthDate(tx: EntityManager, person: Person, birthDate: string): Promise<void> {
  for (const employment of await tx.find(EmploymentSchema, { person: person.id })) {
    if (!employment.startDate) continue;
    const tooYoung = employmentAgeProblem(birthDate, employment.startDate, employment.isPedagogical);
    if (tooYoung) {
      throw badUserInput(`С этой датой рождения работа «${employment.position}» с ${employment.startDate} невозможна. ${tooYoung.message}`, { field: 'birthDate' });
    }
    if (employment.startDate < birthDate) {
      throw badUserInput(`Дата рождения ${birthDate} позже даты приёма ${employment.startDate} («${employment.position}»); the birth date falls after an employment's start.`, { field: 'birthDate' });
    }
  }
}

async function createEmployment(context: Context, tx: EntityManager, person: Person, input: EmploymentInput): Promise<Employment> {
  const organization = await organizationToWrite({ ...context, em: tx }, input.organizationId);
  assertDatesInOrder(person.birthDate, input.startDate, 'Дата рождения и дата приёма');
  assertDatesInOrder(input.teachingExperienceStart, todayIso(), 'Начало стажа и сегодняшняя дата');
  assertDatesInOrder(person.birthDate, input.teachingExperienceStart, 'Дата рождения и начало стажа');
  const tooYoung = employmentAgeProblem(person.birthDate ?? null, input.startDate, input.isPedagogical);
  if (tooYoung) throw badUserInput(tooYoung.message, { field: tooYoung.field });
  return tx.create(EmploymentSchema, {
    person,
    organization,
    position: requiredText(input.position, 'position'),
    isPedagogical: input.isPedagogical,
    startDate: input.startDate,
    teachingExperienceStart: input.teachingExperienceStart ?? null,
    endDate: null,
  });
}

function consentFields(input: ConsentInput): string[] {
  const fields = [...new Set(input.fields ?? [])];
  const unknown = fields.filter((field) => !(PUBLISHABLE_FIELDS as readonly string[]).includes(field));
  if (unknown.length > 0) throw badUserInput(`Нельзя опубликовать: ${unknown.join(', ')}; publishable items are ${PUBLISHABLE_FIELDS.join(', ')}.`, { field: 'fields' });
  if (input.kind === 'PUBLICATION' && fields.length === 0) throw badUserInput('Согласие на распространение должно перечислять данные; a publication consent lists what may be published.', { field: 'fields' });
  if (input.kind === 'PROCESSING' && fields.length > 0) throw badUserInput('Согласие на обработку не перечисляет публикуемые данные; fields belong to a publication consent.', { field: 'fields' });
  return fields;
}

export const peopleMutations: Pick<MutationResolvers, 'createPerson' | 'updatePerson' | 'addEmployment' | 'endEmployment' | 'recordConsent' | 'withdrawConsent'> = {
  createPerson: (_, { input }, context) =>
    runMutation(context.em, async (tx) => {
      assertBirthDate(input.birthDate);
      const { employment, ...personal } = input;
      const fields = personFields(personal);
      const duplicate = await tx.count(PersonSchema, {
        lastName: fields.lastName!,
        firstName: fields.firstName!,
        middleName: fields.middleName ?? null,
        birthDate: input.birthDate,
        employments: { organization: employment.organizationId },
      });
      if (duplicate > 0) throw conflict('Такой работник уже есть в этой организации (ФИО и дата рождения); this person is already recorded there.');
      const person = tx.create(PersonSchema, { middleName: null, initials: null, email: null, phone: null, dataOrigin: 'ENTERED', source: null, ...fields, lastName: fields.lastName!, firstName: fields.firstName!, birthDate: input.birthDate });
      await createEmployment(context, tx, person, employment);
      await tx.flush();
      return person;
    }),
  updatePerson: (_, { id, version, patch }, context) =>
    runMutation(context.em, async (tx) => {
      const person = await personToWrite(context, tx, id);
      assertVersion(person, version, 'Запись о лице');
      const fields = personFields(patch);
      if (fields.birthDate) await assertEmploymentsFitBirthDate(tx, person, fields.birthDate);
      // What users write is theirs: a seed or demo record they change no longer states only what the seed prints.
      tx.assign(person, Object.keys(fields).length > 0 ? { ...fields, dataOrigin: 'ENTERED' as const } : fields);
      await tx.flush();
      return person;
    }),
  addEmployment: (_, { personId, input }, context) =>
    runMutation(context.em, async (tx) => {
      const person = await personToWrite(context, tx, personId);
      const employment = await createEmployment(context, tx, person, input);
      await tx.flush();
      return employment;
    }),
  endEmployment: (_, { id, endDate }, context) =>
    runMutation(context.em, async (tx) => {
      const employment = await tx.findOne(EmploymentSchema, { id });
      if (!employment) throw notFound(`Трудоустройство ${id} не найдено; no employment with id ${id}.`);
      await organizationToWrite({ ...context, em: tx }, employment.organization.id);
      if (employment.endDate) throw badUserInput(`Трудоустройство уже завершено ${employment.endDate}; it has already ended.`);
      assertDatesInOrder(employment.startDate, endDate, 'Дата приёма и дата увольнения');
      employment.endDate = endDate;
      await tx.flush();
      return employment;
    }),
  recordConsent: (_, { personId, input }, context) =>
    runMutation(context.em, async (tx) => {
      const person = await personToWrite(context, tx, personId);
      assertDatesInOrder(input.givenOn, todayIso(), 'Дата согласия и сегодняшняя дата');
      if (input.kind === 'PUBLICATION' && isMinorOn(person.birthDate ?? null)) {
        throw badUserInput('Данные несовершеннолетних не публикуются; a minor’s data is never published.', { field: 'kind' });
      }
      const consent = tx.create(ConsentSchema, {
        person,
        kind: input.kind,
        fields: consentFields(input),
        textVersion: requiredText(input.textVersion, 'textVersion'),
        givenOn: input.givenOn,
        channel: input.channel,
        withdrawnOn: null,
      });
      await tx.flush();
      return consent;
    }),
  withdrawConsent: (_, { id, date }, context) =>
    runMutation(context.em, async (tx) => {
      const consent = await tx.findOne(ConsentSchema, { id });
      if (!consent) throw notFound(`Согласие ${id} не найдено; no consent with id ${id}.`);
      await personToWrite(context, tx, consent.person.id);
      if (consent.withdrawnOn) throw badUserInput(`Согласие уже отозвано ${consent.withdrawnOn}; it is already withdrawn.`);
      assertDatesInOrder(consent.givenOn, date, 'Дата согласия и дата отзыва');
      consent.withdrawnOn = date;
      await tx.flush();
      return consent;
    }),
};
