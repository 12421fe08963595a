import { z } from 'zod';
import { plainText } from '../validation/plain-text';

/** The parent ends an active agreement early (a parent came home), saying why (issue 4 §6). */
export const terminationRequestSchema = z
  .object({ reason: plainText({ multiline: true }).min(2, '请写一句为什么提前结束，例如“妈妈回家了，自己照顾孩子”').max(200, '写短一些') })
  .meta({ id: 'TerminationRequest' });
export type TerminationRequest = z.input<typeof terminationRequestSchema>;

/** The director records, from a visit, that the caregiver cannot care for the children any more. */
export const caregiverUnableRequestSchema = z
  .object({ notes: plainText({ multiline: true }).min(2, '请写下走访看到的情况').max(500, '写短一些') })
  .meta({ id: 'CaregiverUnableRequest' });
export type CaregiverUnableRequest = z.input<typeof caregiverUnableRequestSchema>;
