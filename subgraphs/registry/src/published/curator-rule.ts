/**
 * Rules of seed 003 that more than one domain applies, with the words a
 * refusal quotes. The registry appoints the curator (приказ), mentoring
 * records the curator of an organization's mentoring system: both hold the
 * same person to the same rule.
 */
export const CURATOR_RULE =
  '«Куратор реализации программ наставничества: - назначается руководителем образовательной организации из числа заместителей руководителя (методистов)» (приказ № 96-Д, приложение 1, п. 5)';

/**
 * «из числа заместителей руководителя (методистов)», as a whitelist. Accepted: a methodist («методист», «старший
 * методист», also «методист по …»); a deputy of the head of the school — «заместитель директора», «заместитель
 * руководителя», «заместитель заведующего/заведующей» (of a kindergarten), also abbreviated «зам. директора» — with no
 * qualifier or with one for teaching, upbringing or methodical work (по УВР, ВР, УР, НМР, УМР, МР; по учебной,
 * учебно-воспитательной, воспитательной, научно-методической, учебно-методической, методической, инновационной работе;
 * по дошкольному / начальному / общему образованию …). Everything else is refused: the deputy of someone who is not the
 * head («заместитель заведующего хозяйством», «заведующей библиотекой», «начальника отдела кадров», «главного
 * бухгалтера»), and a deputy for anything else (по АХР, хозяйственным вопросам, безопасности, финансам, …): the system
 * reads «заместителей руководителя (методистов)» — deputies named together with methodists — as the deputies who lead
 * teaching and upbringing.
 */
const DEPUTY_OF_THE_HEAD =
  /^заместитель (директора|руководителя|заведующего|заведующей)(?: (?:школы|гимназии|лицея|учреждения|образовательной организации|образовательного учреждения|общеобразовательной организации|детского сада))?(?: (по .+))?$/;
const METHODIST = /^(старший )?методист( |$)/;
/** A qualifier for teaching, upbringing or methodical work, once «по» and «работе/работы/части/деятельности/образованию» are taken off. */
const TEACHING_QUALIFIER =
  /^(увр|вр|ур|нмр|умр|мр|учебной|учебно-воспитательной|воспитательной|научно-методической|учебно-методической|методической|инновационной|воспитанию|дошкольному|начальному|общему|основному|среднему|дополнительному|начальной школе|дошкольному воспитанию)$/;

function normalize(position: string): string {
  return position
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[()«»"]/g, ' ')
    .replace(/(^|[\s,;/])зам(?:\.\s*|\s+)/gu, '$1заместитель ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** «по УВР и ВР», «по учебной и воспитательной работе»: every part a teaching qualifier. */
function isTeachingQualifier(text: string): boolean {
  const parts = text.split(/ и |\/|,/).map((part) =>
    part
      .trim()
      .replace(/^по /, '')
      .replace(/ (работе|работы|части|деятельности|образованию|образования)$/, '')
      .replace(/[.;]+$/, '')
      .trim(),
  );
  return parts.length > 0 && parts.every((part) => TEACHING_QUALIFIER.test(part));
}

/** A segment after a deputy's title that continues its qualifier («…по УВР, ВР», «…по УВР, по ВР») rather than naming another post. */
const continuesQualifier = (segment: string) => segment.startsWith('по ') || isTeachingQualifier(segment);

export function isDeputyOrMethodist(position: string): boolean {
  // «Заместитель директора по УВР, учитель математики»: a post may name several; it is accepted when one of them is.
  const segments = normalize(position)
    .split(/[;,]/)
    .map((segment) => segment.trim().replace(/\.$/, '').trim())
    .filter(Boolean);
  const posts: string[] = [];
  for (const segment of segments) {
    const previous = posts.at(-1);
    if (
      previous !== undefined &&
      DEPUTY_OF_THE_HEAD.test(previous) &&
      previous.includes(' по ') &&
      continuesQualifier(segment)
    )
      posts[posts.length - 1] = `${previous}, ${segment}`;
    else posts.push(segment);
  }
  return posts.some((post) => {
    if (METHODIST.test(post)) return true;
    const deputy = DEPUTY_OF_THE_HEAD.exec(post);
    if (!deputy) return false;
    return deputy[2] === undefined || isTeachingQualifier(deputy[2]);
  });
}

export const NOT_DEPUTY_OR_METHODIST = `${CURATOR_RULE}: назначаемый не работает в этой организации заместителем руководителя (заместителем директора, руководителя или заведующего — без уточнения или по учебной, воспитательной, методической работе; не заместителем по хозяйственной части, безопасности, финансам и не заместителем заведующего хозяйством или библиотекой) или методистом; the curator must be a deputy head for teaching, upbringing or methodical work, or a methodist, working at the school.`;
