// LANGUAGE.md § Lexical, sentence by sentence, against the parser's values (not only "it
// parses"): names, keywords, comments, strings, dates and periods, durations, percentages and
// plain numbers. Rule-level consequences (periods compared by their last day, ...) are tested
// with the rules; this file pins down what each literal *means*.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dayNumber, parse, type DocumentDecl, type SourceFile, type TaskDecl, type UnitDecl } from "../../language/index.js";

const file = (text: string): SourceFile => parse("file:///lexical.plan", text);

/** Parses `text`, which must have no syntax problem. */
function clean(text: string): SourceFile {
  const f = file(text);
  assert.deepEqual(
    f.problems.map((p) => `${p.messageId} ${JSON.stringify(p.data)} at ${p.span.start}`),
    [],
    `syntax problems in ${JSON.stringify(text)}`,
  );
  return f;
}

const units = (f: SourceFile): string[] => f.decls.filter((d): d is UnitDecl => d.kind === "unit").map((u) => u.name.text);
const doc = (f: SourceFile): DocumentDecl => f.decls.find((d): d is DocumentDecl => d.kind === "document")!;
const task = (text: string): TaskDecl => doc(clean(`plan P {\n  task A1 "x" {\n    ${text}\n  }\n}\n`)).tasks[0];
const due = (literal: string) => task(`due ${literal}`).dues[0].value!;

