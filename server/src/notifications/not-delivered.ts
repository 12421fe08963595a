/**
 * No channel took a notification to someone who uses the mini-program: no subscribe message was possible and the
 * account has no phone for the SMS. `retry` is false when WeChat refused the message for good (a template id it does
 * not know, a value it does not take): the notification then fails at once and county staff see it.
 */
export class NotDelivered extends Error {
  constructor(
    readonly retry: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'NotDelivered';
  }
}
