/**
 * V8 heap bounds for the server and worker processes, as `npm start`, `npm run
 * start:worker`, the Dockerfile and the bench run them (heap-flags.spec.ts keeps them
 * equal). Left to itself V8 grows the old generation lazily under a high allocation rate:
 * the bench peaked at 441–541 MB of RSS. Bounded, it peaks well under 300 MB (issue #19,
 * BENCHMARKS.md). The young generation keeps its default size: halving it (8 MB
 * semi-spaces) cost the protocol and the award 20–50 % in scavenges. The 10,000-bid
 * evaluation and a 1,000,000-event verify run within the bound; a process that needs more
 * dies with "heap out of memory" and is restarted, rather than swapping.
 */
export const HEAP_FLAGS = ['--max-old-space-size=192'] as const;
