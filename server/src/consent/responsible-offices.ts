import { Types } from 'mongoose';
import type { z } from 'zod';
import type { responsibleOfficeSchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { accountModel } from '../auth/account-model';
import { childModel } from '../children/child-model';
import { regionRef } from '../children/child-view';

type ResponsibleOffice = z.infer<typeof responsibleOfficeSchema>;

/**
 * 谁负责, from data: for each hukou village of the family's children, the county's civil-affairs bureau
 * (named from the region data) and the village's child director (from the staff accounts), if there is one.
 */
export async function responsibleOffices(deps: Pick<AppDeps, 'db'>, accountId: string): Promise<ResponsibleOffice[]> {
  const children = await childModel(deps.db).find({ guardianAccountId: new Types.ObjectId(accountId) }, { hukouRegion: 1 }).lean();
  const villages = [...new Set(children.map((child) => child.hukouRegion))].sort();
  return Promise.all(
    villages.map(async (code) => {
      const [county, village, director] = await Promise.all([
        regionRef(deps.db, code.slice(0, 6)),
        regionRef(deps.db, code),
        accountModel(deps.db).findOne({ roles: 'childDirector', regionScope: code, disabledAt: null }, { name: 1 }).lean(),
      ]);
      return { county, name: `${county.name}民政局`, village, childDirector: director?.name ?? null };
    }),
  );
}
