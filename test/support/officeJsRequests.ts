import { readFileSync } from "fs";
import { createContext, runInContext } from "vm";

/*
 * Microsoft's own Office.js (the Excel on the web library of the @microsoft/office-js package),
 * run in a sandbox with its REST request executor pointed at a recorder instead of a host. What
 * it records is the text Office.js sends for each sync: `JSON.stringify` of the request body, the
 * same text its Office Online executor posts to Excel on the web, where the 5 MB limit applies.
 * It is the yardstick the payload estimator (src/excel/batching) is tested against.
 *
 * The recorder answers like a host that keeps every object it is asked to: each instantiated
 * object gets a reference id, so that objects queued in one sync are used in the next exactly as
 * inside a real Excel.run. Nothing is read back: only writes can be measured this way.
 */

const LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

/** What one Excel.run sent: the body of each request, the run's final clean-up included. */
export interface RecordedRun {
  /** The request texts, in order; the last one is Excel.run's own release of references. */
  readonly requests: readonly string[];
  /** The requests of the batch's own syncs (without the final release of references). */
  readonly syncs: readonly string[];
}

interface Sandbox {
  Excel: {
    run: (info: unknown, batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void>;
  };
  OfficeExtension: {
    HttpUtility: {
      setCustomSendRequestFunc: (send: (request: { body: unknown }) => Promise<unknown>) => void;
    };
  };
}

let sandbox: Sandbox | undefined;
let recording: string[] = [];

function load(): Sandbox {
  if (sandbox !== undefined) return sandbox;
  const window: Record<string, unknown> = {
    location: { protocol: "https:", hash: "", search: "", href: "https://localhost/" },
    navigator: { userAgent: "node" },
    name: "",
    document: {
      readyState: "complete",
      addEventListener: () => undefined,
      getElementsByTagName: () => [],
      createElement: () => ({ setAttribute: () => undefined, style: {} }),
    },
    addEventListener: () => undefined,
    setTimeout,
    clearTimeout,
    console,
  };
  window.window = window;
  window.self = window;
  window.top = window;
  window.parent = window;
  const context = createContext(window);
  runInContext(readFileSync(LIBRARY, "utf8"), context, { filename: LIBRARY });
  const loaded = context as unknown as Sandbox;
  loaded.OfficeExtension.HttpUtility.setCustomSendRequestFunc((request) => {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    recording.push(text);
    const body = JSON.parse(text) as {
      Actions: { Id: number; ActionType: number; ObjectPathId: number }[];
      ObjectPaths: Record<string, { D?: boolean }>;
    };
    // ActionType 1 instantiates an object; a reference id lets it be used after this sync,
    // except for an object the add-in untracked ("D": do not keep a reference).
    const kept = (action: { ObjectPathId: number }) =>
      body.ObjectPaths[String(action.ObjectPathId)]?.D !== true;
    const instantiated = body.Actions.filter((action) => action.ActionType === 1 && kept(action));
    const Results = instantiated.map((action) => ({
      ActionId: action.Id,
      Value: { _ReferenceId: `ref${action.ObjectPathId}` },
    }));
    return Promise.resolve({ statusCode: 200, headers: {}, body: JSON.stringify({ Results }) });
  });
  sandbox = loaded;
  return loaded;
}

/**
 * Runs `batch` in Office.js's own Excel.run and returns the request text of every sync.
 * @param batch queues Office calls on the context and syncs as it would in Excel.
 */
export async function recordOfficeJsRun(
  batch: (context: Excel.RequestContext) => Promise<void>
): Promise<RecordedRun> {
  const { Excel } = load();
  recording = [];
  let syncs: string[] = [];
  // The request info is made inside the sandbox: Office.js checks it is a plain object of its own realm.
  const info = runInContext('({ url: "https://example.invalid/", headers: {} })', load() as never);
  await Excel.run(info, async (context) => {
    await batch(context);
    await context.sync();
    syncs = [...recording];
  });
  // The batch's last sync above sends nothing new when the batch already synced everything.
  return { requests: [...recording], syncs };
}

/** UTF-8 bytes of a request text. */
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, "utf8");
