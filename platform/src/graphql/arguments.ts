import { badUserInput } from '../errors.js';

/**
 * For lookups such as `region(code:, id:)`: exactly one key must be given.
 * Returns the name and value of the one that was.
 */
export function exactlyOneKey<K extends string>(
  args: Partial<Record<K, string | null>>,
  names: readonly K[],
): [K, string] {
  const given = names.flatMap((name): [K, string][] => {
    const value: string | null | undefined = args[name];
    return value === undefined || value === null ? [] : [[name, value]];
  });
  const [only, ...others] = given;
  if (only === undefined || others.length > 0) {
    throw badUserInput(
      `Укажите ровно один из аргументов: ${names.join(', ')}. Give exactly one of: ${names.join(', ')}.`,
    );
  }
  return only;
}

/** An ILIKE pattern matching the text anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** A link the database guarantees; a missing row means broken data, not bad input. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Inconsistent data: ${what} is missing`);
  return value;
}
