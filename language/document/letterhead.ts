// What a body prints at the top of its documents: the header lines (the superior body, then the
// issuing body, both in capitals) and the place of the date line. Derived from the unit tree and
// the units' names, as a Văn phòng would write them; a unit's own `superior`, `heading` and `place`
// lines override the derivation (LANGUAGE.md leaves this to us; docs/language.md "Issued
// documents" states the rules, and the `export-ready` rule says when a place cannot be derived).
//
// Party layout (Hướng dẫn 36-HD/VPTW):
// - a provincial-level committee under the Centre prints its own Party organisation above it:
//   `Tỉnh ủy Bình Dương` → `ĐẢNG BỘ TỈNH BÌNH DƯƠNG` / `TỈNH ỦY`;
// - a lower committee prints the organisation of the committee above it, then its full name:
//   `Huyện ủy Lâm Bình` in `Tỉnh ủy Tuyên Quang` → `ĐẢNG BỘ TỈNH TUYÊN QUANG` / `HUYỆN ỦY LÂM BÌNH`;
// - an organ (a unit nested in another's block without a level of its own) prints its container,
//   then itself: `TỈNH ỦY BÌNH DƯƠNG` / `BAN TUYÊN GIÁO TỈNH ỦY`; the standing committee and the
//   executive committee sign for the committee and print as it (`Ban Thường vụ Tỉnh ủy` → as
//   `Tỉnh ủy Bình Dương`).
// State layout (Nghị định 30/2020/NĐ-CP):
// - a people's committee prints no superior and its name on two lines:
//   `Ủy ban nhân dân tỉnh Hưng Yên` → `ỦY BAN NHÂN DÂN` / `TỈNH HƯNG YÊN`;
// - an organ prints its container (a people's committee abbreviated `UBND`), then itself:
//   `UBND TỈNH HƯNG YÊN` / `SỞ THÔNG TIN VÀ TRUYỀN THÔNG`;
// - any other body prints its name alone.
// The place is the first `place` on the unit and its containers up to its levelled unit, else the
// administrative name in the first of their titles that holds one (`Tỉnh ủy Bình Dương`,
// `Ủy ban nhân dân tỉnh Hưng Yên` → `Bình Dương`, `Hưng Yên`).
import type { DocumentDecl, TextKey, UnitDecl } from "../ast/nodes.js";
import { parseDocumentNumber, type NumberForm } from "./numbering.js";
import type { Workspace } from "../workspace/workspace.js";

export interface Letterhead {
  /** Capital lines above the issuing body (regular); empty when none. */
  superior: string[];
  /** The issuing body as printed, capital lines (bold). */
  issuer: string[];
}

/** A unit's own text statement of `key` (`place`, `superior`, `heading`): its strings. */
export function unitText(unit: UnitDecl, key: TextKey): string[] | undefined {
  const field = unit.texts.find((t) => t.key === key);
  return field?.values.map((v) => v.value);
}

// Committee names: `Tỉnh ủy Bình Dương`, `Huyện ủy Lâm Bình`, `Đảng ủy xã Lăng Can` (both
// spellings of ủy), with the word for the administrative unit their organisation is named after.
const COMMITTEE = /^(Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ) (.+)$/iu;
const COMMITTEE_AREA: Record<string, string> = { tỉnh: "tỉnh", thành: "thành phố", huyện: "huyện", quận: "quận", thị: "thị xã", đảng: "" };
const PEOPLES_COMMITTEE = /^(?:Ủy|Uỷ) ban nhân dân (.+)$/iu;
/** Standing and executive committees sign for their committee (T/M BAN THƯỜNG VỤ). */
const SIGNS_FOR_COMMITTEE = /^Ban (Thường vụ|Chấp hành) /iu;
/** Administrative words before a place name. */
const AREA_WORD = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) (.+)$/iu;

const caps = (text: string): string => text.normalize("NFC").toLocaleUpperCase("vi");

/** An organ: nested in another unit's block, at its level (no `level` of its own). */
function isOrgan(unit: UnitDecl): unit is UnitDecl & { container: UnitDecl } {
  return unit.container !== undefined && unit.level === undefined;
}

/** `Tỉnh ủy Bình Dương` → `Đảng bộ tỉnh Bình Dương`; undefined for a name that is not a committee's. */
function partyOrganisation(title: string): { organisation: string; committee: string } | undefined {
  const m = COMMITTEE.exec(title.normalize("NFC"));
  if (!m) return undefined;
  const area = COMMITTEE_AREA[m[1].toLocaleLowerCase("vi")];
  return { organisation: `Đảng bộ ${area ? `${area} ` : ""}${m[2]}`, committee: `${m[1]} ủy` };
}

/** The header lines of `unit`'s documents in the layout `form`: its own overrides, else derived. */
export function letterheadOf(ws: Workspace, unit: UnitDecl, form: NumberForm, seen = new Set<UnitDecl>()): Letterhead {
  seen.add(unit);
  const derived = form === "party" ? partyLetterhead(ws, unit, seen) : stateLetterhead(unit);
  const superior = unitText(unit, "superior");
  const heading = unitText(unit, "heading");
  return {
    // `superior ""` prints no superior line.
    superior: superior ? superior.filter((line) => line.trim() !== "") : derived.superior,
    issuer: heading ?? derived.issuer,
  };
}

function title(unit: UnitDecl): string {
  return unit.title?.value ?? unit.name.text;
}

