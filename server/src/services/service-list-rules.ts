import type { ServiceItem } from '@ccs/shared/services/service-schemas';
import { AppError } from '../errors/app-error';

/** The list codes: a province (2 digits), a city (4) or a county (6). Townships and villages have none. */
export const listLevels = [2, 4, 6] as const;

/** The codes of the lists above a region and its own, province first: 520123103201 → 52, 5201, 520123. */
export function listCodesFor(regionCode: string): string[] {
  return listLevels.filter((length) => length <= regionCode.length).map((length) => regionCode.slice(0, length));
}

const named = (items: readonly { id: string; title?: string }[]) =>
  items.map((item) => (item.title ? `${item.title}（${item.id}）` : item.id)).join('、');

/**
 * The rules a list must meet to be published (issue 5): a province list keeps every national base item;
 * a city or county list only adds, so an id already in a list above it is refused. `parents` are the
 * latest published lists above the region; `known` names base items by their last published titles.
 */
export function assertPublishable(
  regionCode: string,
  items: readonly ServiceItem[],
  context: { nationalBaseItemIds: readonly string[]; parents: readonly ServiceItem[]; known: readonly ServiceItem[] },
): void {
  if (regionCode.length === 2) {
    const present = new Set(items.map((item) => item.id));
    const missing = context.nationalBaseItemIds.filter((id) => !present.has(id));
    if (missing.length > 0) {
      const titles = new Map(context.known.map((item) => [item.id, item.title]));
      const list = named(missing.map((id) => ({ id, title: titles.get(id) })));
      throw new AppError('SERVICE_LIST_BASE_MISSING', {
        fields: { items: `省级清单缺少国家基础服务项目：${list}。请加回后再发布。` },
        data: { missing: missing.join(',') },
        detail: `province ${regionCode} lacks ${missing.join(',')}`,
      });
    }
    return;
  }
  const above = new Set(context.parents.map((item) => item.id));
  const repeated = items.filter((item) => above.has(item.id));
  if (repeated.length > 0) {
    throw new AppError('SERVICE_ITEM_IN_PARENT_LIST', {
      fields: { items: `这些项目上级清单里已经有了：${named(repeated)}。本地清单只能增加新项目，请删除它们或换一个新编号。` },
      data: { repeated: repeated.map((item) => item.id).join(',') },
      detail: `list ${regionCode} repeats ${repeated.map((item) => item.id).join(',')}`,
    });
  }
}
