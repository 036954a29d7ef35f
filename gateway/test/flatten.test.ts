import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenAnswer } from '../src/export/flatten.js';

describe('flattening an answer into one table (README «Выгрузка результата»)', () => {
  it('writes an answer without lists as one row, a column per path', () => {
    expect(flattenAnswer({ region: { name: 'Смоленская область', code: '67', stats: { pairs: 12 } } })).toEqual({
      columns: ['region.name', 'region.code', 'region.stats.pairs'],
      rows: [['Смоленская область', '67', 12]],
    });
  });

  it('gives each leaf list element a row carrying the values above it', () => {
    const table = flattenAnswer({
      region: {
        name: 'R',
        municipalities: [
          { name: 'M1', schools: [{ inn: '1' }, { inn: '2' }] },
          { name: 'M2', schools: [] },
          { name: 'M3', schools: [{ inn: '3' }] },
        ],
      },
    });
    expect(table.columns).toEqual(['region.name', 'region.municipalities.name', 'region.municipalities.schools.inn']);
    expect(table.rows).toEqual([
      ['R', 'M1', '1'],
      ['R', 'M1', '2'],
      ['R', 'M2', null],
      ['R', 'M3', '3'],
    ]);
  });

  it('does not multiply lists side by side: each brings its own rows', () => {
    const table = flattenAnswer({ a: [{ x: 1 }, { x: 2 }], b: [{ y: 'p' }], total: 3 });
    expect(table.columns).toEqual(['total', 'a.x', 'b.y']);
    expect(table.rows).toEqual([
      [3, 1, null],
      [3, 2, null],
      [3, null, 'p'],
    ]);
  });

  it('joins a list of scalars into one cell and keeps nulls empty', () => {
    expect(
      flattenAnswer({ mentor: { forms: ['TEACHER_TEACHER', 'STUDENT_STUDENT'], note: null, lost: null } }),
    ).toEqual({
      columns: ['mentor.forms', 'mentor.note', 'mentor.lost'],
      rows: [['TEACHER_TEACHER; STUDENT_STUDENT', null, null]],
    });
  });

  it('has as many rows as leaf list elements, whatever the nesting', () => {
    const leaf = fc.array(fc.record({ v: fc.integer() }), { maxLength: 4 });
    const answer = fc.array(fc.record({ name: fc.string(), items: leaf }), { maxLength: 5 });
    fc.assert(
      fc.property(answer, (groups) => {
        const expected =
          groups.length === 0 ? 1 : groups.reduce((sum, group) => sum + Math.max(1, group.items.length), 0);
        expect(flattenAnswer({ groups }).rows).toHaveLength(expected);
      }),
    );
  });

  it('gives no rows for no data', () => {
    expect(flattenAnswer(null)).toEqual({ columns: [], rows: [] });
  });
});
