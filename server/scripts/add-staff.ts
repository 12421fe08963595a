import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { staffRoles, type StaffRole } from '@ccs/shared';
import { staffUsernameSchema } from '@ccs/shared/staff/succession-schemas';
import { postCodeLengths } from '@ccs/shared/staff/staff-posts';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect-database';
import { attachFieldCipher } from '../src/crypto/attach-field-cipher';
import { configuredFieldCipher } from '../src/crypto/field-keys';
import { configuredSmsSender } from '../src/sms/configured-sms-sender';
import { createStaffAccount } from '../src/auth/create-staff-account';
import { accountModel } from '../src/auth/account-model';
import { findRegion } from '../src/regions/find-region';

/**
 * `npm run add-staff -- --username <name> --name <姓名> --role <role> --region <code>` (docs/DEPLOY.md "First staff"):
 * production seeds no one, so the county's first admin (who then names successors in the app) and the posts that
 * receive applications are created here (then the administrator adds the rest in the app, one by one or from a
 * roster: docs/operations.md "Staff accounts"). A one-time password is printed once and must be replaced at the
 * first sign-in; running it again for the same username changes the name, role and region and gives a new one.
 */
const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, region: { type: 'string' } } });
const role = values.role as StaffRole;
const username = staffUsernameSchema.safeParse(values.username ?? '');
const problems = [
  ...(username.success ? [] : ['--username: 3 to 32 letters, digits, dots, underscores or hyphens']),
  ...(values.name ? [] : ['--name: the person’s name as staff and families read it']),
  ...(staffRoles.includes(role) ? [] : [`--role: one of ${staffRoles.join(', ')}`]),
  ...(staffRoles.includes(role) && !postCodeLengths[role].includes(values.region?.length ?? 0) ? [`--region: the ${postCodeLengths[role].join(', ')}-digit code of the region the ${role} serves`] : []),
];
if (problems.length > 0) {
  console.error(`Usage: MONGODB_URI=mongodb://127.0.0.1:<port>/child_care npm run add-staff -- --username <name> --name <姓名> --role <role> --region <code>\n${problems.join('\n')}`);
  process.exit(2);
}

const config = loadConfig();
const logger = pino({ level: 'warn' });
const db = await connectDatabase(config.MONGODB_URI);
attachFieldCipher(db, configuredFieldCipher(config));
try {
  const region = await findRegion(db, values.region!);
  if (!region) throw new Error(`--region: ${values.region} is not a loaded region (REGION_PROVINCES; start the server once first)`);
  const password = randomBytes(12).toString('base64url');
  const accountId = await createStaffAccount({ config, logger, db, sms: configuredSmsSender(config, logger) }, {
    username: username.data!,
    password,
    name: values.name!,
    roles: [role],
    regionScope: values.region!,
  });
  await accountModel(db).updateOne({ _id: accountId }, { $set: { passwordChangeRequired: true } });
  console.log(`${role} ${username.data} (${values.name}) serves ${region.name} ${region.code}. Password, shown once: ${password}`);
  console.log('It is a one-time password: the first sign-in asks for a new one.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
