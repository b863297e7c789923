import { BatchObjects } from "./batchObjects";
import { matrixBytes } from "./payloadSize";
import { meterRequest } from "./requestMeter";

/*
 * What a write queues, as operations that know their size: a fixed part (the range it writes to)
 * and units (rows of a matrix, items of a list) that may go to different syncs. Every operation
 * works on one sheet, which a batch fetches once (the packer adds that cost). The writer builds
 * them all first, so that a write that cannot fit is refused before anything is written;
 * batches.ts then packs them in order.
 */

export interface SizedOperation {
  /** What the operation is, for a message that names it ("DEAL_Prices, row 12"). */
  readonly label: string;
  /** The sheet it works on (fetched once per batch); none for the workbook's own objects. */
  readonly sheet?: string;
  /** The bytes every slice of it costs, whatever its units. */
  readonly fixedBytes: number;
  /** The bytes of each unit; at least one. */
  readonly unitBytes: readonly number[];
  /** Queues units [from, to) on the batch. */
  readonly apply: (batch: BatchObjects, from: number, to: number) => void;
}

/** The request bytes of a queue on a batch of stand-ins whose sheets cost nothing to fetch. */
function meterBatch(queue: (batch: BatchObjects) => void): number {
  // The stand-in root serves as every sheet: paid for by the packer, not here.
  return meterRequest<Excel.RequestContext>((context) =>
    queue(new BatchObjects(context, () => context as unknown as Excel.Worksheet))
  );
}

/** What fetching a sheet by name (31 characters at most) costs a batch. */
export const SHEET_FETCH_BYTES = meterRequest<Excel.RequestContext>((context) =>
  context.workbook.worksheets.getItem("x".repeat(31))
);

/** An operation that goes whole into one sync. */
export function single(
  label: string,
  sheet: string | undefined,
  queue: (batch: BatchObjects) => void
): SizedOperation {
  return {
    label,
    sheet,
    fixedBytes: 0,
    unitBytes: [meterBatch(queue)],
    apply: (batch) => queue(batch),
  };
}

/**
 * Calls on one sheet, any run of which may share a sync.
 * @param items each queues its calls on the sheet.
 */
export function sheetItems(
  label: string,
  sheetName: string,
  items: readonly ((sheet: Excel.Worksheet) => void)[]
): SizedOperation[] {
  if (items.length === 0) return [];
  return [
    {
      label,
      sheet: sheetName,
      fixedBytes: 0,
      unitBytes: items.map((item) => meterRequest<Excel.Worksheet>(item)),
      apply: (batch, from, to) => {
        const sheet = batch.sheet(sheetName);
        for (const item of items.slice(from, to)) item(sheet);
      },
    },
  ];
}

/**
 * A matrix written to consecutive rows, split by rows where it does not fit one sync.
 * @param target the range of `rows` rows starting `firstRow` rows into the matrix.
 */
export function matrixRows(
  label: string,
  sheet: string,
  target: (batch: BatchObjects, firstRow: number, rows: number) => Excel.Range,
  property: "values" | "formulas",
  cells: readonly (readonly unknown[])[]
): SizedOperation[] {
  if (cells.length === 0) return [];
  const write = (batch: BatchObjects, from: number, to: number) => {
    target(batch, from, to - from)[property] = cells.slice(from, to).map((row) => [...row]);
  };
  return [sliceable(label, sheet, cells, (batch) => write(batch, 0, 1), write)];
}

/** Rows appended by one call per slice (table.rows.add), split by rows. */
export function appendRows<C>(
  label: string,
  sheet: string,
  add: (batch: BatchObjects, rows: C[][]) => void,
  rows: readonly (readonly C[])[]
): SizedOperation[] {
  if (rows.length === 0) return [];
  return [
    sliceable(
      label,
      sheet,
      rows,
      (batch) => add(batch, [[...rows[0]]]),
      (batch, from, to) =>
        add(
          batch,
          rows.slice(from, to).map((row) => [...row])
        )
    ),
  ];
}

/**
 * An operation on the rows of a matrix, sized by its rows.
 * @param first queues the operation on the first row alone, to meter its fixed part.
 */
function sliceable(
  label: string,
  sheet: string,
  rows: readonly (readonly unknown[])[],
  first: (batch: BatchObjects) => void,
  apply: SizedOperation["apply"]
): SizedOperation {
  const { rowBytes, partBytes } = matrixBytes(rows);
  const firstAlone = matrixBytes([rows[0]]).rowBytes[0];
  return {
    label,
    sheet,
    // Metered with the first row alone: what is left beyond that row is the fixed part.
    fixedBytes: Math.max(0, meterBatch(first) - firstAlone) + partBytes,
    unitBytes: rowBytes,
    apply,
  };
}
