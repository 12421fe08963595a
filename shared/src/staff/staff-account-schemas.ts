import { z } from 'zod';
import { phoneSchema } from '../auth/auth-schemas';
import { staffRoles } from '../auth/roles';
import { plainText } from '../validation/plain-text';
import { staffUsernameSchema } from './succession-schemas';

export const staffRoleSchema = z.enum(staffRoles);
const regionCodeSchema = z.string().trim().regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, '请选择岗位所在的地区');
const staffNameSchema = plainText().min(1, '请填写姓名').max(32, '姓名最多32个字');

/** An account as the administrator manages it; the phone is shown in full, as a work number the office calls. */
export const staffAccountSchema = z
  .object({
    username: z.string(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    role: staffRoleSchema,
    regionCode: z.string(),
    regionName: z.string().nullable(),
    status: z.enum(['active', 'disabled']),
    /** The one-time password has not been replaced yet: the person has not signed in and set their own. */
    passwordChangeRequired: z.boolean(),
  })
  .meta({ id: 'StaffAccount' });
export type StaffAccount = z.infer<typeof staffAccountSchema>;

export const staffAccountListSchema = z.object({ accounts: z.array(staffAccountSchema) }).meta({ id: 'StaffAccountList' });
export const staffAccountQuerySchema = z.object({
  role: staffRoleSchema.optional(),
  status: z.enum(['active', 'disabled']).optional(),
  /** Name, user name or phone, any part of it. */
  q: plainText().max(32).optional(),
});

export const newStaffAccountSchema = z
  .object({ username: staffUsernameSchema, name: staffNameSchema, phone: phoneSchema, role: staffRoleSchema, regionCode: regionCodeSchema })
  .meta({ id: 'NewStaffAccount' });
export type NewStaffAccount = z.infer<typeof newStaffAccountSchema>;

export const staffAccountChangesSchema = newStaffAccountSchema
  .omit({ username: true })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, '请至少修改一项')
  .meta({ id: 'StaffAccountChanges' });
export type StaffAccountChanges = z.infer<typeof staffAccountChangesSchema>;

/** What the administrator sees once: the account and the one-time password to hand over. */
export const issuedPasswordSchema = z
  .object({ account: staffAccountSchema, initialPassword: z.string() })
  .meta({ id: 'IssuedPassword' });
export type IssuedPassword = z.infer<typeof issuedPasswordSchema>;
