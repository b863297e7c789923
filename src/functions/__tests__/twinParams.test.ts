import { DECLARATIONS } from "../declarations";
import { RAMPPRICE_TWIN } from "../../sharing/twins/rampPriceTwin";
import { SLACREDIT_TWIN } from "../../sharing/twins/slaCreditTwin";
import { TIEREDCOST_TWIN } from "../../sharing/twins/tieredCostTwin";

/* Each twin takes the parameters its function declares, in order, optional where declared. */

describe("the twins' parameters", () => {
  it.each([TIEREDCOST_TWIN, SLACREDIT_TWIN, RAMPPRICE_TWIN].map((twin) => [twin.fn, twin]))(
    "%s: as in the function table",
    (_, twin) => {
      const declared = DECLARATIONS[twin.fn].parameters.map(({ name, optional }) => ({
        name,
        optional,
      }));
      expect(twin.params.map(({ name, optional }) => ({ name, optional }))).toEqual(declared);
    }
  );
});
