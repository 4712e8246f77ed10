import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** One rule per `details` entry, for the errors that list problems (INVALID_TIMELINE, …). */
    readonly constraints?: unknown,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'offset-tender.token';
export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string | null) =>
    token ? localStorage.setItem(TOKEN_KEY, token) : localStorage.removeItem(TOKEN_KEY),
};

const auth: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
};

/** Typed client over the paths of the served OpenAPI document (schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/** The data of an openapi-fetch answer, or its error envelope as an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const body = (result.error ?? {}) as {
      code?: string;
      message?: string;
      details?: unknown;
      constraints?: unknown;
    };
    throw new ApiError(
      result.response.status,
      body.code ?? 'INTERNAL',
      body.message ?? result.response.statusText,
      body.details,
      body.constraints,
    );
  }
  return result.data as T;
}

/** For routes whose body openapi-fetch cannot type (multipart uploads). */
export async function upload(path: string, file: File): Promise<Schemas['DocumentResponse']> {
  const form = new FormData();
  form.append('file', file);
  const token = session.token();
  const response = await fetch(path, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as Schemas['DocumentResponse'] & {
    code?: string;
    message?: string;
  };
  if (!response.ok)
    throw new ApiError(response.status, body.code ?? 'INTERNAL', body.message ?? '');
  return body;
}
