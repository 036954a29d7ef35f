import { writeCsv, writeXlsx } from '@mentoring/platform/tabular';
import { reportTable, type IndicatorReportView } from './report.js';

export type ReportFormat = 'XLSX' | 'CSV';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
};

/** Characters no file system takes in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold.
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** «Ключевые показатели — Смоленская область — 2026-11-23.xlsx»: the territory and date in the name, not in the sheet. */
const fileName = (report: IndicatorReportView, format: ReportFormat) =>
  `Ключевые показатели — ${report.territoryName} — ${report.asOf}.${format.toLowerCase()}`.replace(
    UNSAFE_IN_FILE_NAME,
    ' ',
  );

/** A sheet name Excel accepts (at most 31 characters, none of []:*?/\): the date the values are as of. */
const sheetName = (report: IndicatorReportView) => `Показатели на ${report.asOf.split('-').reverse().join('.')}`;

/**
 * The report as a spreadsheet: the seed's header row first (Показатель | Плановое значение | Достигнутое значение),
 * so the file reads as the seed's table; every cell written through the platform's formula-safe writers.
 */
export async function reportFile(report: IndicatorReportView, format: ReportFormat) {
  const table = reportTable(report);
  const bytes = format === 'CSV' ? writeCsv(table) : await writeXlsx(sheetName(report), table);
  return {
    fileName: fileName(report, format),
    contentType: CONTENT_TYPES[format],
    contentBase64: Buffer.from(bytes).toString('base64'),
    rowCount: report.rows.length,
  };
}
