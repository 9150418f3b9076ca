/** A deadline that cannot be computed from the data given; the message says what is missing. */
export class DeadlineError extends Error {
  override readonly name: string = 'DeadlineError';
}

/**
 * A business-day count reached a year for which the profile lists no public holidays. We stop
 * rather than count every weekday: a missed holiday would move a due date by a day without
 * anyone noticing, and a stale holiday list should fail loudly when the new year comes.
 */
export class MissingHolidaysError extends DeadlineError {
  override readonly name = 'MissingHolidaysError';
  readonly country: string;
  readonly year: number;

  constructor(country: string, year: number) {
    super(
      `no public holidays listed for ${country} in ${year}: add them to the profile's holidays before computing business or working days in that year`,
    );
    this.country = country;
    this.year = year;
  }
}
