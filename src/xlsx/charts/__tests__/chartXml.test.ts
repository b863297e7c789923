import { chartXml } from "../chartXml";
import { parseXml } from "./support/xml";
import { BAR, COLUMN, LINE } from "./support/specs";

/* The chart part: well-formed DrawingML, in the schema's order, with formulas and caches. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

const chartOf = (xml: string): Node => parseXml(xml)["c:chartSpace"]["c:chart"];
const points = (cache: Node) =>
  (cache["c:pt"] ?? []).map((pt: Node) => [Number(pt["@idx"]), pt["c:v"]]);
const titleText = (title: Node) => title["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"];

describe("chartXml", () => {
  it("writes a line chart: one series per offer, each with its formula and cached values", () => {
    const chart = chartOf(chartXml(LINE));
    expect(titleText(chart["c:title"])).toBe("Cost to date <by month> & offer");
    const plot = chart["c:plotArea"]["c:lineChart"];
    expect(plot["c:grouping"]["@val"]).toBe("standard");
    const [a, b] = plot["c:ser"];
    expect(a["c:tx"]["c:v"]).toBe("Offer A");
    expect(b["c:tx"]["c:v"]).toBe("Offer B");
    expect(a["c:cat"]["c:numRef"]["c:f"]).toBe("'Bob''s model'!$A$2:$A$4");
    expect(points(a["c:cat"]["c:numRef"]["c:numCache"])).toEqual([
      [0, "1"],
      [1, "2"],
      [2, "3"],
    ]);
    const values = a["c:val"]["c:numRef"];
    expect(values["c:f"]).toBe("'Bob''s model'!$B$2:$B$4");
    expect(values["c:numCache"]["c:formatCode"]).toBe('"$"#,##0');
    // A cell without a value is a gap: counted, with no point.
    expect(values["c:numCache"]["c:ptCount"]["@val"]).toBe("3");
    expect(points(values["c:numCache"])).toEqual([
      [0, "100"],
      [1, "250.5"],
    ]);
    expect(plot["c:axId"].map((id: Node) => id["@val"])).toEqual([
      chart["c:plotArea"]["c:catAx"]["c:axId"][0]["@val"],
      chart["c:plotArea"]["c:valAx"]["c:axId"][0]["@val"],
    ]);
    expect(chart["c:legend"]["c:legendPos"]["@val"]).toBe("b");
  });

  it("titles the axes and formats the value axis", () => {
    const area = chartOf(chartXml(LINE))["c:plotArea"];
    expect(area["c:catAx"]["c:axPos"]["@val"]).toBe("b");
    expect(titleText(area["c:catAx"]["c:title"])).toBe("Month");
    expect(area["c:valAx"]["c:axPos"]["@val"]).toBe("l");
    expect(titleText(area["c:valAx"]["c:title"])).toBe("Cost (USD)");
    expect(area["c:valAx"]["c:numFmt"]["@formatCode"]).toBe('"$"#,##0');
    expect(area["c:valAx"]["c:numFmt"]["@sourceLinked"]).toBe("0");
  });

  it("writes clustered columns with text categories as a string reference and cache", () => {
    const chart = chartOf(chartXml(COLUMN));
    const plot = chart["c:plotArea"]["c:barChart"];
    expect([plot["c:barDir"]["@val"], plot["c:grouping"]["@val"]]).toEqual(["col", "clustered"]);
    const category = plot["c:ser"][0]["c:cat"]["c:strRef"];
    expect(category["c:f"]).toBe("'Bob''s model'!$A$7:$A$8");
    expect(points(category["c:strCache"])).toEqual([
      [0, "Low"],
      [1, "High"],
    ]);
  });

  it("writes horizontal bars, the series named from its header cell, without a legend", () => {
    const chart = chartOf(chartXml(BAR));
    const plot = chart["c:plotArea"]["c:barChart"];
    expect(plot["c:barDir"]["@val"]).toBe("bar");
    const name = plot["c:ser"][0]["c:tx"]["c:strRef"];
    expect(name["c:f"]).toBe("'Bench'!$B$1");
    expect(points(name["c:strCache"])).toEqual([[0, "Cost"]]);
    expect(chart["c:plotArea"]["c:catAx"]["c:axPos"]["@val"]).toBe("l");
    expect(chart["c:plotArea"]["c:valAx"]["c:axPos"]["@val"]).toBe("b");
    expect(chart["c:plotArea"]["c:catAx"]["c:title"]).toBeUndefined();
    expect(chart["c:legend"]).toBeUndefined();
  });

  it("puts elements in the order the schema requires", () => {
    const order = (xml: string, tags: string[]) => tags.map((tag) => xml.indexOf(`<${tag}`));
    const increasing = (positions: number[]) => {
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    };
    const line = chartXml(LINE);
    increasing(order(line, ["c:date1904", "c:roundedCorners", "c:chart>", "c:title"]));
    increasing(order(line, ["c:autoTitleDeleted", "c:plotArea", "c:legend", "c:plotVisOnly"]));
    const lineSeries = line.slice(line.indexOf("<c:ser>"));
    increasing(
      order(lineSeries, ["c:idx", "c:order", "c:tx", "c:marker", "c:cat", "c:val", "c:smooth"])
    );
    increasing(order(line, ["c:lineChart", "c:catAx", "c:valAx"]));
    const bar = chartXml(BAR);
    increasing(
      order(bar, ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:gapWidth", "c:axId"])
    );
    increasing(
      order(bar.slice(bar.indexOf("<c:ser>")), ["c:tx", "c:invertIfNegative", "c:cat", "c:val"])
    );
    const valueAxis = line.slice(line.indexOf("<c:valAx"));
    increasing(
      order(valueAxis, [
        "c:axId",
        "c:scaling",
        "c:delete",
        "c:axPos",
        "c:majorGridlines",
        "c:title",
        "c:numFmt",
        "c:crossAx",
        "c:crossBetween",
      ])
    );
    const categoryAxis = bar.slice(bar.indexOf("<c:catAx"), bar.indexOf("</c:catAx>"));
    increasing(
      order(categoryAxis, [
        "c:axId",
        "c:axPos",
        "c:numFmt",
        "c:crossAx",
        "c:auto",
        "c:lblAlgn",
        "c:lblOffset",
        "c:tickLblSkip",
        "c:tickMarkSkip",
        "c:noMultiLvlLbl",
      ])
    );
  });

  it("labels every bar and every column, and leaves a line's categories to the reader", () => {
    for (const spec of [BAR, COLUMN]) {
      const axis = chartOf(chartXml(spec))["c:plotArea"]["c:catAx"];
      expect(axis["c:tickLblSkip"]["@val"]).toBe("1");
      expect(axis["c:tickMarkSkip"]["@val"]).toBe("1");
    }
    expect(chartOf(chartXml(LINE))["c:plotArea"]["c:catAx"]["c:tickLblSkip"]).toBeUndefined();
  });
});
