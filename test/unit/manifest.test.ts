import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/*
 * Offline checks of manifest.xml. `npm run validate` (office-addin-manifest validate) posts the
 * manifest to an online Microsoft service, which is unreachable here, and no XSD of the add-in
 * manifest ships in node_modules (office-addin-manifest and its dependencies carry none), so
 * there is no schema to validate against offline. Standing in for the schema: well-formedness,
 * the element order the schema's sequences require at the top level and in VersionOverrides,
 * the values Office checks (GUID Id, four-part Version, https URLs, string lengths), every resid
 * resolving to a resource of the right kind, and every URL naming a file the build produces, with
 * icons of the declared pixel size.
 */

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const manifestText = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const devServerOrigin = `https://localhost:${
  JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).config.dev_server_port
}`;

/** An XML element with its attributes, child elements in document order, and text. */
interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly Element[];
  readonly text: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toElement(node: OrderedNode): Element {
  const name = Object.keys(node).find((key) => key !== ":@") as string;
  const content = node[name] as OrderedNode[];
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node[":@"] ?? {})) attributes[key.slice(2)] = value;
  return {
    name,
    attributes,
    children: content.filter((child) => !("#text" in child)).map(toElement),
    text: content
      .filter((child) => "#text" in child)
      .map((child) => String(child["#text"]))
      .join("")
      .trim(),
  };
}

function parseManifest(xml: string): Element {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new Error(`manifest.xml is not well-formed XML: ${msg} (line ${line}, column ${col})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    preserveOrder: true,
  });
  const documentNodes = parser.parse(xml) as OrderedNode[];
  const top = documentNodes.filter((node) => !("?xml" in node) && !("#text" in node));
  if (top.length !== 1) throw new Error(`expected one root element, found ${top.length}`);
  return toElement(top[0]);
}

function childrenNamed(element: Element, name: string): Element[] {
  return element.children.filter((child) => child.name === name);
}

/** The one child of that name; throws naming the path when it is missing or repeated. */
function only(element: Element, name: string): Element {
  const found = childrenNamed(element, name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> in <${element.name}>, found ${found.length}`);
  return found[0];
}

function descendants(element: Element): Element[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

function defaultValue(element: Element): string {
  const value = element.attributes.DefaultValue;
  if (value === undefined) throw new Error(`<${element.name}> has no DefaultValue`);
  return value;
}

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";
const resourceKinds: readonly ResourceKind[] = [
  "bt:Images",
  "bt:Urls",
  "bt:ShortStrings",
  "bt:LongStrings",
];

/** Which kind of resource a resid on each element must name (the schema's typing of resid). */
const residKind: Readonly<Record<string, ResourceKind>> = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Namespace: "bt:ShortStrings",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

/** The elements whose DefaultValue is a URL. */
const urlElements = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "bt:Url",
  "bt:Image",
]);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which the format requires to come first. */
function pngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  if (header.length < 24 || !header.subarray(0, 8).equals(PNG_SIGNATURE))
    throw new Error(`${path.relative(root, file)} is not a PNG file`);
  if (header.toString("latin1", 12, 16) !== "IHDR")
    throw new Error(`${path.relative(root, file)} has no IHDR chunk first`);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** The file a dev-server URL names, relative to the site root (dist/), without query or fragment. */
