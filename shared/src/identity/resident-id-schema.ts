import { z } from 'zod';
import { parseResidentId, residentIdProblemMessages } from './resident-id';

/** A valid resident ID, normalised (trimmed, X upper case); otherwise the problem in Chinese. */
export const residentIdSchema = z.string().transform((input, context) => {
  const parsed = parseResidentId(input);
  if (parsed.valid) return parsed.id;
  context.addIssue({ code: 'custom', message: residentIdProblemMessages[parsed.problem] });
  return z.NEVER;
});
