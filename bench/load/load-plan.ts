/** What the orchestrator asks the load-generator process to do (a JSON file). */
export type LoadPlan =
  | { kind: 'get'; url: string; path: string; token: string; connections: number; duration: number }
  | {
      kind: 'bids';
      url: string;
      tenderId: string;
      /** Each token belongs to a distinct investor organization with no bid on the tender. */
      tokens: string[];
      connections: number;
      duration: number;
    };

/** What it prints back as its last line of output. */
export interface LoadResult {
  durationSec: number;
  ok: number;
  requestsPerSec: number;
  okPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  statusCodes: Record<string, number>;
  /** The load generator's own CPU time while it ran the load, in seconds. */
  cpuSec: number;
  /** Bids submissions: new bids and replacements among the ok answers. */
  created?: number;
  replaced?: number;
}
