import { getConfigToken, registerAs } from '@nestjs/config';
import type { ServiceConfig } from './read-config';

/**
 * The configuration the running service uses: the environment's ServiceConfig with its
 * infrastructure settled at boot (an embedded PostgreSQL gets its URL only once started).
 * `readConfig` is the only code that reads process.env; everything else injects this.
 */
export interface AppConfig extends ServiceConfig {
  databaseUrl: string;
  /** Which infrastructure runs, e.g. "PostgreSQL at db:5432/x; queues on Redis at redis:6379". */
  infrastructure: string;
}

const NAMESPACE = 'app';

/** Injection token: `@Inject(appConfig.KEY) config: AppConfig`. */
export const appConfig = { KEY: getConfigToken(NAMESPACE) } as const;

/** Registers the settled configuration with @nestjs/config (see AppModule.forRole). */
export const loadAppConfig = (config: AppConfig) => registerAs(NAMESPACE, () => config);
