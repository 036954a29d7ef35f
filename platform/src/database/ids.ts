import { createHash, randomUUID } from 'node:crypto';

/** A fresh identifier for a new row. */
export function newId(): string {
  return randomUUID();
}

/**
 * A name-based UUID (version 5 layout) derived from a kind and a natural key,
 * e.g. stableId('organization', '6731001234'). Demo data of every subgraph
 * uses it, so a mentoring pair can point at a registry organization without
 * the two services ever sharing a table.
 */
export function stableId(kind: string, naturalKey: string): string {
  const bytes = createHash('sha1').update(`mentoring-federation:${kind}:${naturalKey}`).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * Ids as one PostgreSQL array literal for `= any(?::uuid[])`: MikroORM spreads a bound JavaScript array into a list
 * of parameters. Anything not a UUID cannot name a row and is left out.
 */
export const uuidArray = (ids: readonly string[]) => `{${ids.filter(isUuid).join(',')}}`;
