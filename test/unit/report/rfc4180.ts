// A strict RFC 4180 reader for the tests: it throws on anything a conforming writer would not
// produce (a bare quote inside an unquoted field, text after a closing quote, a lone CR or LF as
// a record end), so a sloppy writer cannot pass by accident.

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  if (!text.endsWith('\r\n')) throw new Error('the last record must end with CRLF');
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quoted field at ${i}`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const end = nextDelimiter(text, i);
      field = text.slice(i, end);
      if (/["\r\n]/.test(field)) throw new Error(`quote or line break in an unquoted field at ${i}: ${JSON.stringify(field)}`);
      i = end;
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 10))}`);
    }
  }
  return records;
}

function nextDelimiter(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const ch = text[j];
    if (ch === ',' || (ch === '\r' && text[j + 1] === '\n')) return j;
  }
  return text.length;
}
