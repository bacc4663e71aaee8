// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. One pass, no regex.

export interface CsvRow {
  cells: string[];
  /** 1-based line where the row starts, for error messages and locations. */
  line: number;
  offset: number;
}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let rowOffset = 0;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') rows.push({ cells, line: rowLine, offset: rowOffset });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
      rowOffset = i + 1;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.length > 1 || cells[0] !== '') rows.push({ cells, line: rowLine, offset: rowOffset });
  return rows;
}
