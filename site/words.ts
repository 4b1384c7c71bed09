// The dashboard's own words, in Vietnamese and English. States, deadlines and history events
// come from workflows/labels.ts (the same words `status` and `simulate` print); this table holds
// what only the dashboard says. Pure: site/render.ts and the browser app both read it.
import type { Locale } from "../language/index.js";
import type { SiteData } from "./data.js";

export interface Words {
  dashboard: string;
  loading: string;
  noScript: string;
  asOf: (date: string) => string;
  nav: { overview: string; cascade: string; simulation: string };
  skip: string;
  // Overview
  documents: string;
  withOverdue: string;
  dueSoon: (days: number) => string;
  implementing: string;
  byLevelState: string;
  level: string;
  state: string;
  inApproval: string;
  total: string;
  overdueCol: string;
  whereOverdue: string;
  whereOverdueNote: string;
  body: string;
  overdueBelow: string;
  overdueReports: string;
  noOverdue: string;
  coverage: string;
  coverageNote: (tasks: number) => string;
  plans: string;
  coveredBy: string;
  fullyCovered: (covered: number, tasks: number) => string;
  nextDue: string;
  nextDueNote: string;
  month: string;
  date: string;
  what: string;
  count: string;
  showTable: string;
  // Tree
  search: string;
  searchPlaceholder: string;
  allLevels: string;
  allStates: string;
  onlyOverdue: string;
  matches: (n: string) => string;
  shown: (n: string) => string;
  collapseAll: string;
  treeLabel: string;
  overdueBadge: (n: string) => string;
  belowBadge: (n: string) => string;
  chooseDocument: string;
  // Document
  number: string;
  issuer: string;
  kind: { directive: string; plan: string };
  issued: string;
  horizon: string;
  parent: string;
  file: string;
  openInEditor: string;
  since: string;
  overdue: string;
  next: string;
  nothingOverdue: string;
  timeline: string;
  noHistory: string;
  today: string;
  afterAsOf: string;
  tasks: string;
  task: string;
  covers: string;
  lead: string;
  support: string;
  due: string;
  indicators: string;
  ongoing: string;
  noTasks: string;
  children: (n: string) => string;
  noChildren: string;
  coverageMatrix: string;
  coverageMatrixNote: string;
  covered: string;
  notCovered: string;
  loadingDetails: string;
  detailsFailed: string;
  reportsOnTime: string;
  makesParentLate: string;
  likelyToDelay: string;
  notFound: (name: string) => string;
  // Simulation
  simulationIntro: (runs: string, seed: string, from: string, until: string) => string;
  noSimulation: string;
  milestones: string;
  milestonesNote: string;
  deadline: string;
  median: string;
  p90: string;
  pOnTime: string;
  runsOnDay: string;
  share: string;
  culprits: string;
  culpritsNote: string;
  culpritsLevel: string;
  pMadeLate: string;
  of: string;
  noCulprits: string;
  chartOf: (what: string) => string;
}

