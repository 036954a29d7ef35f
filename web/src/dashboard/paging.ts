/**
 * How the region and municipality views page their tables: the first page comes with the overview (cards,
 * roadmaps, calendar), further pages alone, each request within the anonymous and the analyst's cost limit (5,000).
 */
export const FIRST_PAGE = 10;
export const FURTHER_PAGE = 20;
/** The calendar the views show: from today, this many days on. */
export const CALENDAR_DAYS = 90;
/** «на 1 день», «на 3 дня», «на 90 дней» (accusative after «на»). */
export const DAYS = { one: 'день', few: 'дня', many: 'дней' };
