import { isDeepStrictEqual } from 'node:util';

/** A value with every list sorted by its elements' JSON, for answers whose lists the query does not order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(canonical).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, canonical(inner)]));
  return value;
}

/** The first path where two answers' `data` differ (same values; order where `ordered`), or null when equal. */
export function sameData(expected: unknown, actual: unknown, ordered: boolean, path = 'data'): string | null {
  const left = ordered ? expected : canonical(expected);
  const right = ordered ? actual : canonical(actual);
  if (isDeepStrictEqual(left, right)) return null;
  if (left && right && typeof left === 'object' && typeof right === 'object') {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) {
      const inner = sameData(
        (left as Record<string, unknown>)[key],
        (right as Record<string, unknown>)[key],
        true,
        `${path}.${key}`,
      );
      if (inner) return inner;
    }
  }
  return `${path}: expected ${brief(left)}, got ${brief(right)}`;
}

/** JSON of a value, cut short for a message; `undefined` (an absent field) has no JSON and is named. */
function brief(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 300);
}
