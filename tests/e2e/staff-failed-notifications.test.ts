import { describe, expect, it } from 'vitest';
import { signInFamily, submitApplication } from '../../server/test-support/case-fixtures';
import { notificationAdapters } from '../../server/src/notifications/notification-adapters';
import { relayCaseNotifications } from '../../server/src/notifications/relay-case-notifications';
import { sendPendingNotifications } from '../../server/src/notifications/send-pending-notifications';
import { SmsNotSent } from '../../server/src/sms/sms-not-sent';
import { saveWholePage, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

/** Issue 19 §2: a message the carrier will not send is not lost: the county sees it and calls the family. */
describe('undelivered messages on the county workbench', () => {
  it('a case-step SMS the carrier refuses for good shows on the county officer’s workbench with the case number', async () => {
    const family = await signInFamily(portal.server, '13900000071');
    const { response } = await submitApplication(portal.server, family, { sequence: '771' });
    const reference = response.body.reference as string;
    await relayCaseNotifications(portal.server.deps);
    const refusing = {
      ...notificationAdapters(portal.server.deps),
      sms: async () => {
        throw new SmsNotSent('FailedOperation.TemplateIncorrectOrUnapproved', false, '模板未审批或内容不匹配');
      },
    };
    expect((await sendPendingNotifications(portal.server.deps, refusing)).failed).toBeGreaterThan(0);

    const county = await signInStaffOnPortal(portal.browser, portal.server, 'county');
    await county.locator('#failed-notifications').waitFor();
    const card = await textOf(county, '#failed-notifications');
    expect(card).toMatch(/有\d+条通知没有送到/);
    expect(card).toContain('已不再重试，家长不知道案件的进展，请打电话告诉家长');
    expect(card).toContain(reference);
    expect(card).not.toContain('13900000071');
    await saveWholePage(county, 'staff-failed-notifications');
  });
});
