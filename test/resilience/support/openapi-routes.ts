import { randomUUID } from 'node:crypto';
import type { ApiClient } from '../../support/api-client';

type Schema = Record<string, any>;

export interface Route {
  method: string;
  /** Relative to /api/v1, with OpenAPI placeholders: `/tenders/{id}/bids/{bidId}`. */
  path: string;
  /** `POST /tenders/{id}` — how the access table and failure messages name a route. */
  key: string;
  jsonBody?: Schema;
  multipart: boolean;
}

export interface OpenApi {
  routes: Route[];
  schemas: Record<string, Schema>;
}

const BASE = '/api/v1';

/** Every operation the server documents in /docs-json: the suites test what it says it serves. */
export async function documentedRoutes(api: ApiClient): Promise<OpenApi> {
  const doc = (await api.get('/docs-json')).body as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, any> } }>>;
    components: { schemas: Record<string, Schema> };
  };
  const routes = Object.entries(doc.paths).flatMap(([fullPath, ops]) =>
    Object.entries(ops).map(([method, op]): Route => {
      const path = fullPath.startsWith(BASE) ? fullPath.slice(BASE.length) : fullPath;
      const upper = method.toUpperCase();
      return {
        method: upper,
        path,
        key: `${upper} ${path}`,
        jsonBody: op.requestBody?.content?.['application/json']?.schema,
        multipart: Boolean(op.requestBody?.content?.['multipart/form-data']),
      };
    }),
  );
  return { routes, schemas: doc.components.schemas };
}

/** The route with its placeholders filled from `ids`; a placeholder not given gets a fresh UUID. */
export function fillPath(path: string, ids: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    encodeURIComponent(ids[name] ?? (name === 'year' ? '2027' : randomUUID())),
  );
}

/**
 * A body built from the schema's own examples: close to valid, so mutating one field at a
 * time reaches the validators and use cases behind the obvious shape checks.
 */
export function exampleBody(schema: Schema, schemas: Record<string, Schema>, depth = 0): unknown {
  if (depth > 8) return null;
  if (schema.$ref) return exampleBody(resolve(schema.$ref, schemas), schemas, depth + 1);
  if (schema.example !== undefined) return schema.example;
  for (const choice of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(schema[choice])) return exampleBody(schema[choice][0], schemas, depth + 1);
  }
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'object':
    case undefined:
      return Object.fromEntries(
        Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([k, v]) => [
          k,
          exampleBody(v, schemas, depth + 1),
        ]),
      );
    case 'array':
      return [exampleBody(schema.items ?? {}, schemas, depth + 1)];
    case 'string':
      return schema.format === 'date-time' ? '2027-01-01T09:00:00.000Z' : 'text';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

function resolve(ref: string, schemas: Record<string, Schema>): Schema {
  const name = ref.replace('#/components/schemas/', '');
  const schema = schemas[name];
  if (!schema) throw new Error(`unresolved schema ${ref}`);
  return schema;
}
