import type { Role } from '@mentoring/platform/auth';

/** Limits every request meets at the gateway; cost budgets differ by role. */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Parser limit on the tokens of a document: bounds the work of parsing and validation. */
  maxTokens: number;
  costBudget: Record<Role, number>;
  rateLimitPerMinuteIp: number;
  rateLimitPerMinuteUser: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 10,
  maxTokens: 2_000,
  costBudget: {
    PUBLIC: 5_000,
    ANALYST: 5_000,
    EXTERNAL_SYSTEM: 10_000,
    SCHOOL_CURATOR: 10_000,
    SCHOOL_HEAD: 10_000,
    MUNICIPAL_COORDINATOR: 20_000,
    REGIONAL_OPERATOR: 50_000,
  },
  rateLimitPerMinuteIp: 600,
  rateLimitPerMinuteUser: 300,
};
