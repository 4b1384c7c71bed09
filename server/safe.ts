// Request isolation: every handler runs inside `guard`, so a thrown exception is logged in one
// line and answered with the handler's empty result; a cancelled request is answered as
// cancelled. One bad request never takes the server down.
import { LSPErrorCodes, ResponseError, type CancellationToken } from "vscode-languageserver/node.js";

export type Logger = (line: string) => void;

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const where = error.stack?.split("\n")[1]?.trim() ?? "";
    return `${error.name}: ${error.message}${where ? ` (${where})` : ""}`;
  }
  return String(error);
}

/** A log line: whitespace runs (newlines included) collapsed, at most `max` characters. */
export function oneLine(text: string, max = 400): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function guardRequest<P, R>(
  log: Logger,
  name: string,
  empty: R,
  handler: (params: P, token: CancellationToken | undefined) => R | ResponseError<void> | Promise<R | ResponseError<void>>,
): (params: P, token?: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    if (token?.isCancellationRequested) return cancelled();
    try {
      const result = await handler(params, token);
      if (token?.isCancellationRequested) return cancelled();
      return result;
    } catch (error) {
      log(`[${name}] ${describeError(error).replace(/\s+/g, " ").slice(0, 300)}`);
      return empty;
    }
  };
}

export function guardNotification<P>(log: Logger, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      const result = handler(params);
      if (result instanceof Promise) result.catch((error) => log(`[${name}] ${describeError(error).replace(/\s+/g, " ").slice(0, 300)}`));
    } catch (error) {
      log(`[${name}] ${describeError(error).replace(/\s+/g, " ").slice(0, 300)}`);
    }
  };
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
}

/**
 * Lets long loops give the event loop a turn (so `$/cancelRequest` and edits get through): the
 * first call always yields, later ones once per slice.
 */
export function yielder(sliceMs = 8): () => Promise<void> {
  let last = 0;
  return async () => {
    if (Date.now() - last < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = Date.now();
  };
}
