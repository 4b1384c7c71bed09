// The server's own user-facing strings (hover, code lens, completion details, errors), in vi and
// en like every message of the core.
import { format, type Locale, type Localized } from "../language/index.js";

export const UI = {
  // hover
  task: { vi: "Nhiệm vụ", en: "Task" },
  ofDocument: { vi: "thuộc {kind} {name}", en: "of {kind} {name}" },
  plan: { vi: "kế hoạch", en: "plan" },
  directive: { vi: "văn bản chỉ đạo", en: "directive" },
  planHeading: { vi: "Kế hoạch", en: "Plan" },
  directiveHeading: { vi: "Văn bản chỉ đạo", en: "Directive" },
  unit: { vi: "Đơn vị", en: "Unit" },
  level: { vi: "Cấp", en: "Level" },
  levelOf: { vi: "Cấp: {level}", en: "Level: {level}" },
  code: { vi: "Ký hiệu: {code}", en: "Issuer code: {code}" },
  within: { vi: "Trực thuộc: {chain}", en: "Within: {chain}" },
  number: { vi: "Số hiệu: {number}", en: "Number: {number}" },
  issuer: { vi: "Cơ quan ban hành: {issuer}", en: "Issuer: {issuer}" },
  issued: { vi: "Ngày ban hành: {date}", en: "Issued: {date}" },
  parentDoc: { vi: "Văn bản cấp trên: {name}", en: "Parent: {name}" },
  state: { vi: "Trạng thái: {state}", en: "State: {state}" },
  stateSince: { vi: "Trạng thái: {state} (từ {date})", en: "State: {state} (since {date})" },
  stateSinceShort: { vi: "{state} · từ {date}", en: "{state} · since {date}" },
  overdue: { vi: "Quá hạn: {items}", en: "Overdue: {items}" },
  next: { vi: "Kế tiếp: {what} {date}", en: "Next: {what} {date}" },
  rank: { vi: "bậc {rank} (từ trên xuống)", en: "rank {rank} from the top" },
  unresolved: { vi: "Không tìm thấy '{name}'", en: "'{name}' is not declared" },
  letterhead: { vi: "Đầu văn bản: {lines}", en: "Letterhead: {lines}" },
  place: { vi: "Địa danh ở dòng ngày tháng: {place}", en: "Place of the date line: {place}" },
  noPlace: { vi: "Chưa có địa danh cho dòng ngày tháng (thêm `place \"…\"`)", en: "No place for the date line (add `place \"…\"`)" },
  // code lens
  nextDeadline: { vi: "{what} kế tiếp {date}", en: "next {what} {date}" },
  overdueCount: { vi: "quá hạn {count}", en: "{count} overdue" },
  coverage: { vi: "bao quát {covered}/{total} nhiệm vụ của {parent}", en: "covers {covered}/{total} tasks of {parent}" },
  previewDocument: { vi: "Xem văn bản ban hành", en: "Preview issued document" },
  exportWord: { vi: "Xuất Word", en: "Export to Word" },
  exportPdf: { vi: "Xuất PDF", en: "Export to PDF" },
  // completion
  newPlan: { vi: "Kế hoạch mới", en: "New plan" },
  newDirective: { vi: "Văn bản chỉ đạo mới", en: "New directive" },
  newTask: { vi: "Nhiệm vụ mới", en: "New task" },
  newUnit: { vi: "Đơn vị mới", en: "New unit" },
  newHierarchy: { vi: "Hệ thống cấp", en: "Hierarchy of levels" },
  newApproval: { vi: "Quy trình thẩm định, phê duyệt", en: "Approval steps" },
  newReporting: { vi: "Chế độ báo cáo, sơ kết, tổng kết", en: "Reporting and reviews" },
  newHistory: { vi: "Diễn biến thực tế", en: "What actually happened" },
  isoDate: { vi: "Ngày theo ISO (năm-tháng-ngày)", en: "ISO date (year-month-day)" },
  viDate: { vi: "Ngày kiểu Việt Nam (ngày/tháng/năm)", en: "Vietnamese date (day/month/year)" },
  month: { vi: "Tháng (ngày cuối tháng)", en: "Month (its last day)" },
  quarter: { vi: "Quý (ngày cuối quý)", en: "Quarter (its last day)" },
  year: { vi: "Năm (ngày cuối năm)", en: "Year (its last day)" },
  ongoing: { vi: "Thường xuyên (không có hạn)", en: "Ongoing (no deadline)" },
  today: { vi: "hôm nay", en: "today" },
  nextEvent: { vi: "Sự kiện hợp lệ tiếp theo", en: "Allowed next event" },
  // rename / actions
  cannotRename: { vi: "Chỉ đổi tên được tên của đơn vị, văn bản, nhiệm vụ hoặc cấp", en: "Only names of units, documents, tasks and levels can be renamed" },
  badName: { vi: "'{name}' không phải là một tên hợp lệ", en: "'{name}' is not a valid name" },
  keywordName: { vi: "'{name}' là từ khóa", en: "'{name}' is a keyword" },
  nameTaken: { vi: "Tên '{name}' đã được dùng", en: "The name '{name}' is already taken" },
  disableRule: { vi: "Tắt '{rule}' cho dòng này", en: "Disable '{rule}' for this line" },
  formatRefused: { vi: "Không định dạng: tệp có lỗi cú pháp", en: "Not formatted: the file has syntax errors" },
  // work-done progress
  indexing: { vi: "Đang lập chỉ mục các tệp .plan", en: "Indexing .plan files" },
  checking: { vi: "Đang kiểm tra {done}/{total} tệp", en: "Checking {done}/{total} files" },
  updating: { vi: "Đang cập nhật {done}/{total} tệp đã sửa", en: "Updating {done}/{total} edited files" },
} satisfies Record<string, Localized>;

export type UIKey = keyof typeof UI;

export function t(locale: Locale, key: UIKey, data?: Record<string, string | number>): string {
  return format(UI[key][locale], data);
}

/** Lifecycle states and deadlines in words: the workflow engine's, as `plancode status` prints them. */
export { stateLabel, whatInSentence as deadlineLabel } from "../workflows/index.js";
