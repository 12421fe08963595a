import { serviceListVersionSchema } from '@ccs/shared/services/service-schemas';
import type { Connection } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { defineRoute, type AuditRecord } from '../http/define-route';
import { AppError } from '../errors/app-error';
import { findRegion } from '../regions/find-region';
import { assertMayEditList, serviceListEditors } from './service-list-access';
import { currentDraft, loadVersion, type CurrentDraft } from './load-service-list';
import { saveServiceListDraft } from './save-service-list-draft';
import { publishServiceList } from './publish-service-list';
import { serviceListVersionModel, type ServiceListVersionDoc } from './service-list-model';
import {
  listRegionParamsSchema,
  listVersionParamsSchema,
  publishBodySchema,
  saveDraftBodySchema,
  serviceListDraftSchema,
  serviceListOverviewSchema,
} from './service-list-schemas';

const serviceListSubject = (regionCode: string, detail: Record<string, unknown>): AuditRecord => ({
  target: { kind: 'serviceList', id: regionCode },
  regionCodes: [regionCode],
  detail,
});

const versionView = (doc: ServiceListVersionDoc) => ({
  regionCode: doc.regionCode,
  version: doc.version,
  publishedAt: doc.publishedAt.toISOString(),
  items: doc.items,
});

async function draftView(db: Connection, draft: CurrentDraft) {
  const published = await serviceListVersionModel(db).findOne({ regionCode: draft.regionCode, draftRevision: draft.revision }, { version: 1 }).lean();
  return { ...draft, savedAt: draft.savedAt?.toISOString() ?? null, publishedAs: published?.version ?? null };
}

async function assertRegionExists(db: Connection, regionCode: string) {
  if (!(await findRegion(db, regionCode))) throw new AppError('REGION_NOT_FOUND', { detail: regionCode });
}

/** Editing and publishing the service lists: a county officer their county's, an admin any list in their scope. */
export function serviceListRoutes({ db }: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/service-lists/:regionCode',
      summary: '一个地区的服务清单：已发布的版本和当前草稿（县民政局工作人员、管理员）',
      tag: 'services',
      access: serviceListEditors,
      params: listRegionParamsSchema,
      response: serviceListOverviewSchema,
      handler: async ({ principal, params }) => {
        assertMayEditList(principal, params.regionCode);
        await assertRegionExists(db, params.regionCode);
        const versions = await serviceListVersionModel(db)
          .find({ regionCode: params.regionCode }, { version: 1, publishedAt: 1, draftRevision: 1, items: 1 })
          .sort({ version: -1 })
          .lean();
        return {
          regionCode: params.regionCode,
          versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt.toISOString(), draftRevision: v.draftRevision, itemCount: v.items.length })),
          draft: await draftView(db, await currentDraft(db, params.regionCode)),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/service-lists/:regionCode/versions/:version',
      summary: '已发布的某个版本（发布后不再改变）',
      tag: 'services',
      access: serviceListEditors,
      params: listVersionParamsSchema,
      response: serviceListVersionSchema,
      handler: async ({ principal, params }) => {
        assertMayEditList(principal, params.regionCode);
        const doc = await loadVersion(db, params.regionCode, params.version);
        if (!doc) throw new AppError('SERVICE_LIST_VERSION_NOT_FOUND', { detail: `${params.regionCode}:${params.version}` });
        return versionView(doc);
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/service-lists/:regionCode/draft',
      summary: '保存草稿：带上修改前的 revision，保存为下一个 revision；别人先保存过则 409 SERVICE_LIST_STALE',
      tag: 'services',
      access: serviceListEditors,
      params: listRegionParamsSchema,
      body: saveDraftBodySchema,
      response: serviceListDraftSchema,
      audit: { action: 'serviceList.draft', record: ({ params }, draft) => serviceListSubject(params.regionCode, { revision: draft.revision }) },
      handler: async ({ principal, params, body }) => {
        assertMayEditList(principal, params.regionCode);
        await assertRegionExists(db, params.regionCode);
        return draftView(db, await saveServiceListDraft(db, params.regionCode, body, principal.accountId));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/service-lists/:regionCode/publish',
      summary:
        '发布当前草稿为新版本。同一 Idempotency-Key 或同一草稿 revision 重复发布，返回同一个版本；省级清单须含全部国家基础项目，市、县清单只能新增项目',
      tag: 'services',
      access: serviceListEditors,
      params: listRegionParamsSchema,
      body: publishBodySchema,
      idempotencyKey: 'optional',
      response: serviceListVersionSchema,
      audit: { action: 'serviceList.publish', record: ({ params }, published) => serviceListSubject(params.regionCode, { version: published.version }) },
      handler: async ({ principal, params, body, idempotencyKey }) => {
        assertMayEditList(principal, params.regionCode);
        await assertRegionExists(db, params.regionCode);
        const doc = await publishServiceList(db, params.regionCode, {
          revision: body.revision,
          idempotencyKey: idempotencyKey ?? undefined,
          accountId: principal.accountId,
        });
        return versionView(doc);
      },
    }),
  ];
}
