// A synthetic nationwide cascade for benchmarks and scale tests: one directive, `provinces`
// provincial plans, `districts` district plans per province, `grassroots` plans per district.
// Fresh: the directive is issued on `issued`; no plan has a history yet.

export interface SyntheticOptions {
  provinces: number;
  districts: number;
  grassroots: number;
  /** ISO date of the directive's issuance. */
  issued: string;
}

export function syntheticCascade(o: SyntheticOptions): { files: Map<string, string>; count: number } {
  const files = new Map<string, string>();
  let count = 1;
  files.set(
    "file:///synthetic/central.plan",
    `unit tw "Trung ương" level central code "TW" {
  unit bct "Bộ Chính trị"
  unit btg "Ban Tuyên giáo Trung ương"
}
directive D {
  number "1-KL/TW"
  issuer bct
  issued ${o.issued}
  horizon 2030
  task T1 "Nhiệm vụ 1"
  reporting {
    report "Báo cáo năm" every 12 months due day 15 to bct
    review preliminary by 2025-12-31
    review final by 2030-12-31
  }
}
`,
  );
  const plan = (name: string, issuer: string, parent: string, steps: string, dueDay: number, prelim: string): string => `plan ${name} {
  number "1-KH/TU"
  issuer ${issuer}
  implements D
  parent ${parent}
  horizon 2030
  task A1 "Quán triệt" covers T1 {
    lead ${issuer}
    due ongoing
    indicator "Tỷ lệ" target 100%
  }
  approval {
${steps}
  }
  reporting {
    report "Báo cáo 6 tháng" every 6 months due day ${dueDay} to btg
    review preliminary by ${prelim}
    review final by 2030-06-30
  }
}
`;
  for (let p = 0; p < o.provinces; p++) {
    const parts: string[] = [];
    const pu = `p${p}`;
    parts.push(`unit ${pu} "Tỉnh ủy ${p}" level province code "TU" in tw {\n  unit ${pu}-btg "Ban Tuyên giáo"\n  unit ${pu}-btv "Ban Thường vụ"\n`);
    for (let d = 0; d < o.districts; d++) {
      const du = `${pu}-d${d}`;
      parts.push(`  unit ${du} "Huyện ủy ${d}" level district code "HU" {\n`);
      for (let g = 0; g < o.grassroots; g++) parts.push(`    unit ${du}-g${g} "Đảng ủy xã ${g}" level grassroots\n`);
      parts.push(`  }\n`);
    }
    parts.push(`}\n`);
    parts.push(plan(`KH-${pu}`, pu, "D", `    step draft by ${pu}-btg within 30 days\n    step appraise by ${pu}-btg within 10 days\n    step approve by ${pu}-btv within 7 days`, 10, "2025-06-30"));
    count++;
    for (let d = 0; d < o.districts; d++) {
      const du = `${pu}-d${d}`;
      parts.push(plan(`KH-${du}`, du, `KH-${pu}`, `    step draft by ${du} within 20 days\n    step approve by ${du} within 7 days`, 5, "2025-03-31"));
      count++;
      for (let g = 0; g < o.grassroots; g++) {
        const gu = `${du}-g${g}`;
        parts.push(plan(`KH-${gu}`, gu, `KH-${du}`, `    step draft by ${gu} within 15 days`, 1, "2024-12-31"));
        count++;
      }
    }
    files.set(`file:///synthetic/p${p}.plan`, parts.join(""));
  }
  return { files, count };
}
