import { z } from 'zod';
import { subscribeMessageNames } from './subscribe-messages';

/** The templates a person accepted in one answer to `wx.requestSubscribeMessage`; `requestId` makes a repeat harmless. */
export const subscribeCreditsRequestSchema = z
  .object({ requestId: z.uuid(), accepted: z.array(z.enum(subscribeMessageNames)).max(3) })
  .meta({ id: 'SubscribeCreditsRequest' });
export type SubscribeCreditsRequest = z.infer<typeof subscribeCreditsRequestSchema>;

/** How many messages of each template the server may still send the person (one per acceptance). */
export const subscribeCreditsSchema = z
  .object({ credits: z.record(z.enum(subscribeMessageNames), z.number().int()) })
  .meta({ id: 'SubscribeCredits' });
export type SubscribeCredits = z.infer<typeof subscribeCreditsSchema>;
