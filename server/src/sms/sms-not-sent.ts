/**
 * The carrier did not take a message. `retry` is false when sending the same message again would be refused the
 * same way (a template not approved, a parameter the template cannot take): the notification then fails at once
 * and is shown to staff instead of being retried.
 */
export class SmsNotSent extends Error {
  constructor(
    /** The carrier's code, e.g. LimitExceeded.PhoneNumberDailyLimit; `Timeout` when no answer came. */
    readonly code: string,
    readonly retry: boolean,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'SmsNotSent';
  }
}
