import { startTestApp, TestApp } from '../support/test-app';

describe('HTTP platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports liveness and readiness of PostgreSQL and Redis', async () => {
    expect((await t.api.get('/health')).body).toEqual({ status: 'ok' });
    const ready = await t.api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('echoes a given X-Request-Id and makes one otherwise', async () => {
    const echoed = await t.api.request('GET', '/health', {
      headers: { 'x-request-id': 'req-12345' },
    });
    expect(echoed.headers.get('x-request-id')).toBe('req-12345');
    const made = await t.api.get('/health');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets helmet security headers on every answer, refusals and unknown routes too', async () => {
    // The headers are computed once at start (security-headers.ts), not by helmet per request.
    for (const [path, status] of [
      ['/health', 200],
      ['/me', 401],
      ['/no-such-route', 404],
    ] as const) {
      const res = await t.api.get(path);
      expect(res.status).toBe(status);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-security-policy')).toContain(
        "script-src 'self' 'unsafe-inline'",
      );
      expect(res.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    }
  });

  it('answers an unknown route with the error envelope (404 NOT_FOUND)', async () => {
    const res = await t.api.get('/no-such-route');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('serves Prometheus text on /metrics to the scrape token, and to nobody else', async () => {
    const admin = await t.api.signInAdmin();
    for (const token of [undefined, admin.token, 'development-only-metrics-token-wrong']) {
      const refused = await t.api.get('/metrics', token);
      expect({ status: refused.status, code: refused.body.code }).toEqual({
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
    await t.api.get('/health');
    const res = await t.api.scrapeMetrics();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/# TYPE http_requests_total counter/);
    expect(res.text).toMatch(/http_requests_total\{method="GET",status="200"\} \d+/);
    expect(res.text).toMatch(/process_resident_memory_bytes/);
  });

  it('logs requests as JSON with their id and route, never tokens or passwords', async () => {
    const password = `secret-${Date.now()}-passphrase`;
    await t.api.request('POST', '/auth/login', {
      body: { email: 'nobody@example.org', password },
      headers: { 'x-request-id': 'log-probe-1', authorization: 'Bearer sensitive-token-value' },
    });
    await new Promise((r) => setTimeout(r, 200));
    const logs = t.logs();
    const line = logs.split('\n').find((l) => l.includes('log-probe-1'));
    expect(line).toBeDefined();
    expect(JSON.parse(line as string)).toMatchObject({
      level: 30,
      req: { id: 'log-probe-1', method: 'POST' },
      res: { statusCode: 401 },
      msg: 'POST /api/v1/auth/login 401',
    });
    // The route pattern, never the URL with its ids.
    const tenderId = '00000000-0000-4000-8000-00000000abcd';
    await t.api.request('GET', `/tenders/${tenderId}`, {
      headers: { 'x-request-id': 'log-probe-2' },
    });
    await new Promise((r) => setTimeout(r, 200));
    const second = t
      .logs()
      .split('\n')
      .find((l) => l.includes('log-probe-2'));
    expect((JSON.parse(second as string) as { msg: string }).msg).toMatch(
      /^GET \/api\/v1\/tenders\/:id \d{3}$/,
    );
    expect(t.logs()).not.toContain(tenderId);
    expect(logs).not.toContain(password);
    expect(logs).not.toContain('sensitive-token-value');
  });

  it('serves Swagger UI on /docs', async () => {
    const res = await t.api.get('/docs');
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });

  it('documents every route in /docs-json with responses and request schemas', async () => {
    const res = await t.api.get('/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body as {
      paths: Record<
        string,
        Record<
          string,
          {
            summary?: string;
            requestBody?: { content?: Record<string, { schema?: Schema }> };
            responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
          }
        >
      >;
      components: { securitySchemes?: Record<string, unknown>; schemas?: Record<string, Schema> };
    };
    const expected = [
      'post /api/v1/auth/register',
      'post /api/v1/auth/login',
      'get /api/v1/me',
      'post /api/v1/users',
      'get /api/v1/users',
      'delete /api/v1/users/{id}',
      'get /api/v1/audit/events',
      'get /api/v1/audit/verify',
      'get /api/v1/audit/checkpoints',
      'get /api/v1/health',
      'get /api/v1/health/ready',
      'get /api/v1/sandbox/clock',
      'post /api/v1/sandbox/clock',
    ];
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(documented).toEqual(expect.arrayContaining(expected));
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method} ${path}`;
        expect({ where, summary: Boolean(op.summary) }).toEqual({ where, summary: true });
        const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
        expect({ where, success: success.length > 0 }).toEqual({ where, success: true });
        if (['post', 'put', 'patch'].includes(method) && !BODYLESS_ACTIONS.includes(where)) {
          expect({ where, body: Boolean(op.requestBody) }).toEqual({ where, body: true });
        }
        // Every answer but 204 has a schema, errors included (API.md's envelope).
        for (const [status, response] of Object.entries(op.responses)) {
          if (status === '204') continue;
          expect({ where, status, schema: Boolean(response.content) }).toEqual({
            where,
            status,
            schema: true,
          });
        }
        // An example for a newcomer: in the JSON request body or the JSON success answer.
        const jsonSchemas = [
          op.requestBody?.content?.['application/json']?.schema,
          ...Object.entries(op.responses)
            .filter(([status]) => status.startsWith('2'))
            .map(([, response]) => response.content?.['application/json']?.schema),
        ].filter((schema) => schema !== undefined);
        if (jsonSchemas.length > 0) {
          const example = jsonSchemas.some((schema) =>
            hasExample(doc.components.schemas ?? {}, schema),
          );
          expect({ where, example }).toEqual({ where, example: true });
        }
        if (!ERRORLESS_READS.includes(where)) {
          const errors = Object.keys(op.responses).filter((status) => /^[45]/.test(status));
          expect({ where, errors: errors.length > 0 }).toEqual({ where, errors: true });
        }
      }
    }
    expect(doc.components.securitySchemes).toHaveProperty('bearer');
  });
});

/** Writes that take no body: the action is the whole request. */
const BODYLESS_ACTIONS = [
  'post /api/v1/tenders/{id}/publish',
  'post /api/v1/tenders/{id}/bids/{bidId}/withdraw',
  'post /api/v1/tenders/{id}/bids/{bidId}/confirm',
  'post /api/v1/notifications/{id}/read',
  'post /api/v1/tenders/{id}/award',
  'post /api/v1/tenders/{id}/declare-unsuccessful',
  'post /api/v1/contracts/{id}/sign',
  'post /api/v1/contracts/{id}/countersign',
];

/** Public reads that cannot fail but for a server error. */
const ERRORLESS_READS = [
  'get /api/v1/health',
  'get /api/v1/metrics',
  'get /api/v1/receipts/public-key',
  'get /api/v1/sandbox/clock',
];

interface Schema {
  $ref?: string;
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
}

/** Whether a schema, its properties or the schemas it references (a few levels) show an example. */
function hasExample(
  schemas: Record<string, Schema>,
  schema: Schema | undefined,
  depth = 0,
): boolean {
  if (!schema || depth > 6) return false;
  if (schema.example !== undefined) return true;
  if (schema.$ref)
    return hasExample(schemas, schemas[schema.$ref.split('/').pop() as string], depth + 1);
  const nested = [schema.items, ...Object.values(schema.properties ?? {}), ...(schema.allOf ?? [])];
  return nested.some((child) => hasExample(schemas, child, depth + 1));
}
