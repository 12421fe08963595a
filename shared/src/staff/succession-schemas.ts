import { z } from 'zod';
import { accountSchema } from '../auth/auth-schemas';
import { plainText } from '../validation/plain-text';
import { staffPasswordSchema } from './staff-password';

export const staffUsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/, '用户名为3到32位字母、数字、点、下划线或短横线');

export const staffUsernameParamsSchema = z.object({ username: staffUsernameSchema });

/** A new staff member taking over a post (docs/policy.md: cases are held by post; the successor inherits the work). */
export const successorRequestSchema = z
  .object({
    username: staffUsernameSchema,
    name: plainText().min(1, '请填写接任人姓名').max(32),
    password: staffPasswordSchema,
  })
  .meta({ id: 'SuccessorRequest' });
export type SuccessorRequest = z.infer<typeof successorRequestSchema>;

export const successionSchema = z
  .object({
    leaving: z.object({ username: z.string(), name: z.string().nullable(), disabledAt: z.string() }),
    successor: accountSchema,
    /** Open cases the leaving member held that now name the successor. */
    movedCases: z.number().int(),
  })
  .meta({ id: 'Succession' });
export type Succession = z.infer<typeof successionSchema>;
