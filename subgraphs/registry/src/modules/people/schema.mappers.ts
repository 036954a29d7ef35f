export type { Person as PersonMapper } from '../people/person.entity.js';
export type { Employment as EmploymentMapper } from '../people/employment.entity.js';
