/**
 * A demo installation computes its values from the synthetic registry records the demo loads: the figures are not
 * facts about real schools. The pages, their prints and every exported file say so in these words; the figures the
 * seeds print stay beside them as «Отчётные данные» with their source. Imports nothing, so the pages bundle it as it is.
 */
export const DEMO_DATA_NOTICE =
  'Демонстрационная установка: значения рассчитаны по синтетическим записям реестра (SYNTHETIC); цифры из документов — в «Отчётных данных» с источником.';
