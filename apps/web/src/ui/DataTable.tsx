import type { ReactNode } from 'react';

export interface DataRow {
  key: string | number;
  cells: ReactNode[];
}

/** A captioned table with column headers, scrolling sideways on narrow screens. */
export function DataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: DataRow[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
