export type { Person as PersonMapper } from './person.entity.js';
export type { Employment as EmploymentMapper } from './employment.entity.js';
