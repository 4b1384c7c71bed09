import { exportReady } from "../../language/checks/export-ready.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

// A draft: no `issued` date (the header's line 5 becomes a comment), so the rule looks at it.
const draft = (body: string, header: Parameters<typeof plan>[1] = {}): string => plan(body, { issued: null, ...header });

const TASK = `
  task A1 "Quán triệt" covers T1 {
    lead btg-tu-a
    support vp-tu-a
    due Q4/2023
    indicator "Tỷ lệ" target 100%
  }
  reporting {
    report "Báo cáo 6 tháng" every 6 months due day 10 to btg-tw
  }`;

const SIGNED = `
  signature {
    authority "T/M BAN THƯỜNG VỤ"
    position "PHÓ BÍ THƯ"
    signer "Nguyễn Văn A"
  }`;

const RECIPIENTS = `
  recipients {
    btg-tw
    "Lưu VT"
  }`;

new RuleTester({ files: BASE_FILES }).run(exportReady, {
  valid: [
    { name: "a draft with a signer and recipients, its place derived from 'Tỉnh ủy A'", code: draft(TASK + SIGNED + RECIPIENTS) },
    { name: "an issued plan is not asked for its document parts", code: plan(TASK) },
    { name: "a plan whose history records its issuance", code: draft(`${TASK}\n  history {\n    2023-09-12 issued\n  }`) },
    {
      name: "a unit's own place serves where its name holds none",
      code: draft(SIGNED + RECIPIENTS, { issuer: "dang-uy-z" }),
      files: { "file:///ws/z.plan": `unit dang-uy-z "Đảng ủy Tập đoàn Z" level province code "ĐU" in trung-uong {\n  place "Hà Nội"\n}\n` },
    },
    { name: "a directive is not checked", code: `directive KL99 {\n  issuer bo-chinh-tri\n}\n` },
  ],
  invalid: [
    {
      name: "a draft without signer and recipients: both offered as quick fixes",
      code: draft(TASK),
      errors: [
        {
          messageId: "missing",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 7,
          text: "P",
          en: "The issued document of plan 'P' leaves blanks: the signer ('signature' … 'signer'), the recipients ('recipients')",
          vi: "Văn bản ban hành của kế hoạch 'P' còn để trống: người ký ('signature' … 'signer'), nơi nhận ('recipients')",
          suggestions: [
            {
              title: "Add recipients: the bodies reported to, the lead and support bodies, and the archive",
              output: draft(`${TASK}\n  recipients {\n    btg-tw\n    btg-tu-a\n    vp-tu-a\n    "Lưu VT"\n  }`),
            },
            {
              title: "Add a signature block (authority, position, signer)",
              output: draft(`${TASK}\n  signature {\n    authority "T/M BAN THƯỜNG VỤ"\n    position ""\n    signer ""\n  }`),
            },
          ],
        },
      ],
    },
    {
      name: "a people's committee's draft: its signature starts from 'TM. ỦY BAN NHÂN DÂN'",
      code: draft(RECIPIENTS, { issuer: "ubnd-a", number: null }),
      files: { "file:///ws/ubnd.plan": `unit ubnd-a "Ủy ban nhân dân tỉnh A" code "UBND" in tinh-uy-a\n` },
      errors: [
        {
          messageId: "missing",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 7,
          data: { plan: "P", parts: "signer" },
          suggestions: [
            {
              output: draft(`${RECIPIENTS}\n  signature {\n    authority "TM. ỦY BAN NHÂN DÂN"\n    position ""\n    signer ""\n  }`, { issuer: "ubnd-a", number: null }),
            },
          ],
        },
      ],
    },
    {
      name: "an empty signer is still missing",
      code: draft(`${RECIPIENTS}\n  signature {\n    signer ""\n  }`),
      errors: [{ messageId: "missing", line: 1, column: 6, endLine: 1, endColumn: 7, data: { plan: "P", parts: "signer" }, suggestions: [] }],
    },
    {
      name: "no place: neither a 'place' nor a name that holds one; a department's head signs without an authority line",
      code: draft(RECIPIENTS, { issuer: "so-z", number: '"5/KH-SNV"' }),
      files: { "file:///ws/z.plan": `unit tap-doan-z "Tập đoàn Z" level province code "TĐ" in trung-uong {\n  unit so-z "Sở Z"\n}\n` },
      errors: [
        {
          messageId: "missing",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 7,
          en: "The issued document of plan 'P' leaves blanks: the place of the date line (the issuer's 'place'), the signer ('signature' … 'signer')",
          suggestions: [
            {
              output: draft(`${RECIPIENTS}\n  signature {\n    position ""\n    signer ""\n  }`, {
                issuer: "so-z",
                number: '"5/KH-SNV"',
              }),
            },
          ],
        },
      ],
    },
  ],
});
