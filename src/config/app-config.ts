import { ConfigType, registerAs } from '@nestjs/config';
import { readConfig } from './read-config';

/**
 * The typed configuration of the whole service. `readConfig` is the only code that reads
 * process.env; everything else injects this.
 */
export const appConfig = registerAs('app', () => readConfig(process.env));

export type AppConfig = ConfigType<typeof appConfig>;
