import { badUserInput } from '@mentoring/platform/errors';
import { isInvisibleText } from '@mentoring/platform/validation';
import { GraphQLError, Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';

/** What a saved query runs: the document as written and the operation it names (null: its only operation). */
export interface CheckedDocument {
  query: string;
  operationName: string | null;
}

/** Where the refused text came from, e.g. `input.query` or `changes.query`. */
interface Arguments {
  query: string;
  operationName: string;
}

const quoted = (text: string) => `«${Array.from(text).slice(0, 100).join('')}»`;

/**
 * The document of a saved query, checked without the schema (the analytics subgraph does not know the supergraph; the
 * gateway validates the operation when it runs): it parses as GraphQL, holds only queries and fragments, at least
 * one query, no two of the same name and no anonymous one beside others; `operationName`, when given, names one
 * of them, and is required when there are several.
 */
export function checkedDocument(
  query: string,
  operationName: string | null | undefined,
  argument: Arguments,
): CheckedDocument {
  let definitions;
  try {
    ({ definitions } = parse(query, { noLocation: false }));
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const [at] = error.locations ?? [];
    const where = at ? ` (строка ${at.line}, столбец ${at.column}; line ${at.line}, column ${at.column})` : '';
    throw badUserInput(
      `Текст запроса не разбирается как документ GraphQL${where}: ${error.message} The query is not a GraphQL document.`,
      { argument: argument.query },
    );
  }
  if (
    definitions.some(
      (definition) => definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION,
    )
  )
    throw badUserInput(
      'Документ содержит определения схемы (type, schema, directive …): сохраняются только операции и фрагменты; only operations and fragments can be saved.',
      { argument: argument.query },
    );
  const operations = definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length === 0)
    throw badUserInput('В документе нет запроса (query), только фрагменты; the document holds no operation.', {
      argument: argument.query,
    });
  // A saved query is opened and run by others in their own name: a mutation in it would change data with their rights.
  if (operations.some((operation) => operation.operation !== OperationTypeNode.QUERY))
    throw badUserInput(
      'Сохраняются только запросы (query): мутация (изменение данных) выполнялась бы от имени того, кто откроет запрос; only queries can be saved.',
      { argument: argument.query },
    );
  const names = operations.map((operation) => operation.name?.value);
  if (operations.length > 1 && names.includes(undefined))
    throw badUserInput(
      'Безымянная операция может быть только единственной в документе: назовите каждую операцию; an anonymous operation must be the only one.',
      { argument: argument.query },
    );
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined)
    throw badUserInput(`Операция ${repeated} названа в документе дважды; two operations are named ${repeated}.`, {
      argument: argument.query,
    });
  if (operationName === null || operationName === undefined) {
    if (operations.length > 1)
      throw badUserInput(
        `В документе несколько операций (${names.join(', ')}): укажите operationName; name the operation to run.`,
        { argument: argument.operationName },
      );
    return { query, operationName: null };
  }
  if (!names.includes(operationName))
    throw badUserInput(
      `В документе нет операции ${quoted(operationName)}; operationName must name one of: ${names.map((name) => name ?? '(anonymous)').join(', ')}.`,
      { argument: argument.operationName },
    );
  return { query, operationName };
}

/** Переменные: JSON text of an object; blank or omitted is "{}". Kept as written, so the author's layout stays. */
export function checkedVariables(text: string | null | undefined, argument: string): string {
  if (text === null || text === undefined || isInvisibleText(text)) return '{}';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badUserInput(
      `Переменные не разбираются как JSON: ${(error as Error).message}; the variables are not JSON text.`,
      { argument },
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badUserInput(
      'Переменные должны быть объектом JSON, например {"regionCode": "67"}; the variables must be a JSON object.',
      { argument },
    );
  return text;
}
