import { z } from 'zod';

/** A message that did not reach its person, as county staff see it: where it belongs and why, never its text or address. */
export const failedNotificationSchema = z
  .object({
    id: z.string(),
    event: z.string(),
    channel: z.enum(['wechat', 'sms', 'workbench']),
    /** The case's number, for a message about a case. */
    caseReference: z.string().nullable(),
    applicationId: z.string().nullable(),
    agreementId: z.string().nullable(),
    attempts: z.number().int(),
    /** The carrier's or channel's answer, e.g. `FailedOperation.TemplateIncorrectOrUnapproved: …`. */
    lastError: z.string().nullable(),
    /** False once no further try will be made: someone must reach the person another way. */
    willRetry: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'FailedNotification' });

export const failedNotificationListSchema = z
  .object({ count: z.number().int(), notifications: z.array(failedNotificationSchema) })
  .meta({ id: 'FailedNotificationList' });
export type FailedNotificationList = z.infer<typeof failedNotificationListSchema>;
