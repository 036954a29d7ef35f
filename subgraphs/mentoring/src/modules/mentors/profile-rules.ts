import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import type { MentorProfilePatch } from '../../__generated__/types.generated.js';
import { MentoringFormSchema } from '../catalogues/form.entity.js';
import { assertKindForForm } from '../catalogues/participant-kinds.js';

/** Each form's name says who mentors: the person must be that kind in their organization («Ученик-ученик»: a pupil). */
export async function assertMentorOfForms(
  em: EntityManager,
  forms: string[],
  personId: string,
  organizationId: string,
): Promise<void> {
  const catalogue = await em.find(MentoringFormSchema, { code: { $in: forms as never[] } });
  for (const form of catalogue) await assertKindForForm(em, form, 'mentor', personId, organizationId, 'forms');
}

/** Trimmed, without blanks and repeats; `required` refuses an empty list. */
export const distinctTexts = (values: string[], field: string, required: boolean) => {
  const cleaned = [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  if (required && cleaned.length === 0)
    throw badUserInput(`Укажите хотя бы одно значение ${field}; ${field} must not be empty.`, { field });
  return cleaned;
};

export function assertCapacity(capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 20)
    throw badUserInput('Число наставляемых — от 1 до 20; capacity must be between 1 and 20.', { field: 'capacity' });
}

/** The columns a patch changes, checked and cleaned; an omitted field is left out. */
export function profileFields(patch: MentorProfilePatch) {
  if (patch.capacity !== undefined && patch.capacity !== null) assertCapacity(patch.capacity);
  return {
    ...(patch.competencies ? { competencies: distinctTexts(patch.competencies, 'competencies', true) } : {}),
    ...(patch.achievements !== undefined ? { achievements: patch.achievements?.trim() || null } : {}),
    ...(patch.forms ? { forms: distinctTexts(patch.forms, 'forms', true) } : {}),
    ...(patch.capacity ? { capacity: patch.capacity } : {}),
    ...(patch.status ? { status: patch.status } : {}),
  };
}
