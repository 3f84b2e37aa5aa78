// Every date in the demo is relative to "today", so that deadlines look real whenever the seed runs: some terms
// overdue, some due soon, most on track. Dates are computed in UTC to stay deterministic on any machine.

const DAY_MS = 86_400_000;

export class Clock {
  /** The moment of seeding; nothing in the demo happens after it. */
  readonly now: Date;
  /** Midnight (UTC) of today's date. */
  readonly today: Date;

  constructor(now: Date) {
    this.now = new Date(now.getTime());
    this.today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }

  /** A calendar date (for @db.Date columns) n days from today; negative is in the past. */
  day(offset: number): Date {
    return new Date(this.today.getTime() + offset * DAY_MS);
  }

  /**
   * A moment on the day n days from today at office hours (hour in Dutch winter time, stored as UTC). Today's
   * moments are squeezed into the part of the day that has passed (same order, never after `now`), so that nothing
   * is dated in the future by accident, whatever time the seed runs.
   */
  at(offset: number, hour = 10, minute = 0): Date {
    const sinceMidnight = ((hour - 1) * 60 + minute) * 60_000;
    const t = new Date(this.today.getTime() + offset * DAY_MS + sinceMidnight);
    if (offset < 0 || t.getTime() <= this.now.getTime()) return t;
    const passed = this.now.getTime() - this.today.getTime();
    return new Date(this.today.getTime() + Math.floor((sinceMidnight / DAY_MS) * passed));
  }

  /** A moment on the same day n days from today that may lie in the future (planned conversations). */
  planned(offset: number, hour = 10, minute = 0): Date {
    return new Date(this.today.getTime() + offset * DAY_MS + ((hour - 1) * 60 + minute) * 60_000);
  }

  /** Whole days from today to a date (negative when it lies in the past). */
  offsetOf(date: Date): number {
    return Math.round((Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - this.today.getTime()) / DAY_MS);
  }

  /** A date of birth for someone who is `age` whole years old today, on a given day of the year (0..364). */
  birthDate(age: number, dayOfYear: number): Date {
    const lastBirthday = this.day(-dayOfYear - 1);
    return new Date(Date.UTC(lastBirthday.getUTCFullYear() - age, lastBirthday.getUTCMonth(), lastBirthday.getUTCDate()));
  }
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Midnight UTC of the given moment's date. */
export function dateOnly(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
