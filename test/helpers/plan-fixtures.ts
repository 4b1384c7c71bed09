// A small, complete workspace shared by the rule tests: the default hierarchy's levels, central
// bodies, two provinces (A with a nested district X, B with a district Y placed in it with `in`),
// Kết luận 57 and a clean provincial plan of province A. Rule tests add one target file to it.
//
// `plan()` writes a plan whose header always takes lines 1-8, so a row's body starts on line 9:
//   1 plan P {            5   issued 12/9/2023     9.. body
//   2   number "..."      6   implements KL57      last }
//   3   title "..."       7   parent KL57
//   4   issuer tinh-uy-a  8   horizon 2030
// A header field set to `null` becomes a comment line, so the numbering never moves.

export const UNITS = `hierarchy {
  level central    "Trung ương"
  level province   "Tỉnh, thành phố, đảng bộ trực thuộc Trung ương"
  level district   "Huyện, quận, thị xã"
  level grassroots "Cơ sở"
}

unit trung-uong "Ban Chấp hành Trung ương" level central code "TW" {
  unit bo-chinh-tri "Bộ Chính trị"
  unit ban-bi-thu   "Ban Bí thư"
  unit btg-tw       "Ban Tuyên giáo Trung ương" code "BTGTW"
}

unit tinh-uy-a "Tỉnh ủy A" level province code "TU" in trung-uong {
  unit btv-tu-a   "Ban Thường vụ Tỉnh ủy A"
  unit btg-tu-a   "Ban Tuyên giáo Tỉnh ủy A"
  unit vp-tu-a    "Văn phòng Tỉnh ủy A"
  unit so-tttt-a  "Sở Thông tin và Truyền thông tỉnh A"
  unit huyen-uy-x "Huyện ủy X" level district code "HU" {
    unit btg-hu-x "Ban Tuyên giáo Huyện ủy X"
    unit vp-hu-x  "Văn phòng Huyện ủy X"
  }
}

unit tinh-uy-b "Tỉnh ủy B" level province code "TU" in trung-uong {
  unit btg-tu-b "Ban Tuyên giáo Tỉnh ủy B"
}

unit huyen-uy-y "Huyện ủy Y" level district code "HU" in tinh-uy-b {
  unit btg-hu-y "Ban Tuyên giáo Huyện ủy Y"
}
`;

export const KL57 = `directive KL57 {
  number "57-KL/TW"
  title "Về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới"
  issuer bo-chinh-tri
  issued 15/6/2023
  horizon 2030

  task T1 "Tiếp tục quán triệt, cụ thể hóa chủ trương của Đảng về công tác thông tin đối ngoại"
  task T2 "Tích cực đổi mới công tác thông tin đối ngoại" {
    task T2.1 "Phối hợp hài hòa giữa đối ngoại Đảng, ngoại giao Nhà nước, đối ngoại nhân dân"
    task T2.2 "Đổi mới nội dung, phương thức"
  }
  task T3 "Đẩy mạnh chuyển đổi số trong thông tin đối ngoại"

  reporting {
    report "Báo cáo kết quả thực hiện" every 12 months due day 15 to bo-chinh-tri
    review preliminary by 2025-12-31
    review final by 2030-12-31
  }
}
`;

export const KH_A = `plan KH-A-57 {
  number "12-KH/TU"
  title "Kế hoạch thực hiện Kết luận số 57-KL/TW"
  issuer tinh-uy-a
  issued 12/9/2023
  implements KL57
  parent KL57
  horizon 2030

  task A1 "Quán triệt Kết luận 57" covers T1 {
    lead btg-tu-a
    due Q4/2023
    indicator "Tỷ lệ tổ chức đảng quán triệt" target 100%
  }
  task A2 "Đổi mới thông tin đối ngoại của tỉnh" covers T2 {
    lead so-tttt-a
    due ongoing
    indicator "Số tin, bài mỗi năm" target 500
  }
  task A3 "Chuyển đổi số" covers T3 {
    lead so-tttt-a
    due 2025
    indicator "Số ngoại ngữ trên cổng thông tin" target 4
  }

  reporting {
    report "Báo cáo 6 tháng" every 6 months due day 10 to btg-tw
    review preliminary by 2025-06-30
    review final by 2030-06-30
  }
}
`;

/** The shared workspace, by URI (the target file of a row is `file:///ws/test.plan`). */
export const BASE_FILES: Record<string, string> = {
  "file:///ws/units.plan": UNITS,
  "file:///ws/central/kl57.plan": KL57,
  "file:///ws/provinces/kh-a.plan": KH_A,
};

export interface PlanHeader {
  name: string;
  number: string | null;
  title: string | null;
  issuer: string | null;
  issued: string | null;
  implements: string | null;
  parent: string | null;
  horizon: string | null;
}

const DEFAULT_HEADER: PlanHeader = {
  name: "P",
  number: '"34-KH/TU"',
  title: '"Kế hoạch thử"',
  issuer: "tinh-uy-a",
  issued: "12/9/2023",
  implements: "KL57",
  parent: "KL57",
  horizon: "2030",
};

/** A plan with a fixed 8-line header (see above) and `body` from line 9; values are written as is. */
export function plan(body: string, header: Partial<PlanHeader> = {}): string {
  const h = { ...DEFAULT_HEADER, ...header };
  const field = (key: Exclude<keyof PlanHeader, "name">): string => (h[key] === null ? `  // (no ${key})` : `  ${key} ${h[key]}`);
  const lines = [
    `plan ${h.name} {`,
    field("number"),
    field("title"),
    field("issuer"),
    field("issued"),
    field("implements"),
    field("parent"),
    field("horizon"),
  ];
  const b = body.replace(/^\n/, "").replace(/\s+$/, "");
  return `${lines.join("\n")}\n${b ? `${b}\n` : ""}}\n`;
}
