import { badUserInput } from '@mentoring/platform/errors';

/** Trimmed, without blanks and repeats. */
export const distinctTexts = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];

export function assertPercent(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 100)
    throw badUserInput(`Удовлетворённость — целое от 0 до 100; ${field} must be 0–100.`, { field });
}
