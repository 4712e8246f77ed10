import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { readConfig } from '../config/read-config';
import { dataSourceOptions } from './data-source-options';

const { databaseUrl } = readConfig(process.env);
if (!databaseUrl) throw new Error('the TypeORM CLI needs DATABASE_URL');

/** For the TypeORM CLI: `DATABASE_URL=… npx typeorm -d dist/database/data-source.js migration:show`. */
export default new DataSource(dataSourceOptions(databaseUrl));
