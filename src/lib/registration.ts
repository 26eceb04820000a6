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
