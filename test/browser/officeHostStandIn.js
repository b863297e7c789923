/*
 * A stand-in for Office.js in the browser test, served in place of Microsoft's CDN script.
 *
 * It plays an Excel host with an empty workbook: `Excel.run` hands the batch a permissive
 * recording context, where every property read is another proxy, `load()` returns its object,
 * collections have no items, `*OrNullObject` results are null objects and `sync()` resolves after
 * a short delay. Writes are queued and counted, never applied. What happened is kept on
 * `window.__dealHost` for the test to read.
 *
 * Options come from the page's query string, or from `window.__dealHostOptions` set by an init
 * script before this one runs:
 *   theme=dark            Office's dark theme (default light)
 *   host=protected        the workbook structure is protected: `protection.protected` reads true
 *                         and a sync that carries a write fails with AccessDenied
 *   host=denied           protection reads false, but a sync that carries a write fails with
 *                         AccessDenied (a protection Excel reports only on writing)
 *   host=failing          every sync fails with a plain error that has no Office code
 *   syncDelayMs=<number>  how long each sync takes (default 150), so progress can be seen
 *   workbook=deal         instead of an empty workbook, one sheet "Prices" (also the active one)
 *                         whose used range A1:C2 holds three DEAL formulas: TIEREDCOST in C1,
 *                         SLACREDIT in B2, ROLLOVER in C2, which spills C2:G4; the selection is
 *                         C1:C2, and any other range reads as the value 42. Writes are still
 *                         recorded, never applied.
 *
 * The range `workbook.getSelectedRange()` gives is set by the test, at any time, as
 * `window.__dealHostSelection = { address: "'Usage plan'!B2:C37", values: [[…], …] }`: its
 * address, values, rowCount and columnCount then read from it. Without it the selection reads as
 * the empty workbook's (address "", no rows).
 */
