import { badUserInput } from '../errors.js';

/** A required text field, trimmed; empty after trimming is BAD_USER_INPUT naming the field. */
export function requiredText(value: string | null | undefined, field: string): string {
  const text = value?.trim() ?? '';
  if (text === '') throw badUserInput(`Поле ${field} не может быть пустым; ${field} must not be empty.`, { field });
  return text;
}

export const isHttpUrl = (value: string) => /^https?:\/\/\S+$/.test(value);

/** An optional web address: null when absent, BAD_USER_INPUT naming the field unless it is http(s). */
export function optionalHttpUrl(value: string | null | undefined, field: string): string | null {
  if (!value) return null;
  if (!isHttpUrl(value))
    throw badUserInput('Адрес должен начинаться с http:// или https://; an http(s) URL is expected.', { field });
  return value;
}
