import { createHash } from 'node:crypto';
import { print, type DocumentNode } from 'graphql';

/** sha256 of the printed operation, the hash an operation is registered under by the gateway (gateway/operations) and sent by the pages. */
export function operationHash(document: DocumentNode): string {
  return createHash('sha256').update(print(document)).digest('hex');
}
