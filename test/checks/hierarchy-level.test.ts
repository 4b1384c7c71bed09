import { hierarchyLevel } from "../../language/checks/hierarchy-level.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

// Two-tier local government (2025): the workspace declares its own hierarchy without districts.
const TWO_TIER = `hierarchy {
  level central    "Trung ương"
  level province   "Tỉnh, thành phố"
  level grassroots "Xã, phường, đặc khu"
}
unit trung-uong "Ban Chấp hành Trung ương" level central code "TW"
`;

const DISTRICT_PLAN = plan(`\n  task B1 "a" covers A1 { lead btg-hu-x }`, { name: "KH-X", issuer: "huyen-uy-x", parent: "KH-A-57", number: '"5-KH/HU"' });

new RuleTester({ files: BASE_FILES }).run(hierarchyLevel, {
  valid: [
    {
      name: "nested units without a level are at their container's level; lower levels nested or placed with `in`",
      code: `unit tinh-uy-c "Tỉnh ủy C" level province in trung-uong {\n  unit ubnd-c "UBND tỉnh C" {\n    unit ubnd-tp-c "UBND thành phố" level district\n  }\n}\nunit xa-c "Xã" level grassroots in ubnd-tp-c\n`,
    },
    {
      name: "a plan at the level of its parent's issuer (an organ issuing under the Party committee's plan)",
      code: plan(`\n  task U1 "a" covers A1 { lead so-tttt-a }`, { issuer: "so-tttt-a", parent: "KH-A-57" }),
    },
    {
      name: "a plan below its parent's issuer",
      code: DISTRICT_PLAN,
    },
    {
      name: "a custom two-tier hierarchy: grassroots directly under a province",
      replaceFiles: true,
      code: `${TWO_TIER}unit tinh-uy-m "Tỉnh ủy M" level province in trung-uong {\n  unit dang-uy-xa "Đảng ủy xã" level grassroots\n}\n`,
    },
    {
      name: "an unknown level is unresolved-reference's business",
      code: `unit tinh-uy-c "Tỉnh ủy C" level tinh in trung-uong\n`,
    },
  ],
  invalid: [
    {
      name: "a nested unit at its container's own level",
      code: `unit tinh-uy-c "Tỉnh ủy C" level province in trung-uong {\n  unit thanh-uy "Thành ủy" level province\n}\n`,
      errors: [
        {
          messageId: "unitLevel",
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 42,
          text: "province",
          en: "Unit 'thanh-uy' is at level 'province', which is not below level 'province' of its container 'tinh-uy-c'",
          vi: "Đơn vị 'thanh-uy' ở cấp 'province' nhưng phải thấp hơn cấp 'province' của đơn vị chứa nó 'tinh-uy-c'",
        },
      ],
    },
    {
      name: "a unit placed with `in` at a higher level than its container",
      code: `unit tinh-uy-c "Tỉnh ủy C" level province in huyen-uy-x\n`,
      errors: [{ messageId: "unitLevel", line: 1, column: 34, endLine: 1, endColumn: 42, data: { container: "huyen-uy-x", containerLevel: "district" } }],
    },
    {
      // The container's level is that of its levelled unit (here the province, two containers up).
      name: "a nested unit compared with its container's inherited level",
      code: `unit tinh-uy-c "Tỉnh ủy C" level province in trung-uong {\n  unit ubnd-c "UBND" {\n    unit so-c "Sở" level central\n  }\n}\n`,
      errors: [{ messageId: "unitLevel", line: 3, column: 26, endLine: 3, endColumn: 33, text: "central", data: { container: "ubnd-c" } }],
    },
    {
      name: "a custom two-tier hierarchy: a province inside a commune",
      replaceFiles: true,
      code: `${TWO_TIER}unit xa-m "Xã M" level grassroots in trung-uong {\n  unit tinh-m "Tỉnh M" level province\n}\n`,
      errors: [{ messageId: "unitLevel", line: 8, column: 30, endLine: 8, endColumn: 38, text: "province", data: { containerLevel: "grassroots" } }],
    },
    {
      name: "a province plan whose parent is a district plan",
      files: { "file:///ws/districts/kh-x.plan": DISTRICT_PLAN },
      code: plan(`\n  task A1 "a" covers B1 { lead btg-tu-a }`, { parent: "KH-X" }),
      errors: [
        {
          messageId: "planLevel",
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 19,
          text: "tinh-uy-a",
          en: "Issuer 'tinh-uy-a' (level 'province') is at a higher level than 'huyen-uy-x' (level 'district'), the issuer of the parent document 'KH-X'",
        },
      ],
    },
    {
      name: "units placed in each other (extension: a containment cycle)",
      code: `unit vong-a "A" in vong-b\nunit vong-b "B" in vong-a\n`,
      errors: [
        { messageId: "unitCycle", line: 1, column: 20, endLine: 1, endColumn: 26, text: "vong-b" },
        { messageId: "unitCycle", line: 2, column: 20, endLine: 2, endColumn: 26, text: "vong-a" },
      ],
    },
  ],
});
