import { CreateFoundation1795675700000 } from './1795675700000-CreateFoundation';

/** Every migration, in order. Passed as classes: globs break under ts-jest and bundlers. */
export const MIGRATIONS = [CreateFoundation1795675700000];
