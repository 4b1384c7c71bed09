import { documentNumber } from "../../language/checks/document-number.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

const VINACHEM = `unit dang-uy-vnc "Đảng ủy Tập đoàn" level province code "ĐU" in trung-uong {\n  unit btv-du-vnc "Ban Thường vụ"\n}\n`;
const UBND = `unit ubnd-a "Ủy ban nhân dân tỉnh A" code "UBND" in tinh-uy-a\n`;

new RuleTester({ files: { ...BASE_FILES, "file:///ws/vnc.plan": VINACHEM, "file:///ws/ubnd.plan": UBND } }).run(documentNumber, {
  valid: [
    { name: "Party form, the issuer's code inherited from its container", code: plan("", { number: '"211-KH/TU"', issuer: "btv-tu-a" }) },
    { name: "a directive of an organ of the Central Committee (57-KL/TW)", code: `directive KL99 {\n  number "57-KL/TW"\n  issuer bo-chinh-tri\n}\n` },
    { name: "a code of its own (111-HD/BTGTW)", code: plan("", { number: '"111-HD/BTGTW"', issuer: "btg-tw" }) },
    { name: "Vietnamese letters in the code (45-KH/ĐU)", code: plan("", { number: '"45-KH/ĐU"', issuer: "btv-du-vnc" }) },
    {
      name: "State form (139/KH-UBND, 13222/CTr-UBND)",
      code: plan("", { number: '"139/KH-UBND"', issuer: "ubnd-a" }) + plan("", { name: "P2", number: '"13222/CTr-UBND"', issuer: "ubnd-a" }),
    },
    { name: "other document types in real use (88-CTr/TU, 5-QĐ/TU, 9-TTr/TU)", code: plan("", { number: '"88-CTr/TU"' }) + plan("", { name: "P2", number: '"5-QĐ/TU"' }) + plan("", { name: "P3", number: '"9-TTr/TU"' }) },
    { name: "no number, no issuer, an unknown issuer, an issuer without a code", code: plan("", { number: null }) + plan("", { name: "P2", issuer: null }) + plan("", { name: "P3", issuer: "khong-co" }) + `unit to-chuc "Tổ chức"\n` + plan("", { name: "P4", issuer: "to-chuc", number: '"1-KH/ABC"' }) },
  ],
  invalid: [
    {
      name: "the issuer code differs from the issuer's: the code part, with a fix",
      code: plan("", { number: '"214-KH/HU"' }),
      errors: [
        {
          messageId: "issuerCode",
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 20,
          text: "HU",
          en: "Issuer code 'HU' in number '214-KH/HU' differs from the code 'TU' of 'tinh-uy-a'",
          vi: "Ký hiệu cơ quan ban hành 'HU' trong số hiệu '214-KH/HU' khác mã 'TU' của 'tinh-uy-a'",
          suggestions: [{ title: "Change the issuer code to 'TU'", output: plan("", { number: '"214-KH/TU"' }) }],
        },
      ],
    },
    {
      name: "a State number with another body's code",
      code: plan("", { number: '"139/KH-UBND"' }),
      errors: [{ messageId: "issuerCode", line: 2, column: 18, endLine: 2, endColumn: 22, text: "UBND", suggestions: [{ output: plan("", { number: '"139/KH-TU"' }) }] }],
    },
    {
      name: "a code written without its Vietnamese letter (DU for ĐU)",
      code: plan("", { number: '"45-KH/DU"', issuer: "btv-du-vnc" }),
      errors: [{ messageId: "issuerCode", line: 2, column: 17, endLine: 2, endColumn: 19, text: "DU", suggestions: [{ output: plan("", { number: '"45-KH/ĐU"', issuer: "btv-du-vnc" }) }] }],
    },
    {
      name: "a number written with an escape: the whole literal, and the fix rewrites it",
      code: plan("", { number: '"214-KH/H\\U"' }),
      errors: [{ messageId: "issuerCode", line: 2, column: 10, endLine: 2, endColumn: 22, suggestions: [{ output: plan("", { number: '"214-KH/TU"' }) }] }],
    },
    {
      name: "fits neither form",
      code: plan("", { number: '"KH-34/TU"' }) + plan("", { name: "P2", number: '"34/TU"' }) + plan("", { name: "P3", number: '"Số 34-KH/TU"' }),
      errors: [
        {
          messageId: "form",
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 20,
          text: '"KH-34/TU"',
          en: "Number 'KH-34/TU' fits neither Party (57-KL/TW) nor State (139/KH-UBND) numbering",
          vi: "Số hiệu 'KH-34/TU' không theo thể thức văn bản của Đảng (57-KL/TW) hay Nhà nước (139/KH-UBND)",
        },
        { messageId: "form", line: 11, column: 10, endLine: 11, endColumn: 17, text: '"34/TU"' },
        { messageId: "form", line: 20, column: 10, endLine: 20, endColumn: 23 },
      ],
    },
    {
      name: "an unknown document type",
      code: plan("", { number: '"34-XY/TU"' }),
      errors: [{ messageId: "type", line: 2, column: 14, endLine: 2, endColumn: 16, text: "XY", data: { type: "XY" } }],
    },
  ],
});
