import type { BenchContext } from '../context';
import { runLoad } from '../load/run-load';
import type { LoadResult } from '../load/load-plan';

/** The framework's ceiling: GET /me (JWT check and one indexed read) at the same load. */
export function trivialGet(ctx: BenchContext, durationSec?: number): Promise<LoadResult> {
  return runLoad({
    kind: 'get',
    url: ctx.server.baseUrl,
    path: '/api/v1/me',
    token: ctx.admin.token,
    connections: ctx.settings.connections,
    duration: durationSec ?? Math.max(5, Math.round(ctx.settings.durationSec / 2)),
  });
}
