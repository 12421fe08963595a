import { execFile, execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionEnv } from '../../server/test-support/production-env';
import { startTencentSmsStandIn, type TencentSmsStandIn } from '../../server/test-support/tencent-sms-stand-in';
import { startWechatStandIn, type WechatStandIn } from '../../server/test-support/wechat-stand-in';
import { submitApplication } from '../../server/test-support/case-fixtures';
import type { TestServer } from '../../server/test-support/start-test-server';
import { httpClient } from '../../server/test-support/http-client';
import { REPO_ROOT } from '../../server/src/db/launch-database';

/**
 * docs/DEPLOY.md followed by a test: the server compiled by `npm run build:server`, started with plain node and
 * NODE_ENV=production on its own embedded database (DATA_DIR, DATABASE_PORT), SMS through Tencent Cloud's API and
 * WeChat through its server API to the local stand-ins, the first staff made with the add-staff command. The H5 build is not part of it (minutes
 * long; `tests/weapp-build.test.ts` and the browser journeys build and use the portal).
 */
const execFileAsync = promisify(execFile);
const PHONE = '13987654321';
const CHILD_NAME = '小明';

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });

let sms: TencentSmsStandIn;
let wechat: WechatStandIn;
let dataDir: string;
let env: Record<string, string>;
let baseUrl: string;
let server: ChildProcess;
const stdout: string[] = [];

