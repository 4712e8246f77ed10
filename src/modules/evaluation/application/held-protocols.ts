/**
 * The bytes of protocols this process kept or read last, by tender, each under the version
 * of the kept row they are (keptProtocolOf). The database stays the authority: a reader
 * names the version it holds, and uses these bytes only if the kept row is still that
 * version, so a change made by any process (or a rolled-back keep) is never answered from
 * here. At 10,000 bids a protocol is 5 MB: the award after the officer's last look at it
 * reads 80 ms less of PostgreSQL and decodes 5 MB less. Bounded by bytes; the tender used
 * least recently goes first. A database restored to an earlier point could name a version
 * again with other bytes: restart the processes after a restore, as for any cache.
 */
export class HeldProtocols {
  private readonly held = new Map<string, { version: string; json: Buffer }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The version held for the tender and its bytes, if any. */
  get(tenderId: string): { version: string; json: Buffer } | undefined {
    const entry = this.held.get(tenderId);
    if (entry) {
      this.held.delete(tenderId);
      this.held.set(tenderId, entry);
    }
    return entry;
  }

  hold(tenderId: string, version: string, json: Buffer): void {
    this.drop(tenderId);
    if (json.length > this.maxBytes) return;
    this.held.set(tenderId, { version, json });
    this.bytes += json.length;
    for (const id of this.held.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(id);
    }
  }

  private drop(tenderId: string): void {
    const entry = this.held.get(tenderId);
    if (!entry) return;
    this.held.delete(tenderId);
    this.bytes -= entry.json.length;
  }
}
