// Vietnamese data the generator draws from: the 63 provinces (before the 2025 merger), syllables
// for district and commune names, and the wording of tasks, indicators, notes and comments, all
// modelled on the seed reports (Kết luận 57-KL/TW and the plans implementing it).

export interface ProvinceInfo {
  /** "Hưng Yên" */
  name: string;
  /** A centrally-run city (thành phố trực thuộc Trung ương): Thành ủy, quận. */
  city: boolean;
  /** Short ASCII abbreviation used in document names (KH-HY-57). */
  abbr: string;
}

const P = (name: string, abbr: string, city = false): ProvinceInfo => ({ name, abbr, city });

export const PROVINCES: readonly ProvinceInfo[] = [
  P("Hà Nội", "HN", true),
  P("Hồ Chí Minh", "HCM", true),
  P("Hải Phòng", "HP", true),
  P("Đà Nẵng", "DNG", true),
  P("Cần Thơ", "CT", true),
  P("An Giang", "AG"),
  P("Bà Rịa - Vũng Tàu", "BRVT"),
  P("Bắc Giang", "BG"),
  P("Bắc Kạn", "BK"),
  P("Bạc Liêu", "BL"),
  P("Bắc Ninh", "BN"),
  P("Bến Tre", "BTR"),
  P("Bình Định", "BDI"),
  P("Bình Dương", "BD"),
  P("Bình Phước", "BP"),
  P("Bình Thuận", "BTH"),
  P("Cà Mau", "CM"),
  P("Cao Bằng", "CB"),
  P("Đắk Lắk", "DLK"),
  P("Đắk Nông", "DNO"),
  P("Điện Biên", "DB"),
  P("Đồng Nai", "DNA"),
  P("Đồng Tháp", "DT"),
  P("Gia Lai", "GL"),
  P("Hà Giang", "HG"),
  P("Hà Nam", "HNA"),
  P("Hà Tĩnh", "HT"),
  P("Hải Dương", "HD"),
  P("Hậu Giang", "HGI"),
  P("Hòa Bình", "HB"),
  P("Hưng Yên", "HY"),
  P("Khánh Hòa", "KH"),
  P("Kiên Giang", "KG"),
  P("Kon Tum", "KT"),
  P("Lai Châu", "LC"),
  P("Lâm Đồng", "LD"),
  P("Lạng Sơn", "LS"),
  P("Lào Cai", "LCA"),
  P("Long An", "LA"),
  P("Nam Định", "ND"),
  P("Nghệ An", "NA"),
  P("Ninh Bình", "NB"),
  P("Ninh Thuận", "NT"),
  P("Phú Thọ", "PT"),
  P("Phú Yên", "PY"),
  P("Quảng Bình", "QB"),
  P("Quảng Nam", "QNA"),
  P("Quảng Ngãi", "QNG"),
  P("Quảng Ninh", "QN"),
  P("Quảng Trị", "QT"),
  P("Sóc Trăng", "ST"),
  P("Sơn La", "SL"),
  P("Tây Ninh", "TN"),
  P("Thái Bình", "TB"),
  P("Thái Nguyên", "TNG"),
  P("Thanh Hóa", "TH"),
  P("Thừa Thiên Huế", "TTH"),
  P("Tiền Giang", "TG"),
  P("Trà Vinh", "TV"),
  P("Tuyên Quang", "TQ"),
  P("Vĩnh Long", "VL"),
  P("Vĩnh Phúc", "VP"),
  P("Yên Bái", "YB"),
];

/** Syllables of place names (districts, communes, villages). */
export const SYLLABLES: readonly string[] = [
  "An", "Bình", "Phú", "Tân", "Hòa", "Thạnh", "Long", "Mỹ", "Hưng", "Thành", "Đông", "Tây", "Nam",
  "Bắc", "Trung", "Sơn", "Lâm", "Hải", "Hà", "Thủy", "Yên", "Vĩnh", "Phước", "Lộc", "Thịnh",
  "Quang", "Minh", "Đức", "Hiệp", "Nghĩa", "Lợi", "Xuân", "Thuận", "Châu", "Cẩm", "Kim", "Ngọc",
  "Hồng", "Lạc", "Tiến", "Thắng", "Quý", "Lương", "Gia", "Định", "Khánh", "Hoàng", "Liên", "Cao",
  "Thái", "Thượng", "Hạ", "Đại", "Tiên", "Phong", "Trường", "Kỳ", "Diễn", "Cát", "Lăng", "Can",
  "Quỳnh", "Hương", "Tĩnh", "Đồng", "Điền", "Hiếu", "Nhân", "Trí", "Tín", "Bảo", "Ninh", "Hùng",
  "Vân", "Dương", "Lý", "Mai", "Tường", "Thọ", "Khê", "Giang", "Hồ", "Lĩnh", "Quế", "Trà", "Ân",
  "Khương", "Tuy", "Văn", "Võ", "Chánh", "Hậu", "Thới", "Vị", "Mường", "Chiềng", "Nà", "Pác",
];

