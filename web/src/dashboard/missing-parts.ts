/**
 * A partial answer in words: the gateway answers what it could and names each missing path in an error (a stopped
 * subgraph: SUBGRAPH_UNAVAILABLE, «Сервис «planning» недоступен; …»). The view renders what arrived and says what is
 * missing and why: «Нет данных: дорожные карты, мероприятия и сроки — сервис «планирование» недоступен».
 */
import type { GraphQLProblem } from '../shared/graphql.ts';
import { russianPart } from '../shared/messages.ts';

/** The fields of the page operations by what a person calls them; the deepest named field of a path wins. */
const PART_NAMES: Record<string, string> = {
  region: 'регион',
  municipality: 'муниципалитет',
  organization: 'организация',
  municipalities: 'муниципалитеты',
  organizations: 'школы',
  organizationCount: 'число школ',
  indicators: 'показатели',
  series: 'динамика показателей',
  reported: 'отчётные данные',
  roadmaps: 'дорожные карты',
  reportingObligations: 'муниципальные планы и отчёты',
  calendar: 'мероприятия и сроки',
  monitoringCampaigns: 'мониторинги',
  activeMentoringPairCount: 'число наставнических пар',
  mentoring: 'пары, наставники и программы',
  indicatorReport: 'отчёт «Ключевые показатели»',
};

function partOf(path: readonly (string | number)[]): string {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  for (const name of [...names].reverse()) {
    const words = PART_NAMES[name];
    if (words) return words;
  }
  return names.at(-1) ?? 'часть данных';
}

/** The Russian half of a gateway message («…; english»), in Russian names, with a small first letter after a dash. */
function reasonOf(problem: GraphQLProblem): string {
  const russian = russianPart(problem.message);
  return russian.charAt(0).toLocaleLowerCase('ru-RU') + russian.slice(1);
}

/** One line per reason, naming the parts it took away, in the order the problems came. */
export function describeMissingParts(problems: readonly GraphQLProblem[]): string[] {
  const partsByReason = new Map<string, Set<string>>();
  for (const problem of problems) {
    if (!problem.path || problem.path.length === 0) continue;
    const reason = reasonOf(problem);
    const parts = partsByReason.get(reason) ?? new Set<string>();
    parts.add(partOf(problem.path));
    partsByReason.set(reason, parts);
  }
  return [...partsByReason].map(([reason, parts]) => `Нет данных: ${[...parts].join(', ')} — ${reason}`);
}

/** Whether a field of this name is among the missing paths (so a null there is unknown, not hidden). */
export const isMissingField = (problems: readonly GraphQLProblem[], field: string): boolean =>
  problems.some((problem) => problem.path?.includes(field) === true);
