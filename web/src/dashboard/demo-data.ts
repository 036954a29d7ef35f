// The platform's one wording of the notice; its module imports nothing, so the page bundles it as it is.
export { DEMO_DATA_NOTICE } from '../../../platform/src/tabular/demo-notice.ts';

/** The export's «Происхождение» column for a row the page marks as demo data (SYNTHETIC). */
export const ORIGIN_HEADER = 'Происхождение';
export const SYNTHETIC_ORIGIN_TEXT = 'демо-данные';