beforeAll(async () => {
  execFileSync('npm', ['run', 'build:server'], { cwd: REPO_ROOT, stdio: 'ignore' });
  sms = await startTencentSmsStandIn();
  const production = productionEnv();
  wechat = await startWechatStandIn(production.WECHAT_APPID, production.WECHAT_SECRET);
  dataDir = mkdtempSync(join(tmpdir(), 'ccs-deploy-'));
  const port = await freePort();
  env = {
    PATH: process.env.PATH!,
    ...production,
    ...sms.env,
    ...wechat.env,
    WECHAT_SUBSCRIBE_TEMPLATE_IDS: 'caseStep=tpl-case-step,agreementNotice=tpl-agreement-notice',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_PORT: String(await freePort()),
    JOB_INTERVAL_SECONDS: '1',
  };
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn('node', ['server/dist/start.js'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let partial = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop()!;
    stdout.push(...lines.filter(Boolean));
  });
  // Ready once the embedded database runs, the regions are loaded and the jobs have run: what a load balancer waits for.
  while ((await fetch(`${baseUrl}/api/health/ready`).catch(() => null))?.status !== 200) {
    if (server.exitCode !== null) throw new Error(`the production server exited with ${server.exitCode}:\n${stdout.join('\n')}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}, 300_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
  }
  await sms?.close();
  await wechat?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the production build, started as docs/DEPLOY.md says', () => {
  it('refuses to start without its settings, one line per problem, before starting a database', () => {
    const refused = spawnSync('node', ['server/dist/start.js'], { cwd: REPO_ROOT, env: { PATH: process.env.PATH!, NODE_ENV: 'production' }, encoding: 'utf8' });
    expect(refused.status).toBe(1);
    const lines = refused.stderr.trim().split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    expect(lines.slice(1).map((line) => line.trim().split(':')[0])).toEqual(
      expect.arrayContaining(['JWT_SECRET', 'FIELD_KEYS', 'FIELD_KEY_ID', 'LOOKUP_HMAC_KEY', 'SMS_PROVIDER']),
    );
    // No WeChat settings at all is a portal-only county, not a problem.
    expect(refused.stderr).not.toMatch(/WECHAT/);
    expect(refused.stderr).not.toMatch(/PostgreSQL|FerretDB/);
  });

  it('serves no demo data and no development stand-ins', async () => {
    const api = httpClient(baseUrl);
    expect((await api.post('/api/auth/staff-login', { username: 'admin', password: 'Demo@2026' })).body.code).toBe('CREDENTIALS_INVALID');
    expect((await fetch(`${baseUrl}/dev/wechat/sns/jscode2session?appid=a&secret=b&js_code=c&grant_type=authorization_code`)).status).toBe(404);
  });

  it('signs a family in by an SMS that reaches the carrier, takes an application, tells the family by SMS, and logs no personal data', async () => {
    // The village's child director, made as the guide's "First staff" says; the application is routed to this post.
    // Run without blocking this process: a blocked event loop would miss the server closing idle keep-alive sockets.
    const added = await execFileAsync('node', ['server/dist/add-staff.js', '--username', 'director01', '--name', '王秀英', '--role', 'childDirector', '--region', '520123103201'], {
      cwd: REPO_ROOT,
      env: { ...env, MONGODB_URI: `mongodb://127.0.0.1:${env.DATABASE_PORT}/child_care` },
      encoding: 'utf8',
    });
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/^childDirector director01 \(王秀英\) serves \S+ 520123103201\. Password, shown once: \S{16}$/m);

    const api = httpClient(baseUrl);
    expect((await api.post('/api/auth/sms-codes', { phone: PHONE })).status).toBe(202);
    const codeMessage = sms.sent.find((message) => message.phone === `+86${PHONE}` && message.templateId === sms.templates.signInCode);
    expect(codeMessage).toBeDefined();
    const code = codeMessage!.params[0]!;
    const login = await api.post('/api/auth/sms-login', { phone: PHONE, code });
    expect(login.status).toBe(200);
    const token = login.body.accessToken as string;

    const { response } = await submitApplication({ baseUrl } as TestServer, token);
    expect(response.status).toBe(200);
    // The background jobs relay the step and send it through the carrier's template.
    await expect
      .poll(() => sms.sent.filter((message) => message.phone === `+86${PHONE}` && message.templateId === sms.templates.caseStep).length, { timeout: 20_000, interval: 200 })
      .toBe(1);

    expect((await fetch(`${baseUrl}/api/health/ready`)).status).toBe(200);
    const parsed = stdout.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.some((line) => line.msg === 'sms sent')).toBe(true);
    expect(parsed.some((line) => typeof line.path === 'string' && line.path.endsWith('/submit'))).toBe(true);
    // Ids (request, notification, carrier serial numbers) are hex and may hold six digits in a row: not a code.
    const withoutIds = stdout.map((line) => line.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|[0-9a-f]{24}/g, ''));
    const personal = withoutIds.filter(
      (line) => /(?<!\d)1[3-9]\d{9}(?!\d)/.test(line) || new RegExp(`(?<!\\d)${code}(?!\\d)`).test(line) || line.includes(CHILD_NAME) || line.includes('王秀英'),
    );
    expect(personal).toEqual([]);
  });

  it('tells a family signed in from the mini-program, who accepted it, of its submission by WeChat subscribe message', async () => {
    const api = httpClient(baseUrl);
    const login = await api.post('/api/auth/wechat-login', { code: 'mother#1' });
    expect(login.status).toBe(200);
    const token = login.body.accessToken as string;
    // What the app reports after the family taps 允许 in wx.requestSubscribeMessage (miniapp/src/lib/create-subscription-asker.ts).
    const accepted = await api.call('POST', '/api/me/subscribe-credits', { token, body: { requestId: randomUUID(), accepted: ['caseStep'] } });
    expect(accepted.body).toEqual({ credits: { caseStep: 1, agreementNotice: 0 } });

    const { response, applicationId } = await submitApplication({ baseUrl } as TestServer, token);
    expect(response.status).toBe(200);
    await expect.poll(() => wechat.subscribeMessages.filter((message) => message.touser === 'o-mother').length, { timeout: 20_000, interval: 200 }).toBe(1);
    expect(wechat.subscribeMessages.find((message) => message.touser === 'o-mother')).toMatchObject({
      template_id: 'tpl-case-step',
      page: `packages/family/pages/application/index?id=${applicationId}`,
      data: { phrase2: { value: '已提交' } },
    });
    expect(wechat.tokenRequests).toBe(1);
  });

  it('backs up as the nightly timer does, deletes backups past their retention, and restores into a drill database', async () => {
    const backups = join(dataDir, 'backups');
    const expired = join(backups, '2026-01-01T0230');
    mkdirSync(expired, { recursive: true });
    const fortyDaysAgo = new Date(Date.now() - 40 * 86_400_000);
    utimesSync(expired, fortyDaysAgo, fortyDaysAgo);
    await execFileAsync('deploy/backup.sh', [], { cwd: REPO_ROOT, env: { ...env, BACKUP_DIR: backups, BACKUP_KEEP_DAYS: '30' } });
    const kept = readdirSync(backups);
    expect(kept).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{4}$/)]);

    const manifest = JSON.parse(readFileSync(join(backups, kept[0]!, 'manifest.json'), 'utf8')) as { collections: { documents: number }[] };
    const documents = manifest.collections.reduce((sum, collection) => sum + collection.documents, 0);
    const drill = await execFileAsync('node', ['server/dist/restore.js', join(backups, kept[0]!), '--drop'], {
      cwd: REPO_ROOT,
      env: { ...env, MONGODB_URI: `mongodb://127.0.0.1:${env.DATABASE_PORT}/child_care_drill` },
      encoding: 'utf8',
    });
    expect(drill.stdout).toContain(`Restored ${manifest.collections.length} collections, ${documents} documents, from`);
    expect(documents).toBeGreaterThan(0);
  }, 300_000);

  it('stops cleanly on SIGTERM, as systemd stops it', async () => {
    server.kill('SIGTERM');
    const [exitCode] = await new Promise<[number | null]>((done) => server.once('exit', (code) => done([code])));
    expect(exitCode).toBe(0);
  });
});
