import { readXlsx, restoreCell } from '@mentoring/platform/tabular';
import { federationClient } from '@mentoring/platform/testing';
import { regionIdOf } from '@mentoring/subgraph-registry/demo';
import { describe, expect, it } from 'vitest';

/*
 * The indicator report (seed 000's «Ключевые показатели внедрения системы педагогического наставничества») through
 * the gateway: the region named by the registry beside analytics' rows, and the XLSX file reading back as those rows.
 */
const federation = federationClient();

describe('the indicator report through the gateway', () => {
  it('gives a regional operator the Smolensk report as an XLSX file of the seed’s header and the same rows', async () => {
    const response = await federation.query<{
      indicatorReport: {
        title: string;
        region: { name: string; code: string };
        rows: { indicator: { name: string }; planned: string; achieved: string }[];
        file: { fileName: string; contentBase64: string; rowCount: number };
      };
    }>(
      `query ($id: UUID!) {
        indicatorReport(level: REGION, territoryId: $id) {
          title region { name code }
          rows { indicator { name } planned achieved }
          file(format: XLSX) { fileName contentBase64 rowCount }
        }
      }`,
      {
        token: await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }),
        variables: { id: regionIdOf('67') },
      },
    );
    expect(response.errors).toBeUndefined();
    const report = response.data!.indicatorReport;
    expect(report.region).toEqual({ name: 'Смоленская область', code: '67' });
    expect(report.title).toMatch(
      /^Ключевые показатели внедрения системы педагогического наставничества — Смоленская область$/,
    );
    expect(report.file.fileName).toMatch(/^Ключевые показатели — Смоленская область — \d{4}-\d{2}-\d{2}\.xlsx$/);
    const [header, ...body] = await readXlsx(Buffer.from(report.file.contentBase64, 'base64'));
    expect(header).toEqual(['Показатель', 'Плановое значение', 'Достигнутое значение']);
    expect(body).toHaveLength(report.file.rowCount);
    expect(body.map((cells) => cells.map(restoreCell))).toEqual(
      report.rows.map((row) => [row.indicator.name, row.planned, row.achieved]),
    );
    expect(body.some(([, , achieved]) => achieved?.includes('«60-80%»'))).toBe(true);
  });
});
