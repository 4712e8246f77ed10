import { Clock } from './clock';

export class SystemClock extends Clock {
  now(): Promise<Date> {
    return Promise.resolve(new Date());
  }
}
