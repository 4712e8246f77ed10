import 'reflect-metadata';
import { configOrExit, exitOnFailure, startApi, startWorker } from './bootstrap';

const config = configOrExit();
(config.appRole === 'worker' ? startWorker(config) : startApi(config)).catch(exitOnFailure);
