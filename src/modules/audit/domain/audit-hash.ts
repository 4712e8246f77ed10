import { createHash } from 'node:crypto';
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

/** hash = SHA-256(prevHash ‖ canonical JSON of the event), hex (DOMAIN.md §9). */
export function chainHash(prevHash: string, event: ChainedEvent): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(event)).digest('hex');
}
