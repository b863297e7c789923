import type { SharingAction, SharingScope } from "../../../../sharing/prepare";
import { TEST_TWINS } from "../../../../sharing/prepare/__tests__/support/testTwins";
import { prepareWithExcel } from "../../prepareWithExcel";
import type { FakeExcel } from "./fakeExcel";

/* Running "Prepare for sharing" against the installed fake Excel, with the tests' twins. */

/** One action, on the active sheet unless another scope is given. */
export const run = (action: SharingAction, scope: SharingScope = "sheet") =>
  prepareWithExcel(action, scope, TEST_TWINS);

/** How many syncs `action` takes on the fake. */
export async function syncsOf(excel: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs();
  await action();
  return excel.syncs() - before;
}
