import { z } from 'zod';

/**
 * The strength rule for a staff password, one place for the successor form, a change and the app's hint: at least
 * 8 characters with letters and digits (GB/T 22239-2019 level 2 asks for complexity and periodic change of
 * passwords of systems holding personal information; the one-time password an administrator hands over is
 * replaced at first sign-in).
 */
export const staffPasswordSchema = z
  .string()
  .min(8, '密码至少8位')
  .max(128, '密码最多128位')
  .regex(/[A-Za-z]/, '密码要同时包含字母和数字')
  .regex(/\d/, '密码要同时包含字母和数字');

export const STAFF_PASSWORD_HINT = '至少8位，同时包含字母和数字';

export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1, '请输入原密码').max(128), newPassword: staffPasswordSchema })
  .refine((change) => change.newPassword !== change.currentPassword, { path: ['newPassword'], message: '新密码不能和原密码一样' })
  .meta({ id: 'PasswordChange' });
export type PasswordChange = z.infer<typeof passwordChangeSchema>;
