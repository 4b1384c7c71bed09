// Worker-thread entry of fuzz/run.ts: worker threads do not inherit the tsx loader, so register it
// here and then load the TypeScript runner (which sees it is not the main thread).
import { register } from "tsx/esm/api";

register();
await import("./run.ts");
