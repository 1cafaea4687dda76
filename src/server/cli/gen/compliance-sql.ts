import { type SQL, sql } from 'drizzle-orm';

/**
 * The pieces of the national compliance generator's SQL: deterministic
 * pseudo-random draws keyed by ids and a salt (hashint8, so the same seed gives
 * the same dataset), and the local-time instant of a day and hour.
 */
export class Draw {
  constructor(private readonly seed: number) {}

  /** A uniform integer in [0, 2^20) for a key (a bigint expression) and a salt. */
  raw(key: SQL, salt: number): SQL {
    return sql`(hashint8((${key})::bigint * 7919 + ${this.seed * 1_000_003 + salt}::bigint) & 1048575)`;
  }

  /** True with probability p. */
  chance(key: SQL, salt: number, p: number): SQL {
    return sql`(${this.raw(key, salt)} < ${Math.round(p * 1_048_576)})`;
  }

  /** An integer in [0, n). */
  below(key: SQL, salt: number, n: SQL | number): SQL {
    return sql`(${this.raw(key, salt)} % (${n})::int)`;
  }
}

/** The instant of a local day (a date expression) at an hour, in the enterprise's time zone. */
export function localInstant(day: SQL, hour: SQL | number, timeZone: string): SQL {
  return sql`(((${day})::timestamp + make_interval(hours => (${hour})::int)) at time zone ${timeZone})`;
}

/** A running month number (year * 12 + month), to key draws per month or quarter. */
export function monthNo(day: SQL): SQL {
  return sql`(extract(year from ${day})::int * 12 + extract(month from ${day})::int)`;
}
