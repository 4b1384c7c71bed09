// The kernel's layout: every number the compiler (kernel-compile.ts) writes into the typed arrays
// and the run loop (kernel-run.ts) reads back, defined once. The run loop is also the source text
// of the worker threads (kernel-workers.ts), so it cannot import: it receives this module as a
// plain object (`KERNEL_LAYOUT`, structured-cloned to the workers) and takes its constants into
// locals; everything else imports them from here.

/** "No date": a milestone that did not happen in a run, a document without a start. */
export const NONE = -2147483648;

/** Entries per quantile table: the distribution at probabilities (i + 0.5) / TABLE_SIZE; 32 random bits >>> TABLE_SHIFT index one. */
export const TABLE_SIZE = 1024;
export const TABLE_SHIFT = 22;
/**
 * Entries per fresh-draft lag table (kernel-lag.ts); 32 random bits >>> LAG_SHIFT index one. As
 * fine as the step tables; 4096 entries were no better in the tests and four times the cache
 * (17 chains in the nationwide cascade: 68 KB instead of 272, and the loop is bound by misses).
 */
export const LAG_SIZE = 1024;
export const LAG_SHIFT = 22;

/** Lifecycle phases (kernel-compile.ts `phaseOf`). */
export const PHASE_APPROVAL = 0;
export const PHASE_APPROVED = 1;
export const PHASE_ISSUED = 2;
export const PHASE_IMPLEMENTING = 3;
export const PHASE_CLOSED = 4;

/** Fields of KernelData.doc (per document, DOC_STRIDE ints). */
export const DOC_STRIDE = 12;
export const D_LAG = 0; // offset of the fresh-draft lag table, or -1
export const D_PARENT = 1;
export const D_FLAGS = 2; // F_*
export const D_FIRST_K = 3; // reports already made (satisfied instances)
export const D_REP_BASE = 4; // first slot of its report instances in per-run arrays
export const D_LAST_REPORTED = 5;
export const D_CHILD0 = 6; // its children: childList[D_CHILD0 .. D_CHILD1)
export const D_CHILD1 = 7;
export const D_SCHED = 8; // its due-date schedule, or -1 (no reports, or closed)
export const D_SCHED_LAST = 9; // last issuance day with a slot (issued later: nothing due; a recorded issuance: its own day)
export const D_SLOT_SHIFT = 10; // due-table slot = issuance + this
export const D_SLOT0 = 11; // the schedule's first slot

/** Bits of D_FLAGS. */
export const F_DISSEMINATED_BY_ISSUANCE = 1;
export const F_REVIEWS = 2;
/** Issuance and dissemination known (implementing or closed): nothing to draw before reports. */
export const F_FIXED = 4;
