import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Throttles login attempts per client address and email, so one attacker cannot try many
 * passwords on one account, and many users behind one address do not lock each other out.
 */
@Injectable()
export class LoginThrottleGuard extends ThrottlerGuard {
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const body = req.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.toLowerCase() : '';
    return Promise.resolve(`${String(req.ip)}|${email}`);
  }
}
