import { chartPackage } from "../chartParts";
import { parseXml } from "./support/xml";
import { BAR, COLUMN, LINE } from "./support/specs";

/* The package parts around the charts: drawings, their relationships, content types. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

describe("chartPackage", () => {
  const pack = chartPackage(
    new Map([
      [1, [LINE, COLUMN]],
      [2, []],
      [3, [BAR]],
    ])
  );
  const part = (name: string) => {
    const found = pack.parts.find((p) => p.name === name);
    if (found === undefined) throw new Error(`no part ${name}`);
    return parseXml(found.xml);
  };

  it("numbers charts across the workbook and gives each sheet with charts one drawing", () => {
    expect(pack.parts.map((p) => p.name).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    expect(
      part("xl/charts/chart3.xml")["c:chartSpace"]["c:chart"]["c:plotArea"]["c:barChart"][
        "c:barDir"
      ]["@val"]
    ).toBe("bar");
    expect([...pack.drawings]).toEqual([
      [1, { rId: "rIdDealDrawing", target: "../drawings/drawing1.xml" }],
      [3, { rId: "rIdDealDrawing", target: "../drawings/drawing2.xml" }],
    ]);
  });

  it("anchors each chart over its cells, pointing at its chart part by relationship", () => {
    const anchors: Node[] = part("xl/drawings/drawing1.xml")["xdr:wsDr"]["xdr:twoCellAnchor"];
    const corner = (marker: Node) => [Number(marker["xdr:col"]), Number(marker["xdr:row"])];
    expect(anchors.map((a) => [corner(a["xdr:from"]), corner(a["xdr:to"])])).toEqual([
      [
        [4, 0],
        [12, 15],
      ],
      [
        [4, 0],
        [12, 15],
      ],
    ]);
    const frames = anchors.map((a) => a["xdr:graphicFrame"]);
    expect(frames.map((f) => f["xdr:nvGraphicFramePr"]["xdr:cNvPr"]["@name"])).toEqual([
      "DEAL_cumulative",
      "DEAL_scenarios",
    ]);
    const ids = frames.map((f) => f["a:graphic"]["a:graphicData"]["c:chart"]["@r:id"]);
    const rels: Node[] = part("xl/drawings/_rels/drawing1.xml.rels")["Relationships"][
      "Relationship"
    ];
    expect(ids.map((id) => rels.find((rel) => rel["@Id"] === id)["@Target"])).toEqual([
      "../charts/chart1.xml",
      "../charts/chart2.xml",
    ]);
  });

  it("declares the content type of every chart and drawing part", () => {
    const types = parseXml(`<Types>${pack.contentTypes}</Types>`)["Types"]["Override"];
    expect(types.map((t: Node) => [t["@PartName"], t["@ContentType"].split(".").pop()])).toEqual([
      ["/xl/charts/chart1.xml", "chart+xml"],
      ["/xl/charts/chart2.xml", "chart+xml"],
      ["/xl/drawings/drawing1.xml", "drawing+xml"],
      ["/xl/charts/chart3.xml", "chart+xml"],
      ["/xl/drawings/drawing2.xml", "drawing+xml"],
    ]);
  });

  it("adds nothing to a workbook without charts", () => {
    expect(chartPackage(new Map())).toEqual({ parts: [], contentTypes: "", drawings: new Map() });
  });
});
