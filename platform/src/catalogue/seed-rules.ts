/**
 * Rules of seed 003 that more than one domain applies, with the words a
 * refusal quotes. The registry appoints the curator (приказ), mentoring
 * records the curator of an organization's mentoring system: both hold the
 * same person to the same rule.
 */
export const CURATOR_RULE =
  '«Куратор реализации программ наставничества: - назначается руководителем образовательной организации из числа заместителей руководителя (методистов)» (приказ № 96-Д, приложение 1, п. 5)';

/** The head's title after «заместитель»: директора, руководителя, заведующего (a kindergarten), начальника. */
const DEPUTY_OF_THE_HEAD = /^(заместитель|зам\.?)\s*(директора|руководителя|заведующего|заведующей|начальника)(\s|$|[,.;(])/;
/**
 * A deputy for administration and supplies (по АХР / АХЧ, по административно-хозяйственной работе or части, по
 * хозяйственной части, по безопасности) is a deputy of the head but not of the pedagogical staff the curator leads: the system's reading
 * is that «заместителей руководителя (методистов)» — deputies named together with methodists — means the deputies for
 * teaching and upbringing (по УВР, ВР, НМР, УР, …), so those for supplies are refused.
 */
const ADMINISTRATION_AND_SUPPLIES = / по (ахр|ахч|ахд|административно[- ]*хозяйственной|хозяйственной|безопасности|комплексной безопасности) /;
/** «методист», «старший методист» (also with a field: «методист по …»). */
const METHODIST = /^(старший\s+)?методист(\s|$|[,.;(])/;

/**
 * «из числа заместителей руководителя (методистов)»: a deputy of the head — «заместитель директора/руководителя/
 * заведующего/начальника», also abbreviated («зам. директора», «Зам.директора по УВР»), whatever the pedagogical field
 * (по УВР, ВР, НМР, УР) but not for administration and supplies (see above) — or a methodist («методист», «старший
 * методист»). Not any position containing the word: «Заместитель главного бухгалтера» is nobody's deputy head.
 */
export function isDeputyOrMethodist(position: string): boolean {
  const normalized = position.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  if (METHODIST.test(normalized)) return true;
  // \b does not see Cyrillic letters: the words are matched with spaces around them instead.
  const padded = ` ${normalized.replace(/[(),.;]/g, ' ').replace(/\s+/g, ' ')} `;
  return DEPUTY_OF_THE_HEAD.test(normalized) && !ADMINISTRATION_AND_SUPPLIES.test(padded);
}

export const NOT_DEPUTY_OR_METHODIST = `${CURATOR_RULE}: назначаемый не работает в этой организации заместителем руководителя (по учебной, воспитательной, методической работе; не по административно-хозяйственной) или методистом; the curator must be a deputy head (not one for administration and supplies) or a methodist working at the school.`;
