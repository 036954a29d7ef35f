/**
 * A demo installation (`/web-config.json` says `demoData`) computes its indicator values from the synthetic registry
 * records the demo loads: the figures are not facts about real schools. Every view, its print and both XLSX files
 * say so in these words; the figures the seeds print stay beside them as «Отчётные данные» with their source.
 */
export const DEMO_DATA_NOTICE =
  'Демонстрационная установка: значения рассчитаны по синтетическим записям реестра (SYNTHETIC); цифры из документов — в «Отчётных данных» с источником.';

/** The export's «Происхождение» column for a row the page marks as demo data (SYNTHETIC). */
export const ORIGIN_HEADER = 'Происхождение';
export const SYNTHETIC_ORIGIN_TEXT = 'демо-данные';
