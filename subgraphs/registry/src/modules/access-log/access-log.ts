import { isUuid } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { isIsoInstant } from '@mentoring/platform/graphql';

/** An entry of the access log as resolvers pass it on: the subject is resolved through the person rule. */
export interface AccessLogEntry {
  id: string;
  readAt: string;
  viewerSubject: string;
  viewerRole: string;
  operationHash: string;
  subjectId: string;
  fields: string[];
}

/** A row of the union of every domain's `personal_data_read`, as PostgreSQL returns it. */
export interface LogRow {
  id: string;
  read_at: Date | string;
  viewer_subject: string;
  viewer_role: string;
  operation_hash: string;
  subject_id: string;
  fields: string[];
}

export const encodeCursor = (row: LogRow) =>
  Buffer.from(JSON.stringify([new Date(row.read_at).toISOString(), row.id])).toString('base64url');

/** The position (read time, id) an `after` cursor names; anything else is refused. */
export function decodeCursor(after: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      isIsoInstant(value[0]) &&
      typeof value[1] === 'string' &&
      isUuid(value[1])
    ) {
      return value as [string, string];
    }
  } catch {
    // falls through
  }
  throw badUserInput('Курсор after не распознан; the after cursor is not valid.', { argument: 'after' });
}