describe("LANGUAGE.md § Lexical", () => {
  describe("names", () => {
    it("a letter or `_`, then letters, digits, `_`, `-`, `.`: KL57, T1, T1.2, tinh-uy-binh-duong", () => {
      const f = clean(["KL57", "T1", "T1.2", "tinh-uy-binh-duong", "_x", "a_b-c.d9", "x-", "T1."].map((n) => `unit ${n}`).join("\n"));
      assert.deepEqual(units(f), ["KL57", "T1", "T1.2", "tinh-uy-binh-duong", "_x", "a_b-c.d9", "x-", "T1."]);
    });

    it("letters are Unicode letters: Vietnamese names are one name each", () => {
      const f = clean(`unit tỉnh-ủy-hà-giang "Tỉnh ủy"\nunit Đảng_ủy.xã-Ân-Phú\nunit ĐU`);
      assert.deepEqual(units(f), ["tỉnh-ủy-hà-giang", "Đảng_ủy.xã-Ân-Phú", "ĐU"]);
    });

    it("a name does not start with a digit, `-` or `.`", () => {
      for (const bad of ["1a", "-a", ".a"]) {
        const f = file(`unit ${bad} "A"`);
        assert.ok(f.problems.length > 0, bad);
        assert.ok(!units(f).includes(bad), bad);
      }
    });

    it("keywords are English words (and may still be used where a name is expected)", () => {
      const f = clean(`unit plan "Đơn vị tên 'plan'"\nplan P {\n  issuer plan\n  approval { step review by plan within 1 day }\n}\n`);
      assert.deepEqual(units(f), ["plan"]);
      assert.equal(doc(f).issuer?.text, "plan");
      assert.equal(doc(f).approval?.steps[0].name.text, "review");
      // A Vietnamese word is not a keyword: `kế-hoạch` is just a name, so this is not a plan.
      assert.ok(file(`kế-hoạch P { }`).problems.length > 0);
    });
  });

  describe("comments", () => {
    it("`// line` and `/* block */`, anywhere between tokens, kept with their text", () => {
      const f = clean(`// đầu tệp\nunit a /* giữa */ "A" // cuối dòng\n/* nhiều\n   dòng */ unit b\n`);
      assert.deepEqual(units(f), ["a", "b"]);
      assert.deepEqual(
        f.comments.map((c) => [c.block, c.text]),
        [
          [false, "// đầu tệp"],
          [true, "/* giữa */"],
          [false, "// cuối dòng"],
          [true, "/* nhiều\n   dòng */"],
        ],
      );
      assert.equal(f.decls[0].kind === "unit" && f.decls[0].title?.value, "A");
    });
  });

  describe("strings", () => {
    it('`"..."` with `\\"` and `\\\\` escapes: the value is unescaped, the raw text kept', () => {
      const f = clean(`unit a "Kết luận \\"57\\" và C:\\\\thư-mục"`);
      const u = f.decls[0] as UnitDecl;
      assert.equal(u.title?.value, 'Kết luận "57" và C:\\thư-mục');
      assert.equal(u.title?.raw, '"Kết luận \\"57\\" và C:\\\\thư-mục"');
    });

    it("they may span lines (the line breaks are part of the value)", () => {
      const f = clean(`directive D {\n  title "Về đẩy mạnh\n  học tập"\n}\nunit after`);
      assert.equal(doc(f).title?.value, "Về đẩy mạnh\n  học tập");
      assert.deepEqual(units(f), ["after"], "the string ends at its closing quote");
    });

    it("Vietnamese text with diacritics, in NFC or NFD, is kept as written", () => {
      const text = "Tỉnh ủy Bình Dương";
      for (const form of [text.normalize("NFC"), text.normalize("NFD")]) {
        assert.equal((clean(`unit a "${form}"`).decls[0] as UnitDecl).title?.value, form);
      }
    });
  });

  describe("dates and periods", () => {
    const day = (y: number, m: number, d: number): number => dayNumber(y, m, d);

    it("ISO `2023-06-15` and Vietnamese `15/6/2023` mean the same day", () => {
      const iso = due("2023-06-15");
      const vi = due("15/6/2023");
      assert.equal(iso.kind, "date");
      assert.equal(vi.kind, "date");
      assert.equal(iso.first, day(2023, 6, 15));
      assert.deepEqual([vi.first, vi.last], [iso.first, iso.last]);
      assert.deepEqual([iso.style, vi.style], ["iso", "vi"]);
    });

    it("day and month may carry a leading zero: `05/06/2023` = `5/6/2023` = `2023-06-05` (5 June)", () => {
      for (const literal of ["05/06/2023", "5/6/2023", "05/6/2023", "5/06/2023", "2023-06-05", "2023-6-5"]) {
        const t = due(literal);
        assert.equal(t.kind, "date", literal);
        assert.deepEqual([t.first, t.last], [day(2023, 6, 5), day(2023, 6, 5)], literal);
      }
    });

    it("a month `2024-06` / `6/2024` runs from its first to its last day", () => {
      for (const literal of ["2024-06", "6/2024", "06/2024"]) {
        const t = due(literal);
        assert.equal(t.kind, "month", literal);
        assert.deepEqual([t.first, t.last], [day(2024, 6, 1), day(2024, 6, 30)], literal);
      }
      assert.equal(due("2/2024").last, day(2024, 2, 29), "a leap February");
    });

    it("a quarter `Q4/2023` runs from 1/10/2023 to 31/12/2023", () => {
      const t = due("Q4/2023");
      assert.equal(t.kind, "quarter");
      assert.deepEqual([t.first, t.last], [day(2023, 10, 1), day(2023, 12, 31)]);
      assert.deepEqual([due("Q1/2024").first, due("Q1/2024").last], [day(2024, 1, 1), day(2024, 3, 31)]);
    });

    it("a year `2024` runs from 1/1 to 31/12", () => {
      const t = due("2024");
      assert.equal(t.kind, "year");
      assert.deepEqual([t.first, t.last], [day(2024, 1, 1), day(2024, 12, 31)]);
      const h = doc(clean("directive D { horizon 2030 }")).horizon!;
      assert.deepEqual([h.kind, h.last], ["year", day(2030, 12, 31)]);
    });

    it("`ongoing` (thường xuyên) has no date", () => {
      const t = due("ongoing");
      assert.equal(t.kind, "ongoing");
      assert.equal(t.first, undefined);
      assert.equal(t.last, undefined);
    });

    it("every form is accepted where a date is expected: issued, horizon, due, review by, history", () => {
      const f = clean(`plan P {
  issued 15/6/2023
  horizon Q4/2030
  task A1 "x" { due 6/2024 }
  reporting { review preliminary by 2025-06 review final by 2030 }
  history { 05/06/2023 approved 2023-06-15 issued }
}`);
      const p = doc(f);
      assert.deepEqual(
        [p.issued?.kind, p.horizon?.kind, p.tasks[0].dues[0].value?.kind, p.reporting?.reviews.map((r) => r.by?.kind), p.history?.events.map((e) => e.date.kind)],
        ["date", "quarter", "month", ["month", "year"], ["date", "date"]],
      );
    });

    it("an impossible date or month is a syntax problem, not a silent wrong day", () => {
      for (const literal of ["31/2/2024", "2023-02-29", "13/2024", "2024-13", "0/2024"]) {
        const f = file(`directive D { horizon ${literal} }`);
        assert.ok(f.problems.some((p) => p.messageId === "invalidDate"), literal);
        assert.equal(doc(f).horizon?.last, undefined, literal);
      }
    });
  });

  describe("durations, percentages, plain numbers", () => {
    it("durations `30 days`, `6 months`, `1 year` (singular and plural)", () => {
      const f = clean(`plan P {
  approval { step a within 30 days step b within 1 day step c within 6 months step d within 1 year step e within 2 years step f within 1 month }
}`);
      assert.deepEqual(
        doc(f).approval!.steps.map((s) => [s.within?.amount, s.within?.unit]),
        [
          [30, "days"],
          [1, "days"],
          [6, "months"],
          [1, "years"],
          [2, "years"],
          [1, "months"],
        ],
      );
      const r = doc(clean(`plan P { reporting { report "r" every 6 months due day 10 to u } }`)).reporting!.reports[0];
      assert.deepEqual([r.every?.amount, r.every?.unit, r.dueDay?.value], [6, "months", 10]);
    });

    it("percentages `100%` and plain numbers `2000`", () => {
      assert.deepEqual(
        ["100%", "2000", "50,5%", "12.5"].map((t) => {
          const q = task(`indicator "i" target ${t}`).indicators[0].target!;
          return [q.kind, q.value, q.raw];
        }),
        [
          ["percent", 100, "100%"],
          ["number", 2000, "2000"],
          ["percent", 50.5, "50,5%"],
          ["number", 12.5, "12.5"],
        ],
      );
    });
  });

  describe("UTF-8", () => {
    it("a byte-order mark at the start is whitespace, not a syntax problem", () => {
      assert.deepEqual(units(clean(`\ufeffunit a "A"`)), ["a"]);
    });
  });
});

describe("LANGUAGE.md's first example is the test fixture, verbatim", () => {
  // The contract lives outside the repository (../shared/docs/LANGUAGE.md from the checkout); when
  // it is there, the fixtures that stand for its example must still be exactly its text.
  const contract = fileURLToPath(new URL("../../../shared/docs/LANGUAGE.md", import.meta.url));

  it("test/fixtures/language-example.plan and the formatter's fixture start with the example's text", function () {
    if (!existsSync(contract)) this.skip();
    // Fences open and close with a ``` line: the first code block is the second piece.
    const example = readFileSync(contract, "utf8").split(/^```[a-z]*\n/m)[1];
    assert.ok(example.includes("plan KH-BD-57 {"), "the first code block is the language example");
    const fixture = readFileSync(new URL("../fixtures/language-example.plan", import.meta.url), "utf8");
    assert.ok(fixture.startsWith(example), "test/fixtures/language-example.plan no longer starts with LANGUAGE.md's example");
    const formatFixture = readFileSync(new URL("../format/fixtures/language-example.plan", import.meta.url), "utf8");
    assert.equal(formatFixture, example);
  });
});
