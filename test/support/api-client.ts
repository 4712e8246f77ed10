import { DEV_DEFAULTS } from '../../src/config/dev-defaults';
import { anInvestorRegistration, PASSWORD, uniqueEmail } from './factories';

export interface ApiResponse {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as is, for malformed or oversized bodies. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface SignedIn {
  token: string;
  id: string;
  email: string;
}

/** A thin HTTP client over fetch: the tests speak to the server exactly as clients do. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const url = path.startsWith('/docs')
      ? `${this.baseUrl}${path}`
      : `${this.baseUrl}/api/v1${path}`;
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text, headers: response.headers };
  }

  get(path: string, token?: string): Promise<ApiResponse> {
    return this.request('GET', path, { token });
  }

  post(
    path: string,
    body: unknown,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<ApiResponse> {
    return this.request('POST', path, { body, token, headers });
  }

  /** POST multipart/form-data (fetch sets the boundary); `file: null` sends a form without one. */
  async upload(
    path: string,
    file: { name: string; bytes: Buffer; type?: string } | null,
    token?: string,
    field = 'file',
  ): Promise<ApiResponse> {
    const form = new FormData();
    if (file) form.append(field, new Blob([file.bytes], { type: file.type }), file.name);
    else form.append('note', 'a form with no file in it');
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers,
      body: form,
    });
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text, headers: response.headers };
  }

  /** GET a file as raw bytes (a JSON error body is parsed into `body`). */
  async download(path: string, token?: string): Promise<ApiResponse & { bytes: Buffer }> {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, { headers });
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    let parsed: unknown = undefined;
    if (response.headers.get('content-type')?.startsWith('application/json')) {
      parsed = JSON.parse(text);
    }
    return { status: response.status, body: parsed, text, headers: response.headers, bytes };
  }

  /** GET /metrics as Prometheus does, with the scrape token (METRICS_TOKEN). */
  scrapeMetrics(token: string = DEV_DEFAULTS.METRICS_TOKEN): Promise<ApiResponse> {
    return this.get('/metrics', token);
  }

  async login(email: string, password: string): Promise<string> {
    const res = await this.post('/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${res.text}`);
    return res.body.accessToken as string;
  }

  async signInAdmin(): Promise<SignedIn> {
    const token = await this.login(DEV_DEFAULTS.ADMIN_EMAIL, DEV_DEFAULTS.ADMIN_PASSWORD);
    const me = await this.get('/me', token);
    return { token, id: me.body.id, email: me.body.email };
  }

  async registerInvestor(
    overrides: Record<string, unknown> = {},
  ): Promise<SignedIn & { organizationId: string }> {
    const registration = anInvestorRegistration(overrides);
    const res = await this.post('/auth/register', registration);
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${res.text}`);
    const token = await this.login(registration.email, registration.password);
    return {
      token,
      id: res.body.user.id,
      email: registration.email,
      organizationId: res.body.organization.id,
    };
  }

  async createStaff(adminToken: string, role: 'officer' | 'auditor' | 'admin'): Promise<SignedIn> {
    const email = uniqueEmail(role);
    const res = await this.post(
      '/users',
      { email, password: PASSWORD, fullName: `Test ${role}`, role },
      adminToken,
    );
    if (res.status !== 201) throw new Error(`create ${role} failed: ${res.status} ${res.text}`);
    return { token: await this.login(email, PASSWORD), id: res.body.id, email };
  }
}
