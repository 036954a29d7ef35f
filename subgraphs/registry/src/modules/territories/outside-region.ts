import { forbidden } from '@mentoring/platform/errors';

/** Territories are the regional operator's to change, and only in their own region. */
export const outsideRegion = () => forbidden('Это вне вашего региона; this is outside your region.');
