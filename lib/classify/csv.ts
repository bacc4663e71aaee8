// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines (the Open Cookie
// Database's descriptions do). Never throws; an unterminated quote runs to the end of the input.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // A row of one quoted empty field ("") is still a row.
  let pending = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    pending = ch !== '\n';
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
    i++;
  }
  if (pending || field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
