import 'reflect-metadata';
import { configOrExit, exitOnFailure, startWorker } from './bootstrap';

startWorker(configOrExit()).catch(exitOnFailure);
