// The lint output formats by name (`--format`). One file per format, results → string.
import { compact } from "./compact.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { jsonWithMetadata } from "./json-with-metadata.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export const FORMATTERS = { stylish, json, sarif, github, junit, compact, "json-with-metadata": jsonWithMetadata } as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export type { Formatter, FormatterContext, LintMessage, LintResult } from "./types.js";
