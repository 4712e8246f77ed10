import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The specs live in ../shared beside the repository root (API.md, DOMAIN.md, CONTRACT.md). Only the
 * specs that hold a status table against its spec read this.
 */
export function specText(name: 'API.md' | 'DOMAIN.md' | 'CONTRACT.md'): string {
  return readFileSync(join(__dirname, '..', '..', '..', 'shared', 'spec', name), 'utf8');
}

/** The statuses a spec names in backticks after `label:` up to the next full stop line end. */
export function statusesNamed(text: string, label: string): string[] {
  const start = text.indexOf(`${label}:`);
  if (start < 0) throw new Error(`no "${label}:" in the spec`);
  const sentence = text.slice(start, text.indexOf('.\n', start));
  return [...sentence.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
}
