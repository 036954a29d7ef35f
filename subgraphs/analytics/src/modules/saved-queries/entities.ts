import { SavedQueryRevisionSchema } from './revision.entity.js';
import { SavedQuerySchema } from './saved-query.entity.js';

/** The tables of saved queries (сохранённые запросы) and their history, for the subgraph's ORM. */
export const SAVED_QUERY_ENTITIES = [SavedQuerySchema, SavedQueryRevisionSchema];
