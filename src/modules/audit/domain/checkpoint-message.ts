/** One signed chain head (DOMAIN.md §9). */
export interface Checkpoint {
  /** The chain seq whose hash was signed: every event up to it is covered. */
  seq: number;
  /** The hash of link `seq`, hex (64 characters). */
  headHash: string;
  /** Real time of signing (never the sandbox clock). */
  at: Date;
}

/**
 * The exact bytes a checkpoint's Ed25519 signature covers, UTF-8:
 *
 *     checkpoint|<seq>|<headHash>|<at>
 *
 * seq in decimal, headHash as hex, at as ISO-8601 UTC with milliseconds
 * (`checkpoint|42|9f…e1|2026-12-01T09:00:00.000Z`). The leading word keeps a checkpoint
 * signature from ever passing for a receipt signed by the same key, and the other way
 * round. A client rebuilds this string from GET /audit/checkpoints and verifies the
 * signature against the key at GET /receipts/public-key.
 */
export function checkpointMessage(checkpoint: Checkpoint): string {
  return `checkpoint|${checkpoint.seq}|${checkpoint.headHash}|${checkpoint.at.toISOString()}`;
}
