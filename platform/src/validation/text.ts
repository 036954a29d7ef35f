import { badUserInput } from '../errors.js';

/**
 * Whether the text shows nothing: only spaces, separators and invisible format characters (zero-width space,
 * word joiner, byte order mark, direction marks…). Such text is as empty as an empty string.
 */
export const isInvisibleText = (value: string) => /^[\p{Z}\p{Cf}\s]*$/u.test(value);

/** A required text field, trimmed; empty after trimming, or made only of invisible characters, is BAD_USER_INPUT naming the field. */
export function requiredText(value: string | null | undefined, field: string): string {
  const text = value?.trim() ?? '';
  if (isInvisibleText(text))
    throw badUserInput(`Поле ${field} не может быть пустым; ${field} must not be empty.`, { field });
  return text;
}

/**
 * Characters that do not belong in a one-line name and can disguise it: controls (line breaks, tabs, escapes), the line
 * and paragraph separators, and the bidirectional embeddings, overrides and isolates that make «gpj.exe» read «exe.jpg».
 */
const HIDDEN_IN_A_NAME = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** A required one-line name (see requiredText) with no character that could disguise it; BAD_USER_INPUT naming the field. */
export function requiredName(value: string | null | undefined, field: string): string {
  const text = requiredText(value, field);
  if (HIDDEN_IN_A_NAME.test(text))
    throw badUserInput(
      `Поле ${field}: без переводов строки, управляющих символов и символов смены направления текста; ${field} must be one line of plain text.`,
      { field },
    );
  return text;
}

export const isHttpUrl = (value: string) => /^https?:\/\/\S+$/.test(value);

/**
 * An http(s) address a person can open: it parses as a URL, and its host is a domain name with a dot (or an IP
 * address), not `localhost`, a loopback address or a bare word — a document's address must lead somewhere outside the sender's machine.
 */
export function isWebUrl(value: string): boolean {
  if (!isHttpUrl(value) || !URL.canParse(value)) return false;
  const host = new URL(value).hostname.replace(/\.$/, '').toLowerCase();
  return (
    host.includes('.') && host !== 'localhost' && !host.endsWith('.localhost') && !/^(127\.|0\.0\.0\.0$)/.test(host)
  );
}

/** An optional web address: null when absent, BAD_USER_INPUT naming the field unless it is http(s). */
export function optionalHttpUrl(value: string | null | undefined, field: string): string | null {
  if (!value) return null;
  if (!isHttpUrl(value))
    throw badUserInput('Адрес должен начинаться с http:// или https://; an http(s) URL is expected.', { field });
  return value;
}

/** An optional web address a person can open (see isWebUrl): null when absent, BAD_USER_INPUT naming the field otherwise. */
export function optionalWebUrl(value: string | null | undefined, field: string): string | null {
  if (!value) return null;
  if (!isWebUrl(value))
    throw badUserInput(
      'Адрес должен начинаться с http:// или https:// и вести на сайт (доменное имя с точкой, не localhost); an http(s) URL of a web host is expected.',
      { field },
    );
  return value;
}

/** Control characters (C0, DEL, C1): NUL, line breaks, tabs, escapes — nothing a person types into a search box. */
const CONTROL_CHARACTER = /\p{Cc}/u;

/**
 * A search phrase (part of a name, a competency…), trimmed: null when not given; otherwise `min`–`max` characters
 * (as PostgreSQL counts them) with no control character and not only invisible ones — else BAD_USER_INPUT naming
 * the argument (e.g. `filter.nameContains`). One letter would match almost everyone, and a phrase longer than any
 * name matches no one.
 */
export function searchPhrase(
  value: string | null | undefined,
  argument: string,
  { min, max }: { min: number; max: number } = { min: 2, max: 100 },
): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  const length = Array.from(text).length;
  if (CONTROL_CHARACTER.test(value) || isInvisibleText(text) || length < min || length > max)
    throw badUserInput(
      `${argument}: от ${min} до ${max} символов без управляющих символов; ${argument} must be ${min}–${max} characters without control characters.`,
      { argument },
    );
  return text;
}
