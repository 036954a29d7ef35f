export type { SavedQueryRevision as SavedQueryRevisionMapper } from './revision.entity.js';
export type { SavedQuery as SavedQueryMapper } from './saved-query.entity.js';
