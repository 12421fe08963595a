import type { Middleware } from 'koa';
import { isStaffRole } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { AppState } from '../http/app-state';
import { verifyAccessToken } from './access-token';
import { accountModel } from './account-model';

/**
 * Reads a Bearer token when one is sent; routes decide whether they need it. A staff member's account is
 * looked up (by `_id`) on every request, so one replaced and disabled loses access at once rather than
 * when the 15-minute token expires.
 */
export function authenticate({ config, db }: AppDeps): Middleware<AppState> {
  return async (ctx, next) => {
    const header = ctx.get('authorization');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match) {
      const principal = verifyAccessToken(config, match[1]!);
      if (principal.roles.some(isStaffRole)) {
        const account = await accountModel(db).findById(principal.accountId, { disabledAt: 1 }).lean();
        if (!account || account.disabledAt) throw new AppError('ACCOUNT_DISABLED');
      }
      ctx.state.principal = principal;
    }
    await next();
  };
}
