import { z } from 'zod';
import { defineRoute } from '../http/define-route';
import { AppError } from '../errors/app-error';
import type { AppDeps } from '../app-deps';

export function healthRoutes({ db }: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      summary: '服务与数据库是否正常',
      tag: 'health',
      access: 'public',
      publicData: true,
      response: z.object({ status: z.literal('ok'), database: z.literal('ok') }),
      handler: async () => {
        try {
          await db.db!.command({ ping: 1 });
        } catch (cause) {
          throw new AppError('DATABASE_UNAVAILABLE', { cause });
        }
        return { status: 'ok', database: 'ok' } as const;
      },
    }),
  ];
}
