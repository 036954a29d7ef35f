/**
 * Who is asking. Every request has a viewer: PUBLIC when it carries no
 * token, otherwise the role and territory scope of a verified token.
 */
export const ROLES = [
  'REGIONAL_OPERATOR',
  'MUNICIPAL_COORDINATOR',
  'SCHOOL_CURATOR',
  'SCHOOL_HEAD',
  'ANALYST',
  'EXTERNAL_SYSTEM',
  'PUBLIC',
] as const;

export type Role = (typeof ROLES)[number];

/** The territory a role works in; which parts are set depends on the role. */
export interface TerritoryScope {
  /** Код субъекта РФ, e.g. "67". */
  regionCode?: string;
  /** ОКТМО муниципального образования. */
  municipalityOktmo?: string;
  /** Registry id of the organization (школа, СПО …). */
  organizationId?: string;
}

export interface Viewer {
  role: Role;
  /** Token subject; "anonymous" for PUBLIC. */
  subject: string;
  scope: TerritoryScope;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: 'PUBLIC', subject: 'anonymous', scope: Object.freeze({}) });

/** What each role's token must name: a scope narrower than the role needs is refused. */
export const REQUIRED_SCOPE: Record<Role, (keyof TerritoryScope)[]> = {
  REGIONAL_OPERATOR: ['regionCode'],
  MUNICIPAL_COORDINATOR: ['regionCode', 'municipalityOktmo'],
  SCHOOL_CURATOR: ['regionCode', 'municipalityOktmo', 'organizationId'],
  SCHOOL_HEAD: ['regionCode', 'municipalityOktmo', 'organizationId'],
  // An analyst without a region works nation-wide, depersonalised either way.
  ANALYST: [],
  EXTERNAL_SYSTEM: ['regionCode'],
  PUBLIC: [],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Код субъекта РФ as tokens carry it: two digits, e.g. "67" (Смоленская область). */
export function isRegionCode(value: string): boolean {
  return /^\d{2}$/.test(value);
}

/** ОКТМО of a municipality: 8 digits (e.g. "66701000"), or 11 for a settlement within it. */
export function isOktmo(value: string): boolean {
  return /^(?:\d{8}|\d{11})$/.test(value);
}
