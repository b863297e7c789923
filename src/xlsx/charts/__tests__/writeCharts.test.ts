import ExcelJS from "exceljs";
import { storedCells } from "../../__tests__/support/sheetXml";
import { zipParts } from "../../__tests__/support/zipParts";
import {
  CHART_SHEET,
  chartPlans,
  MONTHS,
  TITLES,
  writeChartWorkbook,
} from "./support/chartWorkbook";
import { parseXml } from "./support/xml";

/* Charts in the file the writer makes: the parts, where the sheet points at them, their caches. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

describe("charts in the written file", () => {
  let parts: Map<string, string>;
  let bytes: Buffer;
  let report: Awaited<ReturnType<typeof writeChartWorkbook>>["report"];
  beforeAll(async () => {
    ({ bytes, report } = await writeChartWorkbook());
    parts = zipParts(bytes);
  });
  const chart = (n: number): Node =>
    parseXml(parts.get(`xl/charts/chart${n}.xml`) ?? "")["c:chartSpace"]["c:chart"];
  const cachedPoints = (ref: Node) =>
    (ref["c:numCache"] ?? ref["c:strCache"])["c:pt"].map((pt: Node) => pt["c:v"]);

  it("writes every chart of the plans, and reports none left out", () => {
    expect(report.chartsLeftOut).toEqual([]);
    expect([...report.charts.values()].flat().map((c) => c.title)).toEqual([
      TITLES.line,
      TITLES.column,
      TITLES.bar,
    ]);
    expect(
      // The zip also lists the folders; only the parts count.
      [...parts.keys()].filter((name) => /^xl\/(charts|drawings)\/.*[^/]$/.test(name)).sort()
    ).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
  });

  it("points the sheet at its drawing: the element before tableParts, the relationship beside the table's", () => {
    const sheet = parts.get("xl/worksheets/sheet1.xml") ?? "";
    const drawing = sheet.indexOf('<drawing r:id="rIdDealDrawing"/>');
    expect(drawing).toBeGreaterThan(sheet.indexOf("<pageMargins"));
    expect(drawing).toBeLessThan(sheet.indexOf("<tableParts"));
    const rels = parseXml(parts.get("xl/worksheets/_rels/sheet1.xml.rels") ?? "")["Relationships"][
      "Relationship"
    ];
    expect(rels.map((rel: Node) => rel["@Target"])).toEqual([
      "../tables/table1.xml",
      "../drawings/drawing1.xml",
    ]);
    expect(parts.get("xl/worksheets/sheet2.xml")).not.toContain("<drawing");
    expect(parts.has("xl/worksheets/_rels/sheet2.xml.rels")).toBe(false);
    const types = parts.get("[Content_Types].xml") ?? "";
    for (const part of [
      "/xl/charts/chart1.xml",
      "/xl/charts/chart3.xml",
      "/xl/drawings/drawing1.xml",
    ]) {
      expect(types).toContain(`<Override PartName="${part}"`);
    }
  });

  it("caches in each series the values the sheet's cells cache, under formulas with the sheet's quoted name", () => {
    const cells = storedCells(bytes).get(CHART_SHEET);
    const stored = (column: string, first: number, last: number) =>
      Array.from({ length: last - first + 1 }, (_, i) =>
        String(cells?.get(`${column}${first + i}`)?.value)
      );
    const quoted = "'Bob''s model & co'";

    const line = chart(1)["c:plotArea"]["c:lineChart"]["c:ser"];
    expect(line.map((s: Node) => s["c:val"]["c:numRef"]["c:f"])).toEqual([
      `${quoted}!$B$2:$B$13`,
      `${quoted}!$C$2:$C$13`,
    ]);
    expect(cachedPoints(line[0]["c:val"]["c:numRef"])).toEqual(stored("B", 2, 1 + MONTHS));
    expect(cachedPoints(line[1]["c:val"]["c:numRef"])).toEqual(stored("C", 2, 1 + MONTHS));
    expect(cachedPoints(line[1]["c:val"]["c:numRef"]).at(-1)).toBe(
      String(1500 + 800 * (MONTHS - 1))
    );
    expect(line[0]["c:cat"]["c:numRef"]["c:f"]).toBe(`${quoted}!$A$2:$A$13`);

    const columns = chart(2)["c:plotArea"]["c:barChart"];
    expect(columns["c:barDir"]["@val"]).toBe("col");
    expect(cachedPoints(columns["c:ser"][0]["c:cat"]["c:strRef"])).toEqual([
      "Low",
      "Expected",
      "High",
    ]);
    expect(cachedPoints(columns["c:ser"][1]["c:val"]["c:numRef"])).toEqual(stored("C", 17, 19));

    const bars = chart(3)["c:plotArea"]["c:barChart"];
    expect(bars["c:barDir"]["@val"]).toBe("bar");
    const [series] = bars["c:ser"];
    expect(series["c:tx"]["c:strRef"]["c:f"]).toBe(`${quoted}!$C$22`);
    expect(series["c:cat"]["c:strRef"]["c:f"]).toBe(`${quoted}!$A$23:$A$25`);
    expect(cachedPoints(series["c:cat"]["c:strRef"])).toEqual(["alpha", "beta", "gamma"]);
    expect(series["c:val"]["c:numRef"]["c:f"]).toBe(`${quoted}!$C$23:$C$25`);
    expect(cachedPoints(series["c:val"]["c:numRef"])).toEqual(["600", "1000", "400"]);
    expect(series["c:val"]["c:numRef"]["c:numCache"]["c:formatCode"]).toBe("$#,##0");
  });

  it("anchors each chart at its planned cells", () => {
    const anchors: Node[] = parseXml(parts.get("xl/drawings/drawing1.xml") ?? "")["xdr:wsDr"][
      "xdr:twoCellAnchor"
    ];
    expect(
      anchors.map((a) => [a["xdr:from"]["xdr:row"], a["xdr:to"]["xdr:row"], a["xdr:to"]["xdr:col"]])
    ).toEqual([
      ["0", "15", "12"],
      ["16", "31", "12"],
      ["32", "47", "12"],
    ]);
  });

  it("reads back with ExcelJS, cells intact", async () => {
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = read.getWorksheet(CHART_SHEET) as ExcelJS.Worksheet;
    expect(sheet.getCell("C13").result).toBe(1500 + 800 * (MONTHS - 1));
    // DEAL's memory of its cells comes last, very hidden.
    expect(read.worksheets.map((w) => w.name)).toEqual([CHART_SHEET, "Plain", "DEAL memory"]);
  });

  it("writes a sheet's relationships part for its drawing when the sheet has no other relationship", async () => {
    const [sheet] = chartPlans();
    const tableless = {
      ...sheet,
      tables: [],
      charts: sheet.charts.filter((c) => c.kind !== "tableBar"),
    };
    const files = zipParts((await writeChartWorkbook([tableless])).bytes);
    const xml = files.get("xl/worksheets/sheet1.xml") ?? "";
    expect(xml).toContain('<drawing r:id="rIdDealDrawing"/></worksheet>');
    expect(xml.indexOf("<drawing")).toBeGreaterThan(xml.indexOf("<pageMargins"));
    const rels = files.get("xl/worksheets/_rels/sheet1.xml.rels") ?? "";
    // Written as ExcelJS writes the part of a sheet with a table (above).
    expect(rels.slice(0, rels.indexOf("<Relationship "))).toBe(
      parts.get("xl/worksheets/_rels/sheet1.xml.rels")?.slice(0, rels.indexOf("<Relationship "))
    );
    const relationships = parseXml(rels)["Relationships"]["Relationship"];
    expect([relationships].flat().map((rel: Node) => [rel["@Id"], rel["@Target"]])).toEqual([
      ["rIdDealDrawing", "../drawings/drawing1.xml"],
    ]);
  });

  it("leaves out, and reports, a chart of a table the file does not add", async () => {
    const [sheet] = chartPlans();
    const orphan = {
      ...sheet,
      charts: sheet.charts
        .filter((c) => c.kind === "tableBar")
        .map((c) => ({ ...c, table: "nowhere" })),
    };
    const written = await writeChartWorkbook([orphan]);
    expect(written.report.chartsLeftOut).toEqual([
      `${CHART_SHEET}: ${TITLES.bar} (its table nowhere is not one this file adds)`,
    ]);
    const files = zipParts(written.bytes);
    expect([...files.keys()].some((name) => name.startsWith("xl/charts/"))).toBe(false);
    expect(files.get("xl/worksheets/sheet1.xml")).not.toContain("<drawing");
  });
});
