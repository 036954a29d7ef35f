/**
 * The platform's roles (viewer.ts ROLES) by their Russian names, as pages and exported files show them. Imports
 * nothing, so the pages bundle it as it is.
 */
export const ROLE_NAMES = {
  REGIONAL_OPERATOR: 'Региональный оператор',
  MUNICIPAL_COORDINATOR: 'Муниципальный координатор',
  ANALYST: 'Аналитик',
  SCHOOL_CURATOR: 'Куратор образовательной организации',
  SCHOOL_HEAD: 'Руководитель образовательной организации',
  EXTERNAL_SYSTEM: 'Информационная система другого региона',
  PUBLIC: 'Посетитель без входа',
} as const;
