import { ERROR_STATUS } from '../../../src/common/errors/error-codes';
import type { ApiResponse } from '../../support/api-client';

/**
 * Why an error answer breaks API.md's envelope (`{ statusCode, code, message }` with a
 * known code of that very status), or undefined when it keeps it.
 */
export function envelopeProblem(res: ApiResponse): string | undefined {
  const body = res.body as { statusCode?: unknown; code?: unknown; message?: unknown } | undefined;
  if (!body || typeof body !== 'object') return `no JSON envelope: ${res.text.slice(0, 200)}`;
  if (body.statusCode !== res.status) return `statusCode ${String(body.statusCode)}`;
  if (typeof body.message !== 'string') return 'no message';
  const code = body.code as keyof typeof ERROR_STATUS;
  if (typeof code !== 'string' || !(code in ERROR_STATUS)) return `unknown code ${String(code)}`;
  if (ERROR_STATUS[code] !== res.status) return `${code} answered with ${res.status}`;
  return undefined;
}
