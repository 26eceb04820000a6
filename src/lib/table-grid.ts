/**
 * The columns of a table, as a browser lays it out: a cell spanning rows holds its columns in
 * the rows below, so the next cells of those rows start further along. The filter uses it to
 * hide the columns (rooms) a filter leaves empty without misplacing the cells that remain.
 */

export interface GridCell {
  colspan: number;
  rowspan: number;
}

/** For each row, for each of its cells in order, the columns (from 0) the cell covers. */
export function cellColumns(rows: readonly (readonly GridCell[])[]): number[][][] {
  // Columns still held, per row below, by cells spanning rows from above.
  const held: Set<number>[] = rows.map(() => new Set());
  return rows.map((cells, rowIndex) => {
    let column = 0;
    return cells.map((cell) => {
      while (held[rowIndex]!.has(column)) column++;
      const covered = Array.from({ length: cell.colspan }, (_, offset) => column + offset);
      for (let below = rowIndex + 1; below < Math.min(rows.length, rowIndex + cell.rowspan); below++) for (const each of covered) held[below]!.add(each);
      column += cell.colspan;
      return covered;
    });
  });
}

export interface FilteredCell extends GridCell {
  /** Its row, from 0 (the header row). */
  row: number;
  /** The columns it covers (cellColumns). */
  columns: readonly number[];
  /** It holds a session the filter shows; header cells never do. */
  shows: boolean;
}

export interface TableFit {
  /** For each row, whether it is hidden. */
  hiddenRows: boolean[];
  /** For each cell, in the order given: hidden, and its spans among the rows and columns left. */
  cells: { hidden: boolean; colspan: number; rowspan: number }[];
}

/**
 * What is left of a table once filtered: the first column (the times) and the columns where a
 * shown session is; the rows where one starts, unless a cell starting in a row reaches into the
 * rows below (hiding the row would hide the cell). A browser lays a hidden row out as if it were
 * not there, so spans are counted again over what is left, or cells would slide into the wrong
 * room. Unfiltered, the table is as built.
 */
export function fitTable(rowCount: number, cells: readonly FilteredCell[], filtered: boolean): TableFit {
  const shownColumns = new Set([0]);
  for (const cell of cells) if (!filtered || cell.shows) for (const column of cell.columns) shownColumns.add(column);
  const kept = cells.map((cell) => cell.columns.filter((column) => shownColumns.has(column)).length);
  const hiddenRows = Array.from(
    { length: rowCount },
    (_, row) => filtered && row > 0 && cells.every((cell, index) => cell.row !== row || (!cell.shows && (kept[index] === 0 || cell.rowspan === 1))),
  );
  return {
    hiddenRows,
    cells: cells.map((cell, index) => ({
      hidden: kept[index] === 0,
      colspan: Math.max(kept[index]!, 1),
      rowspan: Array.from({ length: cell.rowspan }, (_, offset) => cell.row + offset).filter((row) => row < rowCount && !hiddenRows[row]).length || 1,
    })),
  };
}
