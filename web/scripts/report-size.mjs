// Prints what the first page costs: the JavaScript index.html loads at once (its entry and
// modulepreloads), gzipped; fails the build when that passes 1 MB (issue 18).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = 1024 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g),
].map((m) => m[1]);
let raw = 0;
let gzipped = 0;
for (const file of scripts) {
  const bytes = readFileSync(join(dist, file));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `console: first page loads ${scripts.length} JS file(s), ${kb(raw)} raw, ${kb(gzipped)} gzipped (limit ${kb(LIMIT)})`,
);
if (gzipped > LIMIT) {
  console.error('console: the first page is over 1 MB of gzipped JavaScript');
  process.exit(1);
}
