export type { CalendarEntry as CalendarEntryMapper } from './calendar-entry.js';
