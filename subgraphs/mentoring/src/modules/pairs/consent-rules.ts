import type { EntityManager } from '@mentoring/platform/database';
import type { MentoringPair } from './pair.entity.js';

/** Seed 003 §4 and §5, quoted in refusals. */
export const CONSENT_RULE =
  '«Приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников» (приказ № 96-Д, положение, п. 4)';

/** Birth dates (YYYY-MM-DD) of registry people, from the registry's published staff and students views. */
export async function birthDates(em: EntityManager, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await em.execute<{ person_id: string; birth_date: string }[]>(
    `select person_id, to_char(birth_date, 'YYYY-MM-DD') as birth_date from registry_pub.staff where person_id in (?)
     union select person_id, to_char(birth_date, 'YYYY-MM-DD') from registry_pub.students where person_id in (?)`,
    [personIds, personIds],
  );
  return new Map(rows.map((row) => [row.person_id, row.birth_date]));
}

/** The participants of a pair, the mentor first, then the mentees: who they are, in the nominative and the genitive. */
export const participantsOf = (pair: MentoringPair) => [
  ...(pair.mentorPersonId ? [{ personId: pair.mentorPersonId, who: 'Наставник', whose: 'наставника' }] : []),
  ...pair.mentees.getItems().map((mentee, index) => ({
    personId: mentee.personId,
    who: `Наставляемый № ${index + 1}`,
    whose: `наставляемого № ${index + 1}`,
  })),
];

/** Refusals on who gave a consent; none names a date, since the date does not change who may consent. */
export const minorsConsent = (who: string) =>
  `${who} несовершеннолетний: письменное согласие на участие даёт родитель или иной законный представитель, а не сам участник; a minor's consent is given by a parent or legal representative.`;
export const adultsConsent = (who: string) =>
  `${who} совершеннолетний: письменное согласие даёт сам участник, согласие родителя или представителя его не заменяет; an adult gives their own consent.`;
