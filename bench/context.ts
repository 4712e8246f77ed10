import type { Client } from 'pg';
import type { Api } from './api';
import type { BenchServer } from './server';
import type { BenchSettings } from './settings';

/** What every scenario gets: the running server, a client for it and the database. */
export interface BenchContext {
  settings: BenchSettings;
  server: BenchServer;
  api: Api;
  /** A direct connection to the bench database, for seeding and for reading outcomes. */
  sql: Client;
  jwtSecret: string;
  admin: { token: string };
  officer: { id: string; token: string };
}

/** The server's sandbox clock (real time unless a scenario moved it). */
export async function serverNow(ctx: BenchContext): Promise<Date> {
  const reply = await ctx.api.expect(200, 'GET', '/sandbox/clock', ctx.admin.token);
  return new Date(reply.body.now as string);
}

export async function publishTender(ctx: BenchContext, body: unknown): Promise<string> {
  const created = await ctx.api.expect(201, 'POST', '/tenders', ctx.officer.token, body);
  const id = created.body.id as string;
  await ctx.api.expect(200, 'POST', `/tenders/${id}/publish`, ctx.officer.token, {});
  return id;
}

export const seconds = (ms: number) => Math.round(ms) / 1000;
