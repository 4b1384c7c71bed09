// `plancode.json` `ignore` patterns (language/text/glob.ts), as the CLI and the server both apply them.
import assert from "node:assert/strict";
import { globMatcher as globToRegExp, ignoreMatcher } from "../../language/index.js";

describe("language: ignore globs", () => {
  it("matches **, *, ? and folders, anchored at plancode.json's folder", () => {
    const m = ignoreMatcher(["mistakes/**", "drafts", "*.old.plan", "a?c/", "./tmp/*.plan", "**/gen/**"]);
    for (const yes of ["mistakes/x.plan", "mistakes/deep/x.plan", "mistakes/", "drafts/x.plan", "drafts/", "y.old.plan", "abc/z.plan", "tmp/x.plan", "gen/a.plan", "p/q/gen/a.plan"]) {
      assert.ok(m(yes), yes);
    }
    for (const no of ["x/mistakes/y.plan", "draftsy.plan", "sub/y.old.plan", "abbc/z.plan", "tmp/sub/x.plan", "mistakes.plan"]) assert.ok(!m(no), no);
  });

  it("treats regex characters literally", () => {
    assert.ok(globToRegExp("a+(b).plan").test("a+(b).plan"));
    assert.ok(!globToRegExp("a.plan").test("abplan"));
  });
});
