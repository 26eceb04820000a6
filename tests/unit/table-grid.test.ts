import { describe, expect, it } from 'vitest';
import { cellColumns, fitTable, type FilteredCell } from '../../src/lib/table-grid.ts';

const cell = (colspan = 1, rowspan = 1) => ({ colspan, rowspan });

describe('cellColumns', () => {
  it('numbers plain cells from the start of each row', () => {
    expect(cellColumns([[cell(), cell(), cell()], [cell(), cell(), cell()]])).toEqual([
      [[0], [1], [2]],
      [[0], [1], [2]],
    ]);
  });

  it('gives a cell spanning columns each of them, and moves the next cells along', () => {
    expect(cellColumns([[cell(), cell(2), cell()]])).toEqual([[[0], [1, 2], [3]]]);
  });

  it('keeps the columns of a cell spanning rows in the rows below', () => {
    // Time | A (two rows) | B   then   Time | B: the second row's B is in column 2, not 1.
    expect(cellColumns([[cell(), cell(1, 2), cell()], [cell(), cell()]])).toEqual([
      [[0], [1], [2]],
      [[0], [2]],
    ]);
  });

  it('handles a cell spanning both rows and columns, and a span past the last row', () => {
    expect(cellColumns([[cell(), cell(2, 3), cell()], [cell(), cell()], [cell(), cell()]])).toEqual([
      [[0], [1, 2], [3]],
      [[0], [3]],
      [[0], [3]],
    ]);
    expect(cellColumns([[cell(), cell(1, 5)]])).toEqual([[[0], [1]]]);
  });
});

/** A table as rows of cells `[colspan, rowspan, shows]`, with their rows and columns worked out. */
function table(rows: [number, number, boolean][][]): FilteredCell[] {
  const columns = cellColumns(rows.map((cells) => cells.map(([colspan, rowspan]) => ({ colspan, rowspan }))));
  return rows.flatMap((cells, row) => cells.map(([colspan, rowspan, shows], index) => ({ colspan, rowspan, shows, row, columns: columns[row]![index]! })));
}
const header: [number, number, boolean] = [1, 1, false];
const shown = (rowspan = 1, colspan = 1): [number, number, boolean] => [colspan, rowspan, true];
const left = (rowspan = 1, colspan = 1): [number, number, boolean] => [colspan, rowspan, false];

describe('fitTable', () => {
  // Time | R1 | R2;  10:30: A (R1, two rows), B;  11:30: C (R2);  12:30: D (R1), E (R2).
  const day = (a: boolean, b: boolean, c: boolean, d: boolean, e: boolean) =>
    table([
      [header, header, header],
      [header, [1, 2, a], [1, 1, b]],
      [header, [1, 1, c]],
      [header, [1, 1, d], [1, 1, e]],
    ]);

  it('leaves the table as built when nothing is filtered', () => {
    const fit = fitTable(4, day(false, false, false, false, false), false);
    expect(fit.hiddenRows).toEqual([false, false, false, false]);
    expect(fit.cells.map(({ hidden, colspan, rowspan }) => [hidden, colspan, rowspan])).toEqual(day(false, false, false, false, false).map((cell) => [false, cell.colspan, cell.rowspan]));
  });

  it('hides a row where nothing is left, and shortens the span of a cell reaching over it', () => {
    const fit = fitTable(4, day(true, true, false, false, true), true);
    expect(fit.hiddenRows).toEqual([false, false, true, false]);
    // A spans only its own row now: a browser would otherwise stretch it over 12:30 and push D and E one room along.
    expect(fit.cells[4]).toEqual({ hidden: false, colspan: 1, rowspan: 1 });
  });

  it('keeps a row where a cell starts that reaches into the rows below, even with nothing shown in it', () => {
    const fit = fitTable(4, day(false, false, false, true, true), true);
    expect(fit.hiddenRows).toEqual([false, false, true, false]);
    // 10:30: X (first room, two rows), nothing shown;  11:30: a session shown in the second room;  12:30: one in the first room.
    const reaching = fitTable(4, table([[header, header, header], [header, left(2), left()], [header, shown()], [header, shown(), left()]]), true);
    expect(reaching.hiddenRows).toEqual([false, false, false, false]);
    expect(reaching.cells[4]).toEqual({ hidden: false, colspan: 1, rowspan: 2 });
  });

  it('hides the columns without a shown session, header included, and narrows a cell spanning into them', () => {
    const cells = table([
      [header, header, header, header],
      [header, shown(), left(1, 2)],
      [header, left(), left(), shown()],
    ]);
    const fit = fitTable(3, cells, true);
    // Column 2 (the second room) has nothing shown: its header and cells go; column 3 stays.
    expect(fit.cells.map((cell) => cell.hidden)).toEqual([false, false, true, false, false, false, false, false, false, true, false]);
    expect(fit.cells[6]).toEqual({ hidden: false, colspan: 1, rowspan: 1 });
    expect(fit.hiddenRows).toEqual([false, false, false]);
  });
});
