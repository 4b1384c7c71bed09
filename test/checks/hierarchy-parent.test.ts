import { hierarchyParent } from "../../language/checks/hierarchy-parent.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

// A plan of province A's Standing Board (an organ of tinh-uy-a) and one of province B.
const KH_A_BTV = plan(`\n  task A1 "a" covers T1 { lead btg-tu-a }`, { name: "KH-A-BTV", issuer: "btv-tu-a" });
const KH_B = plan(`\n  task B1 "a" covers T1 { lead btg-tu-b }`, { name: "KH-B-57", issuer: "tinh-uy-b" });

new RuleTester({ files: { ...BASE_FILES, "file:///ws/provinces/kh-a-btv.plan": KH_A_BTV, "file:///ws/provinces/kh-b.plan": KH_B } }).run(
  hierarchyParent,
  {
    valid: [
      {
        // KL57 is issued by bo-chinh-tri, an organ of trung-uong, which contains every province.
        name: "a province cites the Politburo's directive",
        code: plan(`\n  task A1 "a" covers T1 { lead btg-tu-a }`),
      },
      {
        name: "a nested district cites its province's plan",
        code: plan(`\n  task X1 "a" covers A1 { lead btg-hu-x }`, { issuer: "huyen-uy-x", parent: "KH-A-57" }),
      },
      {
        name: "a district placed with `in` cites its province's plan",
        code: plan(`\n  task Y1 "a" covers B1 { lead btg-hu-y }`, { issuer: "btg-hu-y", parent: "KH-B-57" }),
      },
      {
        name: "a district cites a plan of its province's Standing Board (an organ of the province)",
        code: plan(`\n  task X1 "a" covers A1 { lead btg-hu-x }`, { issuer: "huyen-uy-x", parent: "KH-A-BTV" }),
      },
      {
        name: "a plan without a parent, or with an unknown one, is left to other rules",
        code: plan("", { parent: null }) + plan("", { name: "P2", parent: "KHONG-CO" }),
      },
    ],
    invalid: [
      {
        // KH-B-57 has a task B1 (so `covers B1` resolves) and no reporting to meet; KH-A-BTV does
        // not hold B1, and KL57 neither.
        name: "quick fix: the parents under which the plan stays consistent — its own province's plan",
        code: plan(`\n  task Y1 "a" covers B1 { lead btg-hu-y }`, { issuer: "huyen-uy-y", parent: "KH-A-57" }),
        errors: [
          {
            messageId: "notContained",
            line: 7,
            column: 10,
            endLine: 7,
            endColumn: 17,
            suggestions: [
              {
                title: "Change the parent to 'KH-B-57'",
                output: plan(`\n  task Y1 "a" covers B1 { lead btg-hu-y }`, { issuer: "huyen-uy-y", parent: "KH-B-57" }),
              },
            ],
          },
        ],
      },
      {
        name: "a district of province B cites province A's plan",
        code: plan(`\n  task Y1 "a" covers A1 { lead btg-hu-y }`, { issuer: "huyen-uy-y", parent: "KH-A-57" }),
        errors: [
          {
            messageId: "notContained",
            line: 7,
            column: 10,
            endLine: 7,
            endColumn: 17,
            text: "KH-A-57",
            en: "The parent document 'KH-A-57' is issued by 'tinh-uy-a', but 'huyen-uy-y' does not belong to 'tinh-uy-a'",
            vi: "Văn bản cha 'KH-A-57' do 'tinh-uy-a' ban hành, nhưng 'huyen-uy-y' không trực thuộc 'tinh-uy-a'",
          },
        ],
      },
      {
        name: "the parent's issuer is an organ: the message names the unit it belongs to",
        code: plan(`\n  task Y1 "a" covers A1 { lead btg-hu-y }`, { issuer: "huyen-uy-y", parent: "KH-A-BTV" }),
        errors: [
          {
            messageId: "notContainedOrgan",
            line: 7,
            column: 10,
            endLine: 7,
            endColumn: 18,
            en: "The parent document 'KH-A-BTV' is issued by 'btv-tu-a' (an organ of 'tinh-uy-a'), but 'huyen-uy-y' does not belong to 'tinh-uy-a'",
          },
        ],
      },
      {
        name: "a province cites another province's plan (sideways)",
        code: plan(`\n  task A1 "a" covers B1 { lead btg-tu-a }`, { parent: "KH-B-57" }),
        errors: [{ messageId: "notContained", line: 7, column: 10, endLine: 7, endColumn: 17, text: "KH-B-57" }],
      },
      {
        name: "a plan that is its own parent",
        code: plan("", { parent: "P" }),
        errors: [{ messageId: "cycle", line: 7, column: 10, endLine: 7, endColumn: 11, en: "Parent cycle: P → P", vi: "Vòng lặp văn bản cha: P → P" }],
      },
      {
        name: "a parent cycle through two plans: reported on each plan's parent",
        code: plan("", { parent: "Q" }) + plan("", { name: "Q", parent: "P" }),
        errors: [
          { messageId: "cycle", line: 7, column: 10, endLine: 7, endColumn: 11, data: { chain: "P → Q → P" } },
          { messageId: "cycle", line: 16, column: 10, endLine: 16, endColumn: 11, data: { chain: "Q → P → Q" } },
        ],
      },
    ],
  },
);
