/** A minimal HTTP client for the demo: global fetch, JSON in and out, fails on surprises. */
export class DemoError extends Error {}

export class Http {
  constructor(readonly baseUrl: string) {}

  async call(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; expect?: number } = {},
  ): Promise<any> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const expected = options.expect ?? (method === 'POST' ? 201 : 200);
    if (response.status !== expected) {
      throw new DemoError(
        `${method} ${path}: expected HTTP ${expected}, got ${response.status} ${text}`,
      );
    }
    return text ? JSON.parse(text) : undefined;
  }

  get(path: string, token?: string): Promise<any> {
    return this.call('GET', path, { token });
  }

  post(path: string, body: unknown, token?: string, expect?: number): Promise<any> {
    return this.call('POST', path, { token, body, expect });
  }

  async ready(): Promise<boolean> {
    try {
      return (await fetch(`${this.baseUrl}/api/v1/health/ready`)).ok;
    } catch {
      return false;
    }
  }

  async login(email: string, password: string): Promise<string> {
    const res = await this.post('/auth/login', { email, password }, undefined, 200);
    return res.accessToken as string;
  }
}
