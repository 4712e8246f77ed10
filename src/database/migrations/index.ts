import { CreateFoundation1795675700000 } from './1795675700000-CreateFoundation';
import { CreateWorkingCalendar1795680000000 } from './1795680000000-CreateWorkingCalendar';
import { CreateTendersAndBids1795681000000 } from './1795681000000-CreateTendersAndBids';
import { AddSandboxClockFreeze1795682000000 } from './1795682000000-AddSandboxClockFreeze';

/** Every migration, in order. Passed as classes: globs break under ts-jest and bundlers. */
export const MIGRATIONS = [
  CreateFoundation1795675700000,
  CreateWorkingCalendar1795680000000,
  CreateTendersAndBids1795681000000,
  AddSandboxClockFreeze1795682000000,
];