const vi: Words = {
  dashboard: "Bảng theo dõi chuỗi kế hoạch",
  loading: "Đang tải…",
  noScript: "Trang này cần JavaScript để hiển thị số liệu.",
  asOf: (date) => `Số liệu ngày ${date}`,
  nav: { overview: "Tổng quan", cascade: "Chuỗi kế hoạch", simulation: "Mô phỏng" },
  skip: "Bỏ qua, đến nội dung chính",
  documents: "Văn bản",
  withOverdue: "Có việc quá hạn",
  dueSoon: (days) => `Đến hạn trong ${days} ngày tới`,
  implementing: "Đang thực hiện",
  byLevelState: "Văn bản theo cấp và trạng thái",
  level: "Cấp",
  state: "Trạng thái",
  inApproval: "Đang trình duyệt",
  total: "Tổng",
  overdueCol: "Có việc quá hạn",
  whereOverdue: "Nơi có việc quá hạn",
  whereOverdueNote: "Số văn bản có việc quá hạn trong từng nhánh (văn bản của đơn vị và mọi cấp dưới), nhiều nhất lên trước.",
  body: "Đơn vị",
  overdueBelow: "Văn bản quá hạn (cả cấp dưới)",
  overdueReports: "Trong đó quá hạn báo cáo",
  noOverdue: "Không có văn bản nào có việc quá hạn.",
  coverage: "Mức bao quát nhiệm vụ của văn bản gốc",
  coverageNote: (tasks) => `Với mỗi nhiệm vụ trong ${tasks} nhóm nhiệm vụ: tỷ lệ kế hoạch ở từng cấp có nhiệm vụ triển khai nó (qua chuỗi “covers”).`,
  plans: "Kế hoạch",
  coveredBy: "Số kế hoạch triển khai",
  fullyCovered: (covered, tasks) => `${covered}/${tasks} nhiệm vụ được mọi kế hoạch triển khai`,
  nextDue: "Sắp đến hạn",
  nextDueNote: "Việc đến hạn gần nhất của mỗi văn bản, theo tháng.",
  month: "Tháng",
  date: "Ngày",
  what: "Việc",
  count: "Số văn bản",
  showTable: "Xem bảng số liệu",
  search: "Tìm văn bản",
  searchPlaceholder: "Tên, số hiệu hoặc cơ quan ban hành",
  allLevels: "Mọi cấp",
  allStates: "Mọi trạng thái",
  onlyOverdue: "Chỉ văn bản có việc quá hạn",
  matches: (n) => `${n} văn bản phù hợp`,
  shown: (n) => `${n} văn bản`,
  collapseAll: "Thu gọn",
  treeLabel: "Chuỗi văn bản từ văn bản gốc đến cơ sở",
  overdueBadge: (n) => `${n} quá hạn`,
  belowBadge: (n) => `${n} cấp dưới quá hạn`,
  chooseDocument: "Chọn một văn bản trong chuỗi để xem chi tiết.",
  number: "Số hiệu",
  issuer: "Cơ quan ban hành",
  kind: { directive: "Văn bản gốc", plan: "Kế hoạch" },
  issued: "Ngày ban hành",
  horizon: "Thời hạn đến",
  parent: "Văn bản cấp trên",
  file: "Tệp",
  openInEditor: "Mở trong trình soạn thảo",
  since: "từ",
  overdue: "Quá hạn",
  next: "Tiếp theo",
  nothingOverdue: "Không có việc quá hạn.",
  timeline: "Quá trình",
  noHistory: "Chưa ghi nhận sự kiện nào.",
  today: "Ngày số liệu",
  afterAsOf: "(sau ngày số liệu)",
  tasks: "Nhiệm vụ",
  task: "Nhiệm vụ",
  covers: "Triển khai nhiệm vụ cấp trên",
  lead: "Chủ trì",
  support: "Phối hợp",
  due: "Thời hạn",
  indicators: "Chỉ tiêu",
  ongoing: "Thường xuyên",
  noTasks: "Văn bản không có nhiệm vụ.",
  children: (n) => `Văn bản cấp dưới (${n})`,
  noChildren: "Không có văn bản cấp dưới.",
  coverageMatrix: "Văn bản cấp dưới triển khai những nhiệm vụ nào",
  coverageMatrixNote: "Mỗi hàng là một văn bản cấp dưới, mỗi cột một nhiệm vụ của văn bản này; ✓: được triển khai.",
  covered: "có",
  notCovered: "chưa",
  loadingDetails: "Đang tải nhiệm vụ…",
  detailsFailed: "Không tải được chi tiết văn bản (thiếu tệp trong thư mục details/).",
  reportsOnTime: "Khả năng báo cáo đúng hạn",
  makesParentLate: "Khả năng làm cấp trên chậm",
  likelyToDelay: "Cấp dưới dễ làm văn bản này chậm nhất",
  notFound: (name) => `Không có văn bản “${name}”.`,
  simulationIntro: (runs, seed, from, until) => `Mô phỏng Monte-Carlo ${runs} lần (hạt giống ${seed}), từ trạng thái ngày ${from} đến ${until}; cùng mô hình với lệnh plancode simulate.`,
  noSimulation: "Không có văn bản gốc để mô phỏng.",
  milestones: "Các mốc của văn bản gốc",
  milestonesNote: "Phân bố ngày hoàn thành qua các lần mô phỏng; vạch đỏ là hạn.",
  deadline: "Hạn",
  median: "Trung vị",
  p90: "90% xong trước",
  pOnTime: "Khả năng đúng hạn",
  runsOnDay: "Số lần mô phỏng",
  share: "Tỷ lệ",
  culprits: "Đơn vị dễ làm cấp trên chậm nhất",
  culpritsNote: "Xác suất (qua các lần mô phỏng) văn bản nộp báo cáo muộn nhất và làm báo cáo của cấp trên trễ hạn.",
  culpritsLevel: "Cấp",
  pMadeLate: "Khả năng làm cấp trên chậm",
  of: "của",
  noCulprits: "Không có đơn vị nào làm cấp trên chậm trong các lần mô phỏng.",
  chartOf: (what) => `Biểu đồ: ${what}`,
};

