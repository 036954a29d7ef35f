/**
 * The gateway's messages as the pages show them: the Russian part (before «; english»), with the names the system
 * uses inside (subgraphs, role codes) said in Russian — «Сервис «planning» недоступен» reads «Сервис «планирование»
 * недоступен», «для роли PUBLIC» reads «для роли «посетитель без входа»».
 */

/** The federation's services (subgraphs) by what a person calls them. */
const SERVICE_NAMES: Record<string, string> = {
  registry: 'реестр',
  mentoring: 'наставничество',
  planning: 'планирование',
  analytics: 'аналитика',
};

// The platform's one list of role names; its module imports nothing, so the page bundles it as it is.
import { ROLE_NAMES } from '../../../platform/src/auth/role-names.ts';

export { ROLE_NAMES };

/** The Russian name of a role code, or null for a code the platform does not know. */
export function roleName(code: string): string | null {
  return Object.hasOwn(ROLE_NAMES, code) ? ROLE_NAMES[code as keyof typeof ROLE_NAMES] : null;
}

const SERVICE_PATTERN = /«(registry|mentoring|planning|analytics)»/g;
const ROLE_PATTERN =
  /\b(REGIONAL_OPERATOR|MUNICIPAL_COORDINATOR|ANALYST|SCHOOL_CURATOR|SCHOOL_HEAD|EXTERNAL_SYSTEM|PUBLIC)\b/g;

/** Service names and role codes in a Russian text said in Russian; the rest as it is. */
export function inRussian(text: string): string {
  return text
    .replace(SERVICE_PATTERN, (_, service: string) => `«${SERVICE_NAMES[service] ?? service}»`)
    .replace(ROLE_PATTERN, (code: string) => `«${(roleName(code) ?? code).toLocaleLowerCase('ru-RU')}»`);
}

/** The part of a gateway message a person reads: the Russian one, before the English after the semicolon. */
export const russianPart = (message: string): string => inRussian((message.split(';', 1)[0] ?? message).trim());
