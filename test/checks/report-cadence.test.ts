import { reportCadence } from "../../language/checks/report-cadence.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";
import { RuleTester } from "../helpers/rule-tester.js";

// KL57 reports every 12 months due day 15 (to bo-chinh-tri); KH-A-57 every 6 months due day 10.
const reporting = (...lines: string[]): string => `\n  reporting {\n${lines.map((l) => `    ${l}`).join("\n")}\n  }`;
const DISTRICT = { issuer: "huyen-uy-x", parent: "KH-A-57" } as const;

new RuleTester({ files: BASE_FILES }).run(reportCadence, {
  valid: [
    {
      name: "more often and earlier than the parent",
      code: plan(reporting(`report "Báo cáo 6 tháng" every 6 months due day 10 to btg-tw`)),
    },
    {
      name: "as often and on the same day as the parent, in years or days",
      code: plan(reporting(`report "Năm" every 1 year due day 15 to btg-tw`)) + plan(reporting(`report "Năm" every 365 days due day 15 to btg-tw`), { name: "P2" }),
    },
    {
      // A month is 365/12 days, with a day and a half's allowance: 183 days is half a year.
      name: "every 183 days against every 6 months",
      code: plan(reporting(`report "Nửa năm" every 183 days due day 5 to btg-tu-a`), DISTRICT),
    },
    {
      // The report sent up into the parent's province answers it; the internal one is not compared.
      name: "the report sent upwards is the one compared, not an internal one",
      code: plan(reporting(`report "Quý" every 3 months due day 5 to btg-tu-a`, `report "Nội bộ" every 12 months due day 28 to vp-hu-x`), DISTRICT),
    },
    {
      name: "a parent without reports asks for nothing",
      files: { "file:///ws/central/kl99.plan": `directive KL99 {\n  issuer bo-chinh-tri\n  task T1 "a"\n}\n` },
      code: plan("", { parent: "KL99" }),
    },
    {
      name: "no parent, an unknown parent, a directive",
      code: plan("", { parent: null }) + plan("", { name: "P2", parent: "KHONG-CO" }) + `directive KL99 {\n  parent KL57\n}\n`,
    },
  ],
  invalid: [
    {
      name: "reporting less often than the parent",
      code: plan(reporting(`report "Báo cáo" every 2 years due day 10 to btg-tw`)),
      errors: [
        {
          messageId: "lessOften",
          line: 10,
          column: 28,
          endLine: 10,
          endColumn: 35,
          text: "2 years",
          en: "Reporting every 2 years is less often than the parent document 'KL57' requires (every 12 months)",
          vi: "Báo cáo mỗi 2 năm thưa hơn yêu cầu của văn bản cha 'KL57' (mỗi 12 tháng)",
        },
      ],
    },
    {
      name: "due after the parent's due day",
      code: plan(reporting(`report "Báo cáo" every 6 months due day 20 to btg-tw`)),
      errors: [
        {
          messageId: "dueAfter",
          line: 10,
          column: 45,
          endLine: 10,
          endColumn: 47,
          text: "20",
          en: "Reports due on day 20 come after day 15, when the parent document 'KL57' reports: it cannot aggregate them",
          vi: "Hạn báo cáo ngày 20 muộn hơn hạn ngày 15 của văn bản cha 'KL57': cấp trên không kịp tổng hợp",
        },
      ],
    },
    {
      name: "both at once, in days, under a provincial plan",
      code: plan(reporting(`report "Báo cáo" every 200 days due day 11 to btg-tu-a`), DISTRICT),
      errors: [
        {
          messageId: "lessOften",
          line: 10,
          column: 28,
          endLine: 10,
          endColumn: 36,
          text: "200 days",
          data: { parent: "KH-A-57", parentEvery: "6 months" },
          suggestions: [{ title: "Report every 6 months, as the parent does", output: plan(reporting(`report "Báo cáo" every 6 months due day 11 to btg-tu-a`), DISTRICT) }],
        },
        {
          messageId: "dueAfter",
          line: 10,
          column: 45,
          endLine: 10,
          endColumn: 47,
          text: "11",
          data: { parentDay: "10" },
          suggestions: [{ title: "Reports due on day 10", output: plan(reporting(`report "Báo cáo" every 200 days due day 10 to btg-tu-a`), DISTRICT) }],
        },
      ],
    },
    {
      // The internal quarterly report does not hide the yearly one sent up to the province.
      name: "the upward report is compared even when an internal one is more frequent",
      code: plan(reporting(`report "Nội bộ" every 3 months due day 5 to vp-hu-x`, `report "Năm" every 12 months due day 5 to btg-tu-a`), DISTRICT),
      errors: [{ messageId: "lessOften", line: 11, column: 24, endLine: 11, endColumn: 33, text: "12 months" }],
    },
    {
      name: "reports sent outside the parent's unit: the most frequent of all is compared",
      code: plan(reporting(`report "A" every 12 months due day 5 to btg-tu-b`, `report "B" every 9 months due day 5 to btg-hu-y`), DISTRICT),
      errors: [{ messageId: "lessOften", line: 11, column: 22, endLine: 11, endColumn: 30, text: "9 months" }],
    },
    {
      name: "no reporting at all: reported on `parent`",
      code: plan(""),
      errors: [
        {
          messageId: "noReporting",
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 14,
          text: "KL57",
          en: "The plan has no reporting ('report') while its parent document 'KL57' reports every 12 months",
          // To the body that aggregates KL57's reports: its issuer (it has no approval steps).
          suggestions: [
            {
              title: "Add reporting every 12 months, as the parent requires",
              output: plan(reporting(`report "Báo cáo định kỳ" every 12 months due day 15 to bo-chinh-tri`)),
            },
          ],
        },
      ],
    },
    {
      name: "a reporting block with reviews only: reported on `reporting`",
      code: plan(reporting("review final by 2030")),
      errors: [
        {
          messageId: "noReporting",
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 12,
          text: "reporting",
          suggestions: [{ output: plan(reporting(`report "Báo cáo định kỳ" every 12 months due day 15 to bo-chinh-tri`, "review final by 2030")) }],
        },
      ],
    },
  ],
});