function localFile(url: string): string {
  return decodeURIComponent(new URL(url).pathname).replace(/^\//, "");
}

function isLocalhost(url: string): boolean {
  return new URL(url).hostname === "localhost";
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(manifestText)).toBe(true);
  });

  const app = parseManifest(manifestText);
  const overrides = only(app, "VersionOverrides");
  const resources = only(overrides, "Resources");
  const resourceIds = new Map<ResourceKind, Map<string, string>>(
    resourceKinds.map((kind) => {
      const entries = only(resources, kind).children.map(
        (entry) => [entry.attributes.id, defaultValue(entry)] as const
      );
      return [kind, new Map(entries)];
    })
  );
  const resource = (kind: ResourceKind, id: string) => resourceIds.get(kind)?.get(id);

  describe("add-in identity", () => {
    it("is a task pane app (OfficeApp xsi:type TaskPaneApp) in the appforoffice 1.1 namespace", () => {
      expect(app.name).toBe("OfficeApp");
      expect(app.attributes["xsi:type"]).toBe("TaskPaneApp");
      expect(app.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    });

    it("has a GUID as Id", () => {
      expect(only(app, "Id").text).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
      );
    });

    it("has a four-part Version", () => {
      expect(only(app, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    });

    it("lists its top-level elements in the order the schema requires", () => {
      const schemaOrder = [
        "Id",
        "AlternateId",
        "Version",
        "ProviderName",
        "DefaultLocale",
        "DisplayName",
        "Description",
        "IconUrl",
        "HighResolutionIconUrl",
        "SupportUrl",
        "AppDomains",
        "Hosts",
        "Requirements",
        "DefaultSettings",
        "Permissions",
        "Dictionary",
        "VersionOverrides",
        "ExtendedOverrides",
      ];
      const names = app.children.map((child) => child.name);
      expect(names.filter((name) => !schemaOrder.includes(name))).toEqual([]);
      expect(names).toEqual(
        [...names].sort((a, b) => schemaOrder.indexOf(a) - schemaOrder.indexOf(b))
      );
      const overrideNames = overrides.children.map((child) => child.name);
      expect(overrideNames.indexOf("Hosts")).toBeGreaterThanOrEqual(0);
      expect(overrideNames.indexOf("Hosts")).toBeLessThan(overrideNames.indexOf("Resources"));
    });
  });

  describe("hosts, requirements and permissions", () => {
    it("runs in Excel (Hosts has Workbook)", () => {
      const hosts = childrenNamed(only(app, "Hosts"), "Host").map((host) => host.attributes.Name);
      expect(hosts).toContain("Workbook");
    });

    it("requires the CustomFunctionsRuntime requirement set", () => {
      const sets = descendants(only(app, "Requirements"))
        .filter((element) => element.name === "Set")
        .map((set) => set.attributes.Name);
      expect(sets).toContain("CustomFunctionsRuntime");
    });

    it("asks for exactly ReadWriteDocument, the least a task pane that writes sheets needs", () => {
      expect(only(app, "Permissions").text).toBe("ReadWriteDocument");
    });
  });

  describe("custom functions extension point", () => {
    const workbookHost = childrenNamed(only(overrides, "Hosts"), "Host").find(
      (host) => host.attributes["xsi:type"] === "Workbook"
    );
    const extensionPoint = workbookHost
      ? descendants(workbookHost).find(
          (element) =>
            element.name === "ExtensionPoint" &&
            element.attributes["xsi:type"] === "CustomFunctions"
        )
      : undefined;

    it("is declared for the Workbook host", () => {
      expect(extensionPoint).toBeDefined();
    });

    it.each([
      ["Script", "functions.js"],
      ["Metadata", "functions.json"],
      ["Page", "functions.html"],
    ])("points its %s at a URL ending in %s", (element, file) => {
      const resid = only(only(extensionPoint as Element, element), "SourceLocation").attributes
        .resid;
      const url = resource("bt:Urls", resid);
      expect(url).toBeDefined();
      expect((url as string).endsWith(`/${file}`)).toBe(true);
    });

    it('names the functions with the namespace "DEAL"', () => {
      const resid = only(extensionPoint as Element, "Namespace").attributes.resid;
      expect(resource("bt:ShortStrings", resid)).toBe("DEAL");
    });
  });

  describe("resources", () => {
    it.each(resourceKinds)("gives every entry of %s a unique id", (kind) => {
      const ids = only(resources, kind).children.map((entry) => entry.attributes.id);
      expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("resolves every resid to a resource of the kind its element needs", () => {
      const references = descendants(app).filter((element) => element.attributes.resid);
      expect(references.length).toBeGreaterThan(0);
      const unresolved = references
        .filter((element) => {
          const kinds = residKind[element.name] ? [residKind[element.name]] : resourceKinds;
          return !kinds.some((kind) => resource(kind, element.attributes.resid) !== undefined);
        })
        .map((element) => `<${element.name} resid="${element.attributes.resid}">`);
      expect(unresolved).toEqual([]);
    });

    it("keeps short strings within 125 characters and long strings within 250", () => {
      const tooLong = [
        ...[...(resourceIds.get("bt:ShortStrings") ?? [])].filter(([, text]) => text.length > 125),
        ...[...(resourceIds.get("bt:LongStrings") ?? [])].filter(([, text]) => text.length > 250),
      ].map(([id]) => id);
      expect(tooLong).toEqual([]);
    });

    it("keeps DisplayName within 125 characters and Description within 250", () => {
      expect(defaultValue(only(app, "DisplayName")).length).toBeLessThanOrEqual(125);
      expect(defaultValue(only(app, "Description")).length).toBeLessThanOrEqual(250);
    });
  });

  describe("URLs", () => {
    const urls = descendants(app)
      .filter((element) => urlElements.has(element.name) && element.attributes.DefaultValue)
      .map((element) => ({ element: element.name, url: defaultValue(element) }));
    const appDomains = descendants(app)
      .filter((element) => element.name === "AppDomain")
      .map((element) => ({ element: "AppDomain", url: element.text }));

    it("are all https", () => {
      expect(urls.length).toBeGreaterThan(0);
      const insecure = [...urls, ...appDomains].filter(({ url }) => !url.startsWith("https://"));
      expect(insecure).toEqual([]);
    });

    it(`on localhost use the dev server (${devServerOrigin}) and name files the build puts in dist/`, () => {
      if (!fs.existsSync(dist))
        throw new Error("dist/ is missing: run `npm run build` first, then run the tests.");
      const local = urls.filter(({ url }) => isLocalhost(url));
      expect(local.length).toBeGreaterThan(0);
      expect(local.filter(({ url }) => new URL(url).origin !== devServerOrigin)).toEqual([]);
      const missing = local.filter(({ url }) => {
        const file = path.join(dist, localFile(url));
        return !fs.existsSync(file) || !fs.statSync(file).isFile();
      });
      expect(missing).toEqual([]);
    });
  });

  describe("icons", () => {
    /** Every icon reference with the size the manifest declares for it. */
    const icons = [
      { where: "IconUrl", url: defaultValue(only(app, "IconUrl")), size: 32 },
      {
        where: "HighResolutionIconUrl",
        url: defaultValue(only(app, "HighResolutionIconUrl")),
        size: 64,
      },
      ...new Map(
        descendants(overrides)
          .filter((element) => element.name === "bt:Image" && element.attributes.resid)
          .map((image) => {
            const { resid, size } = image.attributes;
            const icon = {
              where: `bt:Image ${resid}`,
              url: resource("bt:Images", resid) ?? "(unresolved)",
              size: Number(size),
            };
            return [`${resid} ${size}`, icon] as const;
          })
      ).values(),
    ];

    it("declare 16, 32 and 80 pixel images for every ribbon Icon", () => {
      const iconElements = descendants(overrides).filter((element) => element.name === "Icon");
      expect(iconElements.length).toBeGreaterThan(0);
      for (const icon of iconElements) {
        const sizes = childrenNamed(icon, "bt:Image").map((image) => image.attributes.size);
        expect(sizes.sort((a, b) => Number(a) - Number(b))).toEqual(["16", "32", "80"]);
      }
    });

    it.each(
      [...(resourceIds.get("bt:Images") ?? [])].map(([id, url]) => ({
        where: `bt:Image ${id}`,
        url,
      }))
    )("$where is a PNG file in assets/", ({ url }) => {
      const file = path.join(root, localFile(url));
      expect(localFile(url)).toMatch(/^assets\/[^/]+\.png$/);
      expect(fs.existsSync(file)).toBe(true);
      expect(() => pngSize(file)).not.toThrow();
    });

    it.each(icons)("$where is a PNG of $size×$size pixels in assets/", ({ url, size }) => {
      expect(localFile(url)).toMatch(/^assets\/[^/]+\.png$/);
      const file = path.join(root, localFile(url));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    });
  });
});
