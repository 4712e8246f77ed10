import { hash } from 'node:crypto';
import { canonicalJson } from '../../../common/canonical-json/canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

/** What one link of the chain commits to: the event as the API shows it. */
export interface ChainedEvent {
  seq: number;
  at: string;
  actor: { id: string; role: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
}

/**
 * hash = SHA-256(prevHash ‖ canonical JSON of the event), hex (DOMAIN.md §9). The sealer
 * passes `canonicalData` (canonicalJson(event.data)) it has already computed, since it
 * stores it with the link.
 */
export function chainHash(
  prevHash: string,
  event: ChainedEvent,
  canonicalData = canonicalJson(event.data),
): string {
  return hash('sha256', prevHash + canonicalEvent(event, canonicalData), 'hex');
}

/**
 * canonicalJson(event), with the event's own keys written in their RFC 8785 order instead
 * of sorted per event: verifying a million events spent a third of its time sorting them.
 * Only `data` (free-form) goes through the general algorithm. Its SQL twin, which the
 * chain's verification runs in PostgreSQL, is CANONICAL_EVENT_SQL
 * (infrastructure/audit-chain-verification.ts): change both or neither.
 */
export function canonicalEvent(e: ChainedEvent, canonicalData = canonicalJson(e.data)): string {
  const actor = e.actor === null ? 'null' : canonicalJson(e.actor);
  return (
    `{"action":${JSON.stringify(e.action)},"actor":${actor},"at":${JSON.stringify(e.at)},` +
    `"data":${canonicalData},"entityId":${JSON.stringify(e.entityId)},` +
    `"entityType":${JSON.stringify(e.entityType)},"seq":${canonicalJson(e.seq)}}`
  );
}
