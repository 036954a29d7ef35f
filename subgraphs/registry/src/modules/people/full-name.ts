import type { Person } from './person.entity.js';

/** ФИО: surname, first name and patronymic; or, for a person the seeds print with initials, «Пехтерева Т. А.». */
export const fullNameOf = (person: Pick<Person, 'lastName' | 'firstName' | 'middleName' | 'initials'>) =>
  person.firstName
    ? [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ')
    : [person.lastName, person.initials].filter(Boolean).join(' ');
