import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseIsoDate(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    const roundTrip = new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10);
    if (roundTrip === value) return value;
  }
  throw badUserInput(`Дата должна быть в формате ГГГГ-ММ-ДД; a Date is YYYY-MM-DD, got ${JSON.stringify(value)}.`);
}

/** Calendar date without time or zone (YYYY-MM-DD), as PostgreSQL `date` holds it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Календарная дата (calendar date) in ISO 8601 form YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseIsoDate(value)),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badUserInput('A Date literal must be a string such as "2022-12-15".');
    return parseIsoDate(ast.value);
  },
});
