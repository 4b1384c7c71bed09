// Reading one `.plan` file from disk, decoded by the one lenient decoder (decode.ts).
import { readFileSync } from "node:fs";
import { decodePlan, type PlanText } from "./decode.js";

/** The file's text (and its `invalidUtf8` problem when its bytes are not UTF-8); read failures are thrown. */
export function readPlanFile(path: string): PlanText {
  return decodePlan(readFileSync(path));
}