function partyLetterhead(ws: Workspace, unit: UnitDecl, seen: Set<UnitDecl>): Letterhead {
  if (isOrgan(unit)) {
    const container = unit.container;
    // Signing for the committee, it prints as the committee does — the committee's overrides included.
    if (SIGNS_FOR_COMMITTEE.test(title(unit)) && !seen.has(container)) return letterheadOf(ws, container, "party", seen);
    return { superior: [caps(title(container))], issuer: [caps(title(unit))] };
  }
  const committee = partyOrganisation(title(unit));
  const above = ws.containerOf(unit);
  const levelledAbove = above && ws.levelledUnit(above);
  const underTheCentre = levelledAbove === undefined || ws.levelOf(levelledAbove)?.rank === 0;
  if (committee && underTheCentre) return { superior: [caps(committee.organisation)], issuer: [caps(committee.committee)] };
  if (!levelledAbove) return { superior: [], issuer: [caps(title(unit))] };
  const organisationAbove = partyOrganisation(title(levelledAbove))?.organisation ?? title(levelledAbove);
  return { superior: [caps(organisationAbove)], issuer: [caps(title(unit))] };
}

function stateLetterhead(unit: UnitDecl): Letterhead {
  const people = PEOPLES_COMMITTEE.exec(title(unit).normalize("NFC"));
  if (people) return { superior: [], issuer: ["ỦY BAN NHÂN DÂN", caps(people[1])] };
  if (isOrgan(unit)) {
    const container = title(unit.container).normalize("NFC");
    const abbreviated = PEOPLES_COMMITTEE.exec(container);
    return { superior: [caps(abbreviated ? `UBND ${abbreviated[1]}` : container)], issuer: [caps(title(unit))] };
  }
  return { superior: [], issuer: [caps(title(unit))] };
}

/** The units whose `place` or title may give `unit`'s place: itself, then its containers up to its levelled unit. */
function placeChain(ws: Workspace, unit: UnitDecl): UnitDecl[] {
  const chain = [unit];
  if (unit.level) return chain;
  for (const container of ws.containerChain(unit)) {
    chain.push(container);
    if (container.level) break;
  }
  return chain;
}

/** The place name of `unit`'s date line, or undefined when neither a `place` nor a title gives one. */
export function placeOf(ws: Workspace, unit: UnitDecl): string | undefined {
  const chain = placeChain(ws, unit);
  for (const u of chain) {
    const place = unitText(u, "place")?.[0]?.trim();
    if (place) return place;
  }
  for (const u of chain) {
    const place = placeInTitle(title(u).normalize("NFC"));
    if (place) return place;
  }
  return undefined;
}

/**
 * The administrative name in a body's title: `Tỉnh ủy Bình Dương` → `Bình Dương`, `Ủy ban nhân dân
 * tỉnh Hưng Yên` → `Hưng Yên`, `Đảng ủy xã Lăng Can` → `Lăng Can`; none in `Đảng ủy Tập đoàn Hóa
 * chất Việt Nam` (a Party committee named after an organisation, not a place).
 */
function placeInTitle(name: string): string | undefined {
  const committee = COMMITTEE.exec(name);
  if (committee && committee[1].toLocaleLowerCase("vi") !== "đảng") return committee[2];
  const named = committee?.[2] ?? PEOPLES_COMMITTEE.exec(name)?.[1];
  if (!named) return undefined;
  return AREA_WORD.exec(named)?.[1] ?? (committee ? undefined : named);
}

/** Titles of State bodies, for a document without a number to choose its layout by. */
const STATE_BODY = /^(?:(?:Ủy|Uỷ) ban nhân dân|Chính phủ|Thủ tướng|Bộ |Sở |Phòng |Văn phòng (?:Ủy|Uỷ) ban nhân dân)/iu;

/**
 * The layout of `doc`'s issued document: the form of its number (`123-KH/TU` Party, `139/KH-UBND`
 * State); without a number (a draft is numbered when it is issued), State when its issuer's
 * title names a State body, else Party.
 */
export function documentLayout(ws: Workspace, doc: DocumentDecl): NumberForm {
  const parsed = doc.number && parseDocumentNumber(doc.number.value);
  if (parsed) return parsed.form;
  const issuer = doc.issuer && ws.lookupUnit(doc.issuer.text);
  return issuer ? bodyLayout(issuer) : "party";
}

/** The layout a body's documents take when nothing else says: State for a State body's title, else Party. */
export function bodyLayout(unit: UnitDecl): NumberForm {
  return STATE_BODY.test(title(unit).normalize("NFC")) ? "state" : "party";
}

/**
 * The usual signing authority of a collective body's documents, for a signature block to start
 * from: a Party committee signs `T/M BAN THƯỜNG VỤ` (on behalf of its standing committee), a
 * people's committee `TM. ỦY BAN NHÂN DÂN`; a department's head signs in his own name (none).
 */
export function usualAuthority(ws: Workspace, unit: UnitDecl): string | undefined {
  const body = isOrgan(unit) && SIGNS_FOR_COMMITTEE.test(title(unit)) ? unit.container : unit;
  const name = title(body).normalize("NFC");
  if (PEOPLES_COMMITTEE.test(name)) return "TM. ỦY BAN NHÂN DÂN";
  if (body.level !== undefined && COMMITTEE.test(name)) return "T/M BAN THƯỜNG VỤ";
  return undefined;
}
