/**
 * Rules of seed 003 that more than one domain applies, with the words a
 * refusal quotes. The registry appoints the curator (приказ), mentoring
 * records the curator of an organization's mentoring system: both hold the
 * same person to the same rule.
 */
export const CURATOR_RULE =
  '«Куратор реализации программ наставничества: - назначается руководителем образовательной организации из числа заместителей руководителя (методистов)» (приказ № 96-Д, приложение 1, п. 5)';

/** «из числа заместителей руководителя (методистов)»: a deputy head (заместитель директора, заместитель руководителя) or a methodist. */
export const isDeputyOrMethodist = (position: string) => /заместител|методист/.test(position.toLocaleLowerCase('ru'));

export const NOT_DEPUTY_OR_METHODIST = `${CURATOR_RULE}: назначаемый не работает в этой организации заместителем руководителя или методистом; the curator must be a deputy head or methodist working at the school.`;
