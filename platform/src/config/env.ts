/**
 * Typed reads of environment variables. Every service reads its configuration
 * through these helpers so a wrong value fails at start with a clear message
 * instead of somewhere deep in a request.
 */
export function envString(name: string, fallback?: string): string {
  const value = process.env[name];
  if (value !== undefined && value !== '') return value;
  if (fallback !== undefined) return fallback;
  throw new Error(`Environment variable ${name} is required`);
}

export function envOptional(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

export function envInt(name: string, fallback: number): number {
  const raw = envOptional(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`Environment variable ${name} must be an integer, got "${raw}"`);
  return value;
}

export function envBool(name: string, fallback: boolean): boolean {
  const raw = envOptional(name);
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`Environment variable ${name} must be true or false, got "${raw}"`);
}

/** One of a closed set of words, e.g. a log level; anything else fails at start rather than being ignored. */
export function envChoice<TChoice extends string>(
  name: string,
  choices: readonly TChoice[],
  fallback: TChoice,
): TChoice {
  const raw = envOptional(name);
  if (raw === undefined) return fallback;
  const choice = choices.find((candidate) => candidate === raw);
  if (choice === undefined)
    throw new Error(`Environment variable ${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return choice;
}
