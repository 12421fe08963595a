import type { AppDeps } from '../app-deps';
import { createStaffAccount } from '../auth/create-staff-account';
import { findOrCreateAccount } from '../auth/find-or-create-account';
import { accountModel } from '../auth/account-model';
import { childRegions, findRegion } from '../regions/find-region';
import { seedDemoCases } from './seed-demo-cases';
import { seedPlaces } from '../places/seed-places';
import { giveChildConsent } from '../consent/give-child-consent';
import { childPrivacyNoticeOn, toIsoDate } from '@ccs/shared';
import demo from './demo-county.json';

export interface DemoSignIn {
  role: string;
  who: string;
  signIn: string;
}

/**
 * Seeds the demo county (修文县): an admin, a county officer, a supervisor for every township and
 * directors for all villages of 六广镇 but one, three families, a few cases already under review, and the
 * places of demo-places.json (儿童之家, protection centre, social work stations, rehabilitation, 明天计划).
 * Running it again changes nothing.
 */
export async function seedDemoCounty(deps: AppDeps): Promise<DemoSignIn[]> {
  const county = await findRegion(deps.db, demo.county);
  if (!county) throw new Error(`Region ${demo.county} is not loaded; load regions before seeding the demo`);
  const staff = (username: string, name: string, roles: Parameters<typeof createStaffAccount>[1]['roles'], regionScope: string) =>
    createStaffAccount(deps, { username, password: demo.password, name, roles, regionScope });
  const signIns: DemoSignIn[] = [];
  const login = (role: string, who: string, username: string) =>
    signIns.push({ role, who, signIn: `工作人员登录 ${username} / ${demo.password}` });

  await staff(demo.admin.username, demo.admin.name, ['admin'], demo.county);
  login('admin', `${demo.admin.name}（${county.name}）`, demo.admin.username);
  await staff(demo.countyOfficer.username, demo.countyOfficer.name, ['countyOfficer'], demo.county);
  login('countyOfficer', demo.countyOfficer.name, demo.countyOfficer.username);

  const townships = await childRegions(deps.db, demo.county);
  for (const [index, township] of townships.entries()) {
    const username = `supervisor${township.code.slice(-3)}`;
    const name = `${demo.supervisorNames[index % demo.supervisorNames.length]}督导员`;
    await staff(username, name, ['childSupervisor'], township.code);
    if (township.code === demo.villageWithoutDirector.slice(0, 9)) login('childSupervisor', `${name}（${township.name}）`, username);
  }
  for (const director of demo.directors) {
    const village = await findRegion(deps.db, director.village);
    await staff(director.username, director.name, ['childDirector'], director.village);
    if (director === demo.directors[0]) login('childDirector', `${director.name}（${village?.name}）`, director.username);
  }
  for (const family of demo.families) {
    const account = await findOrCreateAccount(deps, 'phone', family.phone, family.phone);
    await accountModel(deps.db).updateOne({ _id: account._id }, { $set: { name: family.name } });
    // The demo families have read and agreed to the child privacy notice, so their children can be saved.
    await giveChildConsent(deps, account._id.toHexString(), { version: childPrivacyNoticeOn(toIsoDate(new Date())).version, channel: 'demo', ip: null });
    signIns.push({ role: 'family', who: `${family.name}（${family.note}）`, signIn: `手机号 ${family.phone}，验证码见服务器日志` });
  }
  await seedDemoCases(deps);
  await seedPlaces(deps.db);
  return signIns;
}
