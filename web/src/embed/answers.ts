import type { GraphQLAnswer, GraphQLProblem } from '../shared/graphql.ts';
import { russianPart } from '../shared/messages.ts';

/** A mentor as `public-mentors.graphql` answers: every part may be missing, as the consent or a failing service has it. */
export interface PublicMentor {
  dataOrigin: string;
  person: {
    fullName: string;
    employments:
      | {
          position: string | null;
          organization: { shortName: string | null; dataOrigin: string | null } | null;
        }[]
      | null;
  } | null;
  competencies: string[] | null;
  forms: { name: string }[] | null;
}

export interface PublicMentorsPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: PublicMentor | null }[];
}

export interface MentoringFormOption {
  code: string;
  name: string;
}

export interface MunicipalityOption {
  oktmo: string;
  name: string;
}

export interface MunicipalitiesPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: MunicipalityOption | null }[];
}

/**
 * What a visitor must be told of an answer's errors, one sentence each. A field the person's consent does not
 * publish is refused (FORBIDDEN) on its own path: that is the consent working, not a fault, and the card simply
 * shows less. A service that did not answer («Сервис «registry» недоступен», shown as «Сервис «реестр» недоступен»)
 * and refused input are said in the gateway's words, in Russian; anything else as a general failure.
 */
export function noticesOf(errors: readonly GraphQLProblem[] | undefined): string[] {
  const notices = new Set<string>();
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (code === 'FORBIDDEN' && (error.path?.length ?? 0) > 1) continue;
    if (code === 'SUBGRAPH_UNAVAILABLE') notices.add(`${russianPart(error.message)}: часть сведений не показана.`);
    else if (code === 'BAD_USER_INPUT') notices.add(`Условия поиска не приняты: ${russianPart(error.message)}.`);
    else notices.add('Не удалось получить часть сведений о наставниках.');
  }
  return [...notices];
}

/** The answer's data under `field`, or null when it did not arrive. */
export function dataOf<T>(answer: GraphQLAnswer<Record<string, T | null>>, field: string): T | null {
  return answer.data?.[field] ?? null;
}
