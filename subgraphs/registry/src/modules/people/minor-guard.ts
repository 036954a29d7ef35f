import { forbidden } from '@mentoring/platform/errors';
import { isMinorOn } from '../../published/minors.js';
import type { Context } from '../../context.js';
import type { Person } from './person.entity.js';

/** A minor's birth date and contacts are for the school that teaches them: its curator and head. */
export function minorGuard(person: Person, { viewer }: Context, field: string): void {
  if (isMinorOn(person.birthDate ?? null) && viewer.role !== 'SCHOOL_CURATOR' && viewer.role !== 'SCHOOL_HEAD') {
    throw forbidden(
      `Поле Person.${field} несовершеннолетнего доступно только куратору и руководителю ОО; only the school may see this of a minor.`,
      { field: `Person.${field}` },
    );
  }
}
