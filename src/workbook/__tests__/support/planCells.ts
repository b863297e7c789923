import { inputContent, type CellContent, type SheetPlan } from "../../plan";

/** A cell of a plan, where it comes from and what it holds. */
export interface PlannedCell {
  readonly where: string;
  readonly content: CellContent;
}

/** Every cell content of a plan: blocks, table rows and inputs. */
export function plannedCells(plan: SheetPlan): PlannedCell[] {
  const cells: PlannedCell[] = [];
  plan.blocks.forEach((block, b) =>
    block.cells.forEach((row, r) =>
      row.forEach((content, c) => cells.push({ where: `block ${b} [${r},${c}]`, content }))
    )
  );
  for (const table of plan.tables) {
    table.rows.forEach((row, r) =>
      row.forEach((content, c) =>
        cells.push({ where: `${table.key} row ${r} ${table.columns[c].header}`, content })
      )
    );
  }
  for (const input of plan.inputs) {
    cells.push({ where: `input ${input.label}`, content: inputContent(input) });
  }
  return cells;
}

/** Every formula of a plan. */
export function formulasOf(plan: SheetPlan): string[] {
  return plannedCells(plan).flatMap(({ content }) =>
    "formula" in content ? [content.formula] : []
  );
}

/** Every text value of a plan. */
export function textsOf(plan: SheetPlan): string[] {
  return plannedCells(plan).flatMap(({ content }) =>
    "value" in content && typeof content.value === "string" ? [content.value] : []
  );
}

/** A rectangle of cells, zero-based and inclusive. */
export interface Area {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The areas a plan fills: each table (header and rows), block, input cell and chart. */
export function areasOf(plan: SheetPlan): Area[] {
  const tables = plan.tables.map((table) => ({
    name: `table ${table.key}`,
    top: table.at.row,
    left: table.at.column,
    // Excel keeps one (blank) row in an empty table.
    bottom: table.at.row + Math.max(table.rows.length, 1),
    right: table.at.column + table.columns.length - 1,
  }));
  const blocks = plan.blocks.map((block, i) => ({
    name: `block ${i} (${JSON.stringify(block.cells[0]?.[0] ?? "").slice(0, 40)})`,
    top: block.at.row,
    left: block.at.column,
    bottom: block.at.row + block.cells.length - 1,
    right:
      block.at.column +
      (block.mergeAcross ?? Math.max(...block.cells.map((row) => row.length))) -
      1,
  }));
  const inputs = plan.inputs.map((input) => ({
    name: `input ${input.label}`,
    top: input.at.row,
    left: input.at.column,
    bottom: input.at.row,
    right: input.at.column,
  }));
  const charts = plan.charts.map((chart) => ({
    name: `chart ${chart.key}`,
    top: chart.at.row,
    left: chart.at.column,
    bottom: chart.at.row + chart.heightInRows - 1,
    right: chart.at.column + chart.widthInColumns - 1,
  }));
  return [...tables, ...blocks, ...inputs, ...charts];
}

/** Pairs of areas that share a cell, named for a readable failure. */
export function overlaps(areas: readonly Area[]): string[] {
  const found: string[] = [];
  areas.forEach((a, i) =>
    areas.slice(i + 1).forEach((b) => {
      const apart = a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left;
      if (!apart) found.push(`${a.name} overlaps ${b.name}`);
    })
  );
  return found;
}

/** A cell a plan writes outside tables, where it sits, and whether it is an input cell. */
export interface PositionedCell {
  readonly row: number;
  readonly column: number;
  readonly content: CellContent;
  readonly input: boolean;
}

/** Every cell of a plan's blocks and inputs, with its position (tables are not included). */
export function positionedCells(plan: SheetPlan): PositionedCell[] {
  const cells: PositionedCell[] = [];
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((content, c) =>
        cells.push({ row: block.at.row + r, column: block.at.column + c, content, input: false })
      )
    );
  }
  for (const input of plan.inputs) {
    cells.push({ ...input.at, content: inputContent(input), input: true });
  }
  return cells;
}
