// Plain-text tables with aligned columns: the bench's output is read in a terminal or a CI log,
// so no colours and no box-drawing characters that break when copied.

export type Column = { title: string; align?: 'left' | 'right' };

/** @example formatTable([{ title: 'server' }, { title: 'req/s', align: 'right' }], [['hono', '1 234']]) */
export function formatTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, i) =>
    Math.max(column.title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        columns[i]?.align === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    line(columns.map((c) => c.title)),
    rule,
    ...rows.map((row) => line(columns.map((_, i) => row[i] ?? ''))),
  ].join('\n');
}

/** A number with its thousands grouped by spaces, the same in every locale. */
export const grouped = (n: number, digits = 0) =>
  n
    .toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .replaceAll(',', ' ');
