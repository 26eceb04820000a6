/** Whether registration is open at a given instant. */

export type RegistrationState = 'open' | 'closed';

export interface RegistrationStatus {
  state: RegistrationState;
  /** Whole days left before the deadline (0 on its last day); absent once closed. */
  daysLeft?: number;
}

/** Open up to and including the deadline instant, closed from the next millisecond. */
export function registrationStatus(deadline: Date, now: Date): RegistrationStatus {
  const remaining = deadline.getTime() - now.getTime();
  if (remaining < 0) return { state: 'closed' };
  return { state: 'open', daysLeft: Math.floor(remaining / 86_400_000) };
}

/** What the call to register says about time left: nothing while 30 days or more remain. */
export type RegistrationWording = { kind: 'daysLeft'; days: number } | { kind: 'lastDay' } | { kind: 'closed' } | { kind: 'none' };

export function registrationWording(status: RegistrationStatus): RegistrationWording {
  if (status.state === 'closed') return { kind: 'closed' };
  const days = status.daysLeft!;
  if (days >= 30) return { kind: 'none' };
  return days === 0 ? { kind: 'lastDay' } : { kind: 'daysLeft', days };
}
