import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers for one static configuration (no nonces, no directive functions), computed
 * once at start: they are then the same for every answer. @fastify/helmet instead builds a
 * new helmet middleware on every request, parsing the CSP directives again and running two
 * hooks (~4 % of a GET /me CPU profile, issue #19).
 */
export function securityHeaders(
  options: Readonly<HelmetOptions>,
): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      // Helmet ≥ 8.1 throws bad options itself; an error passed here would be a newer habit.
      if (error) throw new Error('helmet refused its options', { cause: error });
    },
  );
  return Object.freeze(headers);
}
