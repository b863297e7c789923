/*
 * How big a request to Excel is, estimated on the safe side. Excel on the web refuses any request
 * or response over 5 MB (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded:
 * Microsoft, "Resource limits and performance optimization for Office Add-ins", section "Excel
 * add-ins", learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization,
 * read 2026-12). A request is the JSON text Office.js builds from the batch's actions and object
 * paths; its bulk is the arguments (values, formulas), the rest a fixed cost per object and call.
 * test/support/officeJsRequests.ts measures the real text with Microsoft's own Office.js.
 */

/** Excel on the web's documented limit on a request and on a response. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * The most DEAL puts in one request or expects in one response: 2,000,000 bytes of UTF-8. Whether
 * Excel counts characters, UTF-8 or UTF-16 bytes, that stays under 5 MB (UTF-16 takes at most
 * twice the UTF-8 bytes), and it leaves room for what an estimate could miss.
 */
export const SAFE_PAYLOAD_BYTES = 2_000_000;

/** The request's own JSON around its actions and object paths. */
export const REQUEST_ENVELOPE_BYTES = 100;

/**
 * An object an earlier sync loaded (a sheet of the collection), used again: Office.js sends its
 * path by reference and instantiates it anew in each request.
 */
export const REUSED_OBJECT_BYTES = 160;

/** UTF-8 bytes of a string as JSON.stringify writes it, quotes included (never fewer). */
function stringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20)
      bytes += 6; // \u00XX at most
    else if (code === 0x22 || code === 0x5c)
      bytes += 2; // \" and \\
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdfff)
      bytes += 6; // a lone surrogate is escaped
    else bytes += 3;
  }
  return bytes;
}

/**
 * The UTF-8 bytes of `value` written as JSON, or a little more: exact for numbers, booleans, null
 * and ASCII text, above the exact figure for control characters and surrogate pairs.
 */
export function jsonBytes(value: unknown): number {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "string":
      return stringBytes(value);
    case "object": {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let bytes = 1 + Math.max(1, value.length);
        for (const item of value) bytes += jsonBytes(item);
        return bytes;
      }
      const entries = Object.entries(value);
      let bytes = 1 + Math.max(1, entries.length);
      for (const [key, item] of entries) bytes += stringBytes(key) + 1 + jsonBytes(item);
      return bytes;
    }
    default:
      return 4;
  }
}

/*
 * Office.js sends a matrix of more than 1,500 cells in slices of about 1,500 cells (rows of
 * round(1,500 / columns)), each slice a range of its own: a check of the array's size, then per
 * slice two rows and their bounding rectangle, instantiated, and the set.
 */
const OFFICE_SLICE_CELLS = 1500;
const OFFICE_SLICE_BYTES = 1000;
const OFFICE_SIZE_CHECK_BYTES = 150;

const rowsPerSlice = (columns: number) => Math.max(1, Math.round(OFFICE_SLICE_CELLS / columns));

/** What Office.js adds to a matrix of `rows` × `columns` it sends in slices. */
export function officeSliceBytes(rows: number, columns: number): number {
  if (rows * columns <= OFFICE_SLICE_CELLS) return 0;
  return OFFICE_SIZE_CHECK_BYTES + Math.ceil(rows / rowsPerSlice(columns)) * OFFICE_SLICE_BYTES;
}

/**
 * How a matrix of `rows` × `columns` adds to a request, split into parts by rows: each row (its
 * JSON and comma, and for a matrix Office.js slices, its share of the slices) and what any part
 * adds beyond its rows (the size check and a last, partial slice).
 */
export function matrixBytes(rows: readonly (readonly unknown[])[]): {
  readonly rowBytes: number[];
  readonly partBytes: number;
} {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const sliced = rows.length * columns > OFFICE_SLICE_CELLS;
  const share = sliced ? Math.ceil(OFFICE_SLICE_BYTES / rowsPerSlice(columns)) : 0;
  return {
    rowBytes: rows.map((row) => jsonBytes(row) + 1 + share),
    partBytes: sliced ? OFFICE_SIZE_CHECK_BYTES + OFFICE_SLICE_BYTES : 0,
  };
}
