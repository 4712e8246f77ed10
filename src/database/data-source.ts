import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { readConfig } from '../config/read-config';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI: `npx typeorm -d dist/database/data-source.js migration:show`. */
export default new DataSource(dataSourceOptions(readConfig(process.env).databaseUrl));
