// `today()`: the calendar day where the user is, as `plancode status` (the CLI) computes it.
import assert from "node:assert/strict";
import { dayNumber, today } from "../../language/index.js";

describe("calendar: today", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it("is the local day, not the UTC one (03:00 on 1/1/2024 in Vietnam is still 31/12/2023 in UTC)", () => {
    process.env.TZ = "Asia/Ho_Chi_Minh";
    assert.equal(today(new Date(2024, 0, 1, 3, 0)), dayNumber(2024, 1, 1));
    assert.equal(today(new Date(2024, 0, 1, 23, 59)), dayNumber(2024, 1, 1));
  });

  it("without an argument: the day of the clock now", () => {
    const now = new Date();
    assert.equal(today(), dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate()));
  });
});
