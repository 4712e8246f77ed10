/**
 * V8 heap bounds for the server and worker processes, as `npm start`, `npm run
 * start:worker`, the Dockerfile and the bench run them (heap-flags.spec.ts keeps them
 * equal). Left to itself V8 grows the heap lazily under a high allocation rate: the bench
 * peaked at 441–541 MB of RSS with ~150 MB live; with these bounds, 235 MB and the same
 * figures (issue #19, BENCHMARKS.md). The 10,000-bid evaluation and a 1,000,000-event
 * verify run within them; a process that needs more dies with "heap out of memory" and is
 * restarted, rather than swapping. Override with NODE_OPTIONS on the command.
 */
export const HEAP_FLAGS = ['--max-old-space-size=160', '--max-semi-space-size=8'] as const;