/* global window, URLSearchParams, setTimeout -- a browser script, served to the page as office.js */
(function () {
  "use strict";

  var query = new URLSearchParams(window.location.search);
  var given = window.__dealHostOptions || {};
  var options = {
    theme: given.theme || query.get("theme") || "light",
    host: given.host || query.get("host") || "ok",
    syncDelayMs: Number(given.syncDelayMs ?? query.get("syncDelayMs") ?? 150),
    workbook: given.workbook || query.get("workbook") || "empty",
  };
  var isProtected = options.host === "protected";
  var deniesWrites = isProtected || options.host === "denied";
  var failsAlways = options.host === "failing";

  /** What the host saw: one entry per Excel.run, with its syncs, queued operations and values written. */
  var record = { options: options, runs: [], syncs: 0, operations: 0, writes: 0, failedSyncs: 0 };
  window.__dealHost = record;

  var THEMES = {
    light: {
      isDarkTheme: false,
      bodyBackgroundColor: "#FFFFFF",
      bodyForegroundColor: "#000000",
      controlBackgroundColor: "#FFFFFF",
      controlForegroundColor: "#000000",
    },
    dark: {
      isDarkTheme: true,
      bodyBackgroundColor: "#1F1F1F",
      bodyForegroundColor: "#FFFFFF",
      controlBackgroundColor: "#292929",
      controlForegroundColor: "#FFFFFF",
    },
  };

  function OfficeExtensionError(code, message) {
    var error = new Error(message);
    Object.setPrototypeOf(error, OfficeExtensionError.prototype);
    error.name = "RichApi.Error";
    error.code = code;
    error.debugInfo = { code: code, message: message, errorLocation: "Workbook.worksheets.add" };
    return error;
  }
  OfficeExtensionError.prototype = Object.create(Error.prototype);
  OfficeExtensionError.prototype.constructor = OfficeExtensionError;

  var ERROR_CODES = {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
  };

  window.OfficeExtension = {
    Error: OfficeExtensionError,
    ErrorCodes: ERROR_CODES,
    config: { extendedErrorLogging: false },
  };

  // Values a real workbook would give after load(), for an empty, unprotected workbook.
  function plainValue(key) {
    switch (key) {
      case "items":
        return [];
      case "isNullObject":
        return true;
      case "protected":
        return isProtected;
      case "readOnly":
      case "isReadOnly":
      case "isDirty":
        return false;
      case "count":
      case "rowCount":
      case "columnCount":
      case "rowIndex":
      case "columnIndex":
        return 0;
      case "values":
      case "formulas":
      case "text":
      case "numberFormat":
      case "valueTypes":
        return [];
      case "name":
      case "address":
      case "key":
      case "value":
        return "";
      default:
        return undefined;
    }
  }

  // workbook=deal: the cells of the sheet "Prices" (its used range, from A1) as Excel reports them.
  var DEAL_FORMULAS = [
    ["Units", 1000, "=DEAL.TIEREDCOST(B1,E1:G3)"],
    ["Credit", "=DEAL.SLACREDIT(0.995,B1,E5:F7)", "=DEAL.ROLLOVER(B1,E9:E11)"],
  ];
  var DEAL_VALUES = [
    ["Units", 1000, 1250.5],
    ["Credit", 42, 0],
  ];
  var DEAL_SHEET = { name: "Prices", id: "{00000000-0001-0000-0000-000000000000}" };
  // What the ROLLOVER in C2 spills: three periods, five columns.
  var ROLLOVER_SPILL = [
    [0, 800, 0, 200, 0],
    [200, 1000, 0, 0, 0],
    [0, 1200, 200, 0, 0],
  ];

  /**
   * What the workbook=deal host answers for `key` read on the object at `path`, or undefined to
   * answer as the empty workbook does. `item(suffix)` is the collection's one item.
   */
  function dealValue(path, key, item) {
    var onSheet = /\.worksheets(\.items\[0\]|\.getActiveWorksheet\(\)|\.getItem\(\))$/.test(path);
    var used = path.indexOf(".getUsedRangeOrNullObject()") >= 0 && path.indexOf(".worksheets") >= 0;
    var area = /\.areas\.items\[0\]$/.test(path);
    var cell = /\.getRange\([^)]*\)$/.test(path);
    var spill = /\.getRange\(C2\)\.getSpillingToRangeOrNullObject\(\)$/.test(path);
    switch (key) {
      case "items":
        if (/\.worksheets$/.test(path) || /\.areas$/.test(path)) return [item(".items[0]")];
        return undefined;
      case "name":
      case "id":
        return onSheet ? DEAL_SHEET[key] : undefined;
      case "isNullObject":
        return used || spill ? false : undefined;
      case "formulas":
        return used ? DEAL_FORMULAS : undefined;
      case "values":
        return used ? DEAL_VALUES : spill ? ROLLOVER_SPILL : cell ? [[42]] : undefined;
      case "valueTypes":
        if (spill)
          return ROLLOVER_SPILL.map(function (row) {
            return row.map(function () {
              return "Double";
            });
          });
        return cell ? [["Double"]] : undefined;
      case "rowCount":
        return area ? 2 : used ? 2 : spill ? 3 : undefined;
      case "columnCount":
        return used ? 3 : area ? 1 : spill ? 5 : undefined;
      case "rowIndex":
        return spill ? 1 : undefined;
      case "columnIndex":
        return area || spill ? 2 : undefined;
      default:
        return undefined;
    }
  }

  /** What the selected range answers for `key`, or undefined when the test set no selection. */
  function selectionValue(path, key) {
    var selection = window.__dealHostSelection;
    if (!selection || !/\.getSelectedRange\(\)$/.test(path)) return undefined;
    switch (key) {
      case "address":
        return selection.address;
      case "values":
        return selection.values;
      case "rowCount":
        return selection.values.length;
      case "columnCount":
        return selection.values.length > 0 ? selection.values[0].length : 0;
      default:
        return undefined;
    }
  }

  // Calls that only read or manage proxies; anything else that is called or set is a write.
  var READ_CALL = /^(load|track|untrack|toJSON|get\w*)$/;

  function createContext(run) {
    var pendingWrites = 0;

    function note(kind, path, write) {
      run.operations.push(kind + " " + path);
      record.operations++;
      if (write) {
        pendingWrites++;
        record.writes++;
      }
    }

    function sync() {
      run.syncs++;
      record.syncs++;
      var denied = deniesWrites && pendingWrites > 0;
      pendingWrites = 0;
      return new Promise(function (resolve, reject) {
        setTimeout(function () {
          if (!denied && !failsAlways) return resolve(undefined);
          record.failedSyncs++;
          if (failsAlways) return reject(new Error("The connection to Excel was lost."));
          reject(
            OfficeExtensionError(
              ERROR_CODES.accessDenied,
              "The workbook is protected, so its sheets cannot be added or changed."
            )
          );
        }, options.syncDelayMs);
      });
    }

    // workbook=deal: collection items, one proxy per path, so that the same item stays the same.
    var items = {};
    function itemOf(path, parent) {
      if (!items[path]) items[path] = node(path, parent);
      return items[path];
    }

    /** A proxy for `path`; `parent` is the object it was read from (what load() returns). */
    function node(path, parent) {
      // A function target, so that methods (sheets.add, range.getCell…) can be called.
      var proxy = new Proxy(function () {}, {
        get: function (_target, key) {
          if (typeof key === "symbol") {
            if (key === Symbol.toPrimitive)
              return function () {
                return "";
              };
            return undefined;
          }
          // Not a thenable, not a React element: awaiting a proxy gives the proxy.
          if (key === "then" || key === "$$typeof" || key === "constructor") return undefined;
          if (parent === null && key === "sync") return sync;
          if (key === "context") return context;
          if (key === "toJSON")
            return function () {
              return {};
            };
          if (key === "toString" || key === "valueOf")
            return function () {
              return path;
            };
          var selected = selectionValue(path, key);
          if (selected !== undefined) return selected;
          if (options.workbook === "deal") {
            var dealt = dealValue(path, key, function (suffix) {
              return itemOf(path + suffix, proxy);
            });
            if (dealt !== undefined) return dealt;
          }
          var plain = plainValue(key);
          if (plain !== undefined) return plain;
          return node(path + "." + key, proxy);
        },
        set: function (_target, key, value) {
          note("set", path + "." + String(key), true);
          // Values written, with the range they went to, for tests to find an input's value.
          if (key === "values") run.values.push({ range: path, values: value });
          return true;
        },
        apply: function (_target, _self, args) {
          var method = path.slice(path.lastIndexOf(".") + 1);
          var read = READ_CALL.test(method) || path.indexOf("trackedObjects") >= 0;
          // A range keeps its address in its path ("getRange(C2)"): cells answer by address.
          var called = path + "(" + (method === "getRange" ? String(args[0] || "") : "") + ")";
          note("call", called, !read);
          if (method === "load" || method === "track" || method === "untrack") return parent;
          if (method === "getCount") return { value: 0 };
          return node(called, proxy);
        },
      });
      return proxy;
    }

    var context = node("context", null);
    return context;
  }

  // Enum namespaces (Excel.ChartType, Excel.BorderIndex…) give the value Office.js would:
  // the member's name with a capital first letter ("columnClustered" → "ColumnClustered").
  function enumeration() {
    return new Proxy(
      {},
      {
        get: function (_target, key) {
          if (typeof key !== "string" || key === "then") return undefined;
          return key.charAt(0).toUpperCase() + key.slice(1);
        },
      }
    );
  }

  var excel = {
    ErrorCodes: ERROR_CODES,
    run: function () {
      var args = Array.prototype.slice.call(arguments);
      var batch = args.filter(function (arg) {
        return typeof arg === "function";
      })[0];
      if (!batch) return Promise.reject(new Error("Excel.run needs a batch function"));
      var run = { syncs: 0, operations: [], values: [] };
      record.runs.push(run);
      var context = createContext(run);
      return Promise.resolve().then(function () {
        return batch(context);
      });
    },
  };
  window.Excel = new Proxy(excel, {
    get: function (target, key) {
      if (key in target) return target[key];
      if (typeof key !== "string" || key === "then") return undefined;
      return enumeration();
    },
  });

  var hostInfo = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: "en-US",
      contentLanguage: "en-US",
      officeTheme: THEMES[options.theme] || THEMES.light,
      requirements: {
        isSetSupported: function () {
          return true;
        },
      },
      document: { mode: "readWrite", url: "https://example.invalid/Book1.xlsx" },
    },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (typeof callback === "function") callback(hostInfo);
          resolve(hostInfo);
        }, 0);
      });
    },
  };
})();
