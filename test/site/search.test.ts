// Finding documents (site/search.ts): case, diacritics as typed, a phrase before loose words.
import assert from "node:assert/strict";
import { DocumentSearch } from "../../site/search.js";

const KEYS = [
  "KH-BTH-DP-LC-57 55-KH/ĐU Đảng ủy xã Lâm Châu",
  "KH-QT-LC-57 117-KH/HU Huyện ủy Lâm Châu",
  "KH-X-57 1-KH/ĐU Đảng ủy xã Làm Châu",
  "KH-Y-57 2-KH/ĐU Đảng ủy xã Châu Lâm",
  "KH-BD-57 123-KH/TU Tỉnh ủy Bình Dương",
];
const search = new DocumentSearch(KEYS);
const found = (query: string, eligible?: (i: number) => boolean) => [...search.match(query, eligible)].flatMap((hit, i) => (hit ? [i] : []));

describe("site: search", () => {
  it("keeps the diacritics typed, and ignores them when none are typed", () => {
    assert.deepEqual(found("Lâm Châu"), [0, 1]);
    assert.deepEqual(found("lam chau"), [0, 1, 2]);
    assert.deepEqual(found("LÂM CHÂU"), [0, 1]);
  });

  it("finds a number, a name, an issuer", () => {
    assert.deepEqual(found("123-KH/TU"), [4]);
    assert.deepEqual(found("kh-bd"), [4]);
    assert.deepEqual(found("huyện ủy"), [1]);
    assert.deepEqual(found("dang uy xa"), [0, 2, 3]);
  });

  it("takes the words anywhere when no document has the phrase", () => {
    assert.deepEqual(found("Châu  Đảng ủy"), [0, 2, 3]);
    assert.deepEqual(found("Bình Dương Tỉnh"), [4]);
    assert.deepEqual(found("không có"), []);
  });

  it("searches only among the documents the other filters let through", () => {
    assert.deepEqual(found("lam chau", (i) => i !== 0), [1, 2]);
  });
});
