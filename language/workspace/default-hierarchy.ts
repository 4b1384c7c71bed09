// The built-in hierarchy, in force when no file declares one: exactly LANGUAGE.md's example.
export const DEFAULT_LEVELS: readonly { name: string; title: string }[] = [
  { name: "central", title: "Trung ương" },
  { name: "province", title: "Tỉnh, thành phố, đảng bộ trực thuộc Trung ương" },
  { name: "district", title: "Huyện, quận, thị xã" },
  { name: "grassroots", title: "Cơ sở" },
];