const en: Words = {
  dashboard: "Cascade dashboard",
  loading: "Loading…",
  noScript: "This page needs JavaScript to show its figures.",
  asOf: (date) => `Figures as of ${date}`,
  nav: { overview: "Overview", cascade: "Cascade", simulation: "Simulation" },
  skip: "Skip to the main content",
  documents: "Documents",
  withOverdue: "With something overdue",
  dueSoon: (days) => `Falling due in the next ${days} days`,
  implementing: "Implementing",
  byLevelState: "Documents by level and state",
  level: "Level",
  state: "State",
  inApproval: "In approval",
  total: "Total",
  overdueCol: "With something overdue",
  whereOverdue: "Where things are overdue",
  whereOverdueNote: "Documents with something overdue in each branch (the body's own documents and every level below), most first.",
  body: "Body",
  overdueBelow: "Overdue documents (incl. below)",
  overdueReports: "Of which reports overdue",
  noOverdue: "No document has anything overdue.",
  coverage: "Coverage of the directive's tasks",
  coverageNote: (tasks) => `For each of the ${tasks} task groups: the share of plans at each level with a task carrying it (through the chain of “covers”).`,
  plans: "Plans",
  coveredBy: "Plans carrying it",
  fullyCovered: (covered, tasks) => `${covered}/${tasks} tasks carried by every plan`,
  nextDue: "Falling due next",
  nextDueNote: "Each document's nearest deadline, by month.",
  month: "Month",
  date: "Date",
  what: "What",
  count: "Documents",
  showTable: "Show the figures as a table",
  search: "Find a document",
  searchPlaceholder: "Name, number or issuing body",
  allLevels: "All levels",
  allStates: "All states",
  onlyOverdue: "Only documents with something overdue",
  matches: (n) => `${n} matching documents`,
  shown: (n) => `${n} documents`,
  collapseAll: "Collapse",
  treeLabel: "The cascade from the directive down to the communes",
  overdueBadge: (n) => `${n} overdue`,
  belowBadge: (n) => `${n} below overdue`,
  chooseDocument: "Choose a document of the cascade to see it.",
  number: "Number",
  issuer: "Issued by",
  kind: { directive: "Directive", plan: "Plan" },
  issued: "Issued",
  horizon: "Horizon",
  parent: "Parent document",
  file: "File",
  openInEditor: "Open in the editor",
  since: "since",
  overdue: "Overdue",
  next: "Next",
  nothingOverdue: "Nothing overdue.",
  timeline: "Lifecycle",
  noHistory: "No event recorded yet.",
  today: "As of",
  afterAsOf: "(after the figures' date)",
  tasks: "Tasks",
  task: "Task",
  covers: "Carries the parent's",
  lead: "Lead",
  support: "Support",
  due: "Due",
  indicators: "Indicators",
  ongoing: "Ongoing",
  noTasks: "The document has no tasks.",
  children: (n) => `Documents below (${n})`,
  noChildren: "No document below this one.",
  coverageMatrix: "Which of its tasks each document below carries",
  coverageMatrixNote: "One row per document below, one column per task of this document; ✓: carried.",
  covered: "yes",
  notCovered: "no",
  loadingDetails: "Loading the tasks…",
  detailsFailed: "The document's details could not be loaded (a file is missing from details/).",
  reportsOnTime: "Chance its reports are on time",
  makesParentLate: "Chance it makes its parent late",
  likelyToDelay: "Documents below most likely to make this one late",
  notFound: (name) => `No document “${name}”.`,
  simulationIntro: (runs, seed, from, until) => `Monte-Carlo simulation, ${runs} runs (seed ${seed}), from each document's state on ${from} until ${until}; the model of plancode simulate.`,
  noSimulation: "No directive to simulate.",
  milestones: "The directive's milestones",
  milestonesNote: "When each milestone is done across the runs; the red line is its deadline.",
  deadline: "Deadline",
  median: "Median",
  p90: "90% done by",
  pOnTime: "Chance on time",
  runsOnDay: "Runs",
  share: "Share",
  culprits: "Bodies most likely to make their parent late",
  culpritsNote: "The probability (over the runs) that a document's report comes last and makes its parent's report late.",
  culpritsLevel: "Level",
  pMadeLate: "Chance it makes its parent late",
  of: "of",
  noCulprits: "No body made its parent late in the runs.",
  chartOf: (what) => `Chart: ${what}`,
};

export const WORDS: Record<Locale, Words> = { vi, en };

/**
 * Short names of the built-in levels for charts and filters ("Tỉnh, thành phố, đảng bộ trực thuộc
 * Trung ương" does not fit an axis; a declared hierarchy's titles are Vietnamese only).
 */
const LEVELS: Record<Locale, Record<string, string>> = {
  vi: { central: "Trung ương", province: "Tỉnh, thành phố", district: "Huyện, quận, thị xã", grassroots: "Cơ sở (xã, phường)" },
  en: { central: "Central", province: "Province", district: "District", grassroots: "Grassroots (commune)" },
};

/** A level for people: the short name of a built-in level, else its declared title. */
export function levelLabel(level: { name: string; title: string } | undefined, locale: Locale): string {
  if (!level) return "—";
  return LEVELS[locale][level.name] ?? level.title;
}

/** The page's title: the dashboard of the main directive (by its number). */
export function siteTitle(data: Pick<SiteData, "main" | "docs" | "strings" | "locale">): string {
  const words = WORDS[data.locale];
  const main = data.docs[data.main];
  const number = main && main.number >= 0 ? data.strings[main.number] : main?.name;
  return number ? `${words.dashboard} — ${number}` : words.dashboard;
}
