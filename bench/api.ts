export interface Reply {
  status: number;
  body: any;
  ms: number;
}

/** The few setup calls the bench makes over HTTP, as a client would make them. */
export class Api {
  constructor(readonly baseUrl: string) {}

  async call(method: string, path: string, token?: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    return { status: response.status, body: text ? JSON.parse(text) : undefined, ms };
  }

  /** Like call(), but anything other than the expected status stops the run. */
  async expect(
    status: number,
    method: string,
    path: string,
    token?: string,
    body?: unknown,
  ): Promise<Reply> {
    const reply = await this.call(method, path, token, body);
    if (reply.status !== status) {
      throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    }
    return reply;
  }

  async login(email: string, password: string): Promise<string> {
    const reply = await this.expect(200, 'POST', '/auth/login', undefined, { email, password });
    return reply.body.accessToken as string;
  }
}

/** Runs fn over items with at most `concurrency` in flight (setup traffic, not measured). */
export async function inParallel<T, R>(
  items: T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}
