import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from '../errors.js';
import { isUuid } from '../database/ids.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dates this system accepts from clients. Birth dates of staff, orders,
 * programmes and roadmaps all fall well inside; outside it a date is a typo
 * (year 0000, 20224) that PostgreSQL would refuse or store as nonsense.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

/** A real calendar day in YYYY-MM-DD (no 2024-02-30), whatever its year. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A real calendar day between EARLIEST_DATE and LATEST_DATE. */
export function isAcceptedDate(value: string): boolean {
  return isCalendarDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** A moment as the lists write it into cursors (toISOString), and nothing PostgreSQL could trip on. */
export function isIsoInstant(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(value)) return false;
  const parsed = new Date(value);
  return (
    !Number.isNaN(parsed.getTime()) &&
    isAcceptedDate(parsed.toISOString().slice(0, 10)) &&
    parsed.toISOString().slice(0, 19) === value.slice(0, 19)
  );
}

function describe(value: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify returns undefined for undefined, functions and symbols; its type says string.
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // An error message must not echo a 100,000-character value back.
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isAcceptedDate(value)) return value;
  throw badUserInput(
    `Дата должна быть настоящей датой ГГГГ-ММ-ДД с ${EARLIEST_DATE} по ${LATEST_DATE}; ` +
      `a Date is a real calendar day YYYY-MM-DD from ${EARLIEST_DATE} to ${LATEST_DATE}, got ${describe(value)}.`,
  );
}

function serializeDate(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  // Stored dates are shown as they are: the accepted range applies to what clients send.
  if (typeof text === 'string' && isCalendarDate(text)) return text;
  throw new TypeError(`Not a calendar date: ${describe(value)}`);
}

function stringLiteral(ast: ValueNode, example: string): string {
  if (ast.kind !== Kind.STRING)
    throw badUserInput(`Ожидается строка, например "${example}"; a string literal such as "${example}" is expected.`);
  return ast.value;
}

/** Calendar date without time or zone (YYYY-MM-DD), as PostgreSQL `date` holds it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: `Календарная дата (calendar date) in ISO 8601 form YYYY-MM-DD, a real day from ${EARLIEST_DATE} to ${LATEST_DATE}.`,
  serialize: serializeDate,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast, '2022-12-15')),
});

function parseUuid(value: unknown): string {
  if (typeof value === 'string' && isUuid(value)) return value.toLowerCase();
  throw badUserInput(
    `Идентификатор должен быть UUID вида xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; an id is a UUID (8-4-4-4-12 hexadecimal digits), got ${describe(value)}.`,
  );
}

/**
 * Identifiers clients send: every row of every subgraph is keyed by a UUID
 * (ids.ts), so anything else is refused before a resolver or the database sees it.
 */
export const UuidScalar = new GraphQLScalarType<string, string>({
  name: 'UUID',
  description:
    'Идентификатор (identifier): a UUID in its 8-4-4-4-12 hexadecimal form, e.g. "0f8fad5b-d9cb-469f-a165-70867728950e".',
  serialize: parseUuid,
  parseValue: parseUuid,
  parseLiteral: (ast) => parseUuid(stringLiteral(ast, '0f8fad5b-d9cb-469f-a165-70867728950e')),
});
