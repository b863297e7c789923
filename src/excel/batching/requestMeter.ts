import { jsonBytes, officeSliceBytes } from "./payloadSize";

/*
 * The request bytes of Office calls, found by making them on a stand-in that costs each one as
 * Office.js writes it, instead of on Excel: the estimate follows whatever DEAL queues, with no
 * second description of the calls to keep in step. The costs are Office.js's JSON with ids of six
 * digits (a run of up to a million actions and objects), read from its real requests
 * (test/support/officeJsRequests.ts); src/excel/batching/__tests__ checks that they stay above.
 * Like Office.js, the stand-in makes a property's object once (range.format is one path however
 * often it is used); every method call is a new one.
 */

/** A property that leads to another object (range.format): its object path and instantiation. */
const OBJECT_BYTES = 150;
/**
 * A method call (getRange, tables.add, merge): its object path or action and the object it
 * returns, instantiated. DEAL's writes untrack every range (batchObjects.ts), so no action keeps
 * a reference; a load() is costed on its own.
 */
const CALL_BYTES = 280;
/** A property set: the action and its list of object path ids, without the value and the name. */
const SET_BYTES = 130;
/** An Office object given as an argument (charts.add(type, range)): a reference to its path. */
const OBJECT_ARGUMENT_BYTES = 40;
/** A load(): a query action of the object, without its list of properties. */
const LOAD_BYTES = 160;

/**
 * The estimated request bytes of the Office calls `queue` makes on the context it is given.
 * @param queue makes calls as on a real context; reads of properties give stand-ins, so it must
 *   only write (as every queued write of DEAL's does).
 */
export function meterRequest<T>(queue: (context: T) => void): number {
  let bytes = 0;
  const standIns = new WeakSet<object>();
  const argumentBytes = (values: readonly unknown[]) =>
    values.reduce<number>(
      (sum, value) =>
        sum +
        (typeof value === "function" && standIns.has(value)
          ? OBJECT_ARGUMENT_BYTES
          : jsonBytes(value)),
      0
    );

  /**
   * A stand-in object; `costed` once its own path has been paid for (the root, a call's result).
   * @param name the property it was read as, should it be called as a method.
   */
  function standIn(costed: boolean, name?: string): object {
    let paid = costed;
    const pay = () => {
      if (!paid) bytes += OBJECT_BYTES;
      paid = true;
    };
    const properties = new Map<string, object>();
    // A function target, so that a property read as a method can be called.
    const proxy: object = new Proxy(function () {}, {
      get(_target, key) {
        if (typeof key === "symbol" || key === "then") return undefined;
        pay();
        const known = properties.get(key) ?? standIn(false, key);
        properties.set(key, known);
        return known;
      },
      set(_target, key, value) {
        pay();
        bytes += SET_BYTES + String(key).length + argumentBytes([value]);
        if (Array.isArray(value) && Array.isArray(value[0])) {
          bytes += officeSliceBytes(value.length, value[0].length);
        }
        return true;
      },
      // Called: the stand-in was a method, not an object, so only the call is paid for.
      apply(_target, receiver, args) {
        // Untracking a range before its sync only drops the action that would keep it.
        if (name === "untrack") return receiver;
        bytes += (name === "load" ? LOAD_BYTES : CALL_BYTES) + argumentBytes(args);
        return standIn(true);
      },
    });
    standIns.add(proxy);
    return proxy;
  }

  queue(standIn(true) as T);
  return bytes;
}