/** The first syllable of many highland place names (Mường Chà, Chiềng Sinh, Ea Kar, Đắk Mil). */
export const HIGHLAND_PREFIXES: readonly string[] = ["Mường", "Chiềng", "Nà", "Pác", "Ea", "Đắk", "Krông", "Bản", "Khuôn"];

/** Kinds of village where a party cell (chi bộ) is based. */
export const VILLAGE_KINDS: readonly string[] = ["thôn", "ấp", "bản", "tổ dân phố", "khu phố", "xóm"];

/** Removes Vietnamese diacritics and lowercases, for slugs: "Lăng Can" → "lang can". */
export function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau". */
export function slug(text: string): string {
  return plain(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "Lăng Can" → "LC"; used in plan names. */
export function initials(text: string): string {
  return slug(text)
    .split("-")
    .filter(Boolean)
    .map((w) => w[0].toUpperCase())
    .join("");
}

// ---------------------------------------------------------------------------------------------
// The directive

export interface DirectiveTask {
  name: string;
  title: string;
  subtasks?: DirectiveTask[];
}

export const KL57_OBJECTIVES: readonly string[] = [
  "Đẩy mạnh tuyên truyền, quảng bá về đất nước Việt Nam hòa bình, hữu nghị, hợp tác, phát triển, là bạn, là đối tác tin cậy, là thành viên tích cực, có trách nhiệm trong cộng đồng quốc tế, góp phần nâng cao vị thế, uy tín của đất nước và Đảng Cộng sản Việt Nam trên trường quốc tế",
  "Khơi dậy tinh thần yêu nước, củng cố sức mạnh đại đoàn kết toàn dân tộc và khát vọng phát triển đất nước phồn vinh, hạnh phúc; tăng cường niềm tin của nhân dân đối với Đảng, Nhà nước và chế độ xã hội chủ nghĩa",
  "Triển khai có hiệu quả đường lối đối ngoại của Đảng và Nhà nước; tranh thủ sự đồng tình, ủng hộ của cộng đồng quốc tế, tạo thuận lợi cho sự nghiệp đổi mới, xây dựng và bảo vệ Tổ quốc, thực hiện thắng lợi Nghị quyết Đại hội lần thứ XIII của Đảng và các mục tiêu phát triển đất nước đến năm 2045",
];

export const KL57_VIEWPOINTS: readonly string[] = [
  "Công tác thông tin đối ngoại là bộ phận quan trọng của công tác chính trị, tư tưởng và công tác đối ngoại của Đảng, ngoại giao Nhà nước, đối ngoại nhân dân; là nhiệm vụ thường xuyên, lâu dài của cả hệ thống chính trị dưới sự lãnh đạo của Đảng",
  "Gắn kết chặt chẽ, triển khai đồng bộ, có trọng tâm, trọng điểm giữa thông tin đối ngoại với thông tin đối nội, giữa đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân",
  "Phát huy sức mạnh tổng hợp của cả hệ thống chính trị, đồng thời động viên sự tham gia tích cực của nhân dân, đồng bào Việt Nam ở nước ngoài và bạn bè quốc tế",
  "Thông tin đối ngoại cần đi trước, có tính dự báo; kết hợp hài hòa giữa \"xây\" và \"chống\"",
  "Không ngừng đổi mới nội dung, đa dạng hóa phương thức thông tin đối ngoại theo phương châm \"Chủ động, đồng bộ, kịp thời, sáng tạo, hiệu quả\", phù hợp với nhu cầu của các đối tượng, khu vực, địa bàn trong và ngoài nước",
];

export const KL57_TASKS: readonly DirectiveTask[] = [
  {
    name: "T1",
    title:
      "Tiếp tục quán triệt, cụ thể hóa, tổ chức thực hiện có hiệu quả chủ trương của Đảng về công tác thông tin đối ngoại; nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức Đảng, chính quyền các cấp, người đứng đầu, cán bộ, đảng viên và nhân dân",
  },
  {
    name: "T2",
    title: "Tích cực đổi mới công tác thông tin đối ngoại theo hướng chuyên nghiệp, hiện đại, hiệu quả, sát thực tiễn",
    subtasks: [
      { name: "T2.1", title: "Phối hợp hài hòa, linh hoạt giữa đối ngoại Đảng, ngoại giao Nhà nước, đối ngoại nhân dân" },
      { name: "T2.2", title: "Đổi mới nội dung, phương thức phù hợp với nhu cầu trao đổi, tiếp cận thông tin của các đối tượng khác nhau" },
    ],
  },
  {
    name: "T3",
    title:
      "Tiếp tục mở rộng việc sử dụng các ngôn ngữ phổ biến và đẩy mạnh ứng dụng khoa học - công nghệ, chuyển đổi số trong thông tin đối ngoại",
    subtasks: [
      { name: "T3.1", title: "Mở rộng việc sử dụng các ngôn ngữ phổ biến trong thông tin đối ngoại" },
      { name: "T3.2", title: "Đẩy mạnh ứng dụng khoa học - công nghệ, chuyển đổi số trong thông tin đối ngoại" },
    ],
  },
  {
    name: "T4",
    title:
      "Xây dựng đội ngũ cán bộ chuyên trách làm công tác thông tin đối ngoại có bản lĩnh chính trị vững vàng, đủ phẩm chất, năng lực, trình độ theo hướng chuyên nghiệp, hiện đại; nâng cao chất lượng đào tạo, bồi dưỡng chuyên ngành thông tin đối ngoại",
  },
  { name: "T5", title: "Mở rộng hợp tác quốc tế về đào tạo, bồi dưỡng cán bộ trong các lĩnh vực liên quan đến thông tin đối ngoại" },
];

export const KL16_TASKS: readonly DirectiveTask[] = [
  { name: "N1", title: "Nâng cao nhận thức về vai trò, vị trí của công tác thông tin đối ngoại trong tình hình mới" },
  { name: "N2", title: "Đổi mới nội dung, hình thức, phương pháp thông tin đối ngoại" },
  { name: "N3", title: "Tăng cường nguồn lực và cơ chế phối hợp cho công tác thông tin đối ngoại giai đoạn 2011 - 2020" },
];

// ---------------------------------------------------------------------------------------------
// Themes: every plan task carries one of the directive's five themes (the task it ultimately
// covers), which picks its wording, its indicator and the kind of body that leads it.

export type Theme = 1 | 2 | 3 | 4 | 5;

/** Task titles per theme; `{noi}` is the place ("trên địa bàn xã Lăng Can"), `{cap}` the level word. */
export const TASK_TITLES: Record<Theme, readonly string[]> = {
  1: [
    "Tổ chức quán triệt, tuyên truyền sâu rộng Kết luận số 57-KL/TW và kế hoạch của cấp trên đến cán bộ, đảng viên và nhân dân {noi}",
    "Cụ thể hóa Kết luận số 57-KL/TW vào chương trình công tác của cấp ủy, chính quyền {cap}; nâng cao nhận thức, trách nhiệm của người đứng đầu",
    "Đưa nội dung thông tin đối ngoại vào sinh hoạt chi bộ thường kỳ, hội nghị báo cáo viên {noi}",
    "Nâng cao nhận thức của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể {cap} về vai trò của công tác thông tin đối ngoại trong tình hình mới",
  ],
  2: [
    "Đổi mới nội dung, đa dạng hóa phương thức thông tin đối ngoại; quảng bá hình ảnh, tiềm năng, văn hóa, con người {noi}",
    "Phối hợp chặt chẽ giữa đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân trong công tác thông tin đối ngoại {noi}",
    "Chủ động cung cấp thông tin, đấu tranh phản bác các quan điểm sai trái, thù địch; kết hợp hài hòa giữa \"xây\" và \"chống\"",
    "Giới thiệu di tích, danh lam thắng cảnh, lễ hội truyền thống và sản phẩm OCOP {noi} tới bạn bè quốc tế",
  ],
  3: [
    "Mở rộng sử dụng ngoại ngữ, đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong thông tin đối ngoại {noi}",
    "Xây dựng chuyên mục thông tin đối ngoại trên trang thông tin điện tử, mạng xã hội của {cap}",
    "Số hóa tư liệu, hình ảnh phục vụ công tác thông tin đối ngoại; ứng dụng nền tảng số trong tuyên truyền {noi}",
  ],
  4: [
    "Kiện toàn, bồi dưỡng đội ngũ cán bộ làm công tác thông tin đối ngoại, báo cáo viên, tuyên truyền viên {cap}",
    "Tập huấn nghiệp vụ thông tin đối ngoại, kỹ năng sử dụng mạng xã hội cho cán bộ, đảng viên {noi}",
    "Nâng cao chất lượng đội ngũ cộng tác viên dư luận xã hội và tuyên truyền viên cơ sở {noi}",
  ],
  5: [
    "Mở rộng hợp tác, trao đổi kinh nghiệm về đào tạo, bồi dưỡng cán bộ làm công tác thông tin đối ngoại",
    "Tranh thủ các chương trình hợp tác quốc tế, giao lưu hữu nghị để bồi dưỡng cán bộ thông tin đối ngoại {cap}",
    "Phối hợp với các tổ chức hữu nghị, kiều bào {noi} trong quảng bá hình ảnh và đào tạo cán bộ",
  ],
};

export interface IndicatorTemplate {
  text: string;
  /** "100%" or a number range. */
  percent?: boolean;
  min?: number;
  max?: number;
}

export const INDICATORS: Record<Theme, readonly IndicatorTemplate[]> = {
  1: [
    { text: "Tỷ lệ chi bộ, tổ chức đảng trực thuộc tổ chức quán triệt", percent: true },
    { text: "Tỷ lệ cán bộ, đảng viên được quán triệt Kết luận số 57-KL/TW", percent: true },
    { text: "Số hội nghị quán triệt, báo cáo viên được tổ chức", min: 1, max: 12 },
  ],
  2: [
    { text: "Số tin, bài, phóng sự quảng bá {ten} trên các kênh thông tin đối ngoại mỗi năm", min: 10, max: 600 },
    { text: "Số hoạt động giao lưu, quảng bá với đối tác nước ngoài mỗi năm", min: 1, max: 30 },
    { text: "Số ấn phẩm giới thiệu {ten} bằng ngoại ngữ", min: 1, max: 20 },
  ],
  3: [
    { text: "Số ngôn ngữ của chuyên mục thông tin đối ngoại", min: 1, max: 5 },
    { text: "Tỷ lệ tư liệu thông tin đối ngoại được số hóa", percent: true },
    { text: "Số bài đăng trên trang mạng xã hội chính thức mỗi tháng", min: 4, max: 60 },
  ],
  4: [
    { text: "Số lượt cán bộ, báo cáo viên được bồi dưỡng nghiệp vụ thông tin đối ngoại", min: 5, max: 300 },
    { text: "Tỷ lệ cán bộ làm công tác thông tin đối ngoại được tập huấn", percent: true },
  ],
  5: [
    { text: "Số chương trình hợp tác, trao đổi về đào tạo cán bộ được triển khai", min: 1, max: 10 },
    { text: "Số lượt cán bộ tham gia các khóa bồi dưỡng có yếu tố nước ngoài", min: 1, max: 40 },
  ],
};

export const DISSEMINATION_NOTES: readonly string[] = [
  "Hội nghị quán triệt, triển khai Kết luận số 57-KL/TW",
  "Hội nghị báo cáo viên",
  "Gửi các chi bộ, đoàn thể trực thuộc",
  "Hội nghị trực tuyến, điểm cầu tại hội trường {ten}",
  "Sinh hoạt chuyên đề tại các chi bộ",
];

export const RETURN_NOTES: readonly string[] = [
  "Bổ sung chỉ tiêu đo lường",
  "Làm rõ cơ quan chủ trì, phối hợp",
  "Điều chỉnh thời hạn hoàn thành",
  "Bổ sung nhiệm vụ chuyển đổi số",
];

export const REPORT_TITLES: readonly string[] = ["Báo cáo 6 tháng, năm", "Báo cáo kết quả thực hiện", "Báo cáo định kỳ"];
