import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import vm from 'node:vm';
import { wxApiNames } from './wx-api-names';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Options = Record<string, any>;
type Callbacks = { success?: (result: any) => void; fail?: (error: any) => void; complete?: (result: any) => void };

export interface PageRun {
  route: string;
  /** The page's data after every recorded `setData`, as WeChat's view layer would hold it. */
  data: Options;
  setDataCalls: number;
  instance: Options;
}

export interface WeappSandbox {
  launch(): Promise<void>;
  /** Loads a page as WeChat does on navigation, runs onLoad, onShow, onReady and waits until it is quiet. */
  open(route: string, query?: Record<string, string>): Promise<PageRun>;
  /** onHide and onUnload, page off the stack. */
  close(page: PageRun): Promise<void>;
  /** A tap on the element whose id is `id` (what Taro's `eh` receives from the view layer). */
  tap(page: PageRun, id: string): Promise<void>;
  storage: Map<string, unknown>;
  /** Every wx API called, by name, in order. */
  calls: string[];
  /** console.error and console.warn lines and errors thrown in timers or promises. */
  problems: string[];
  /** Navigations asked for (navigateTo, redirectTo, switchTab, reLaunch), by url. */
  navigations: string[];
}

export interface SandboxSettings {
  /** The built weapp folder (miniapp/dist/weapp). */
  root: string;
  /** Where `wx.request` really goes: the path and query of the app's URL are sent to this origin. */
  apiOrigin: string;
  /** The code `wx.login` answers, as WeChat would for this person. */
  loginCode?: string;
  storage?: Map<string, unknown>;
}

const systemInfo = {
  brand: 'devtools', model: 'iPhone 12', pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390,
  windowHeight: 754, statusBarHeight: 47, language: 'zh_CN', version: '8.0.50', system: 'iOS 16.0', platform: 'ios',
  fontSizeSetting: 16, SDKVersion: '3.4.0', safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
};

/** Writes `value` at a setData path such as `root.cn.[0].cn.[2].v` or `root.cn[0].st`. */
function setPath(target: Options, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  let at: any = target;
  for (const [index, key] of keys.entries()) {
    if (index === keys.length - 1) at[key] = value;
    else {
      if (at[key] === undefined || at[key] === null) at[key] = /^\d+$/.test(keys[index + 1]!) ? [] : {};
      at = at[key];
    }
  }
}

/** A copy as the view layer receives it: setData sends JSON across, so functions and undefined vanish. */
const overTheWire = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/**
 * The built mini-program evaluated in a Node `vm` context shaped like WeChat's logic layer: no window or document,
 * `eval` and `new Function` refused, CommonJS `require` between the package's files, the globals `App`, `Page`,
 * `Component`, `getApp`, `getCurrentPages`, and every `wx` API WeChat declares stubbed by name. `wx.request` goes
 * to a running API over HTTP; the rest answer as a phone would without a person touching it.
 */
export function weappSandbox(settings: SandboxSettings): WeappSandbox {
  const storage = settings.storage ?? new Map<string, unknown>();
  const calls: string[] = [];
  const problems: string[] = [];
  const navigations: string[] = [];
  let pending = 0;
  let appConfig: Options | null = null;
  let pageConfig: Options | null = null;
  /** WeChat runs a page's file once; every later visit makes a new instance of the config it registered. */
  const pageConfigs = new Map<string, Options>();
  const stack: PageRun[] = [];

  const answer = (options: Callbacks | undefined, result: Options) => {
    const done = { errMsg: 'ok', ...result };
    pending += 1;
    setTimeout(() => {
      pending -= 1;
      options?.success?.(done);
      options?.complete?.(done);
    });
  };
  const fail = (options: Callbacks | undefined, errMsg: string) => {
    pending += 1;
    setTimeout(() => {
      pending -= 1;
      options?.fail?.({ errMsg });
      options?.complete?.({ errMsg });
    });
  };

  const special: Record<string, (options?: any) => unknown> = {
    getSystemInfoSync: () => systemInfo,
    getWindowInfo: () => systemInfo,
    getDeviceInfo: () => systemInfo,
    getAppBaseInfo: () => systemInfo,
    getSystemSetting: () => ({ locationEnabled: true, wifiEnabled: true }),
    getSystemInfo: (options) => answer(options, systemInfo),
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 51, right: 383, bottom: 83, left: 296 }),
    getLaunchOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001, referrerInfo: {} }),
    getEnterOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001, referrerInfo: {} }),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'wx-development', envVersion: 'develop', version: '' } }),
    canIUse: () => true,
    getStorageSync: (key: string) => (storage.has(key) ? structuredClone(storage.get(key)) : ''),
    setStorageSync: ((key: string, value: unknown) => void storage.set(key, structuredClone(value))) as any,
    removeStorageSync: (key: string) => void storage.delete(key),
    getStorage: (options) => (storage.has(options.key) ? answer(options, { data: storage.get(options.key) }) : fail(options, 'getStorage:fail data not found')),
    setStorage: (options) => {
      storage.set(options.key, structuredClone(options.data));
      answer(options, {});
    },
    removeStorage: (options) => {
      storage.delete(options.key);
      answer(options, {});
    },
    getPrivacySetting: (options) => answer(options, { needAuthorization: false, privacyContractName: '《儿童关爱服务小程序隐私保护指引》' }),
    getNetworkType: (options) => answer(options, { networkType: 'wifi' }),
    login: (options) => (settings.loginCode ? answer(options, { code: settings.loginCode }) : fail(options, 'login:fail')),
    navigateTo: (options) => (navigations.push(options.url), answer(options, {})),
    redirectTo: (options) => (navigations.push(options.url), answer(options, {})),
    switchTab: (options) => (navigations.push(options.url), answer(options, {})),
    reLaunch: (options) => (navigations.push(options.url), answer(options, {})),
    navigateBack: (options) => (navigations.push('back'), answer(options, {})),
    nextTick: (callback: () => void) => void Promise.resolve().then(callback),
    createSelectorQuery: () => selectorQuery(),
    request: (options) => {
      pending += 1;
      const url = new URL(options.url);
      const body = options.data === undefined || options.method === 'GET' ? undefined : typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
      fetch(settings.apiOrigin + url.pathname + url.search, { method: options.method ?? 'GET', headers: options.header, body })
        .then(async (response) => {
          const text = await response.text();
          const data = options.dataType === 'json' && text ? JSON.parse(text) : text;
          const result = { data, statusCode: response.status, header: Object.fromEntries(response.headers), errMsg: 'request:ok' };
          options.success?.(result);
          options.complete?.(result);
        })
        .catch((error: Error) => {
          options.fail?.({ errMsg: `request:fail ${error.message}` });
          options.complete?.({ errMsg: `request:fail ${error.message}` });
        })
        .finally(() => (pending -= 1));
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
    },
  };

  function selectorQuery(): Options {
    const query: Options = {
      in: () => query,
      select: () => nodes,
      selectAll: () => nodes,
      selectViewport: () => nodes,
      exec: (callback?: (result: unknown[]) => void) => setTimeout(() => callback?.([null])),
    };
    const nodes: Options = {
      boundingClientRect: () => query,
      scrollOffset: () => query,
      fields: () => query,
      node: () => query,
      context: () => query,
    };
    return query;
  }

  /** Any other API: a function that answers success through its callbacks and returns what a Promise user needs. */
  function stub(name: string) {
    return (...args: any[]) => {
      calls.push(name);
      if (special[name]) return special[name](...args);
      if (/^(on|off)[A-Z]/.test(name)) return undefined;
      if (name.endsWith('Sync')) return undefined;
      if (/^create[A-Z]/.test(name)) return new Proxy({}, { get: (_target, key) => (key === 'then' ? undefined : () => undefined) });
      answer(args[0] as Callbacks | undefined, {});
      return undefined;
    };
  }

  const wx: Options = {};
  for (const name of wxApiNames()) wx[name] = stub(name);

  const console = {
    log: () => undefined,
    info: () => undefined,
    debug: () => undefined,
    warn: (...args: unknown[]) => void problems.push(`warn: ${args.map(String).join(' ')}`),
    error: (...args: unknown[]) => void problems.push(`error: ${args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' ')}`),
  };
  const guard = (callback: (...args: any[]) => void) => (...args: any[]) => {
    try {
      callback(...args);
    } catch (error) {
      problems.push(`thrown: ${(error as Error).stack ?? String(error)}`);
    }
  };
  /** Timers under a second count as work still to do (React's scheduler, Taro's batching); longer ones are waits. */
  const shortTimers = new Set<NodeJS.Timeout>();
  const globals: Options = {
    wx,
    console,
    setTimeout: (callback: () => void, ms = 0, ...args: unknown[]) => {
      const timer = setTimeout(() => {
        if (shortTimers.delete(timer)) pending -= 1;
        guard(callback)(...args);
      }, ms);
      if (ms < 1000) {
        shortTimers.add(timer);
        pending += 1;
      }
      return timer;
    },
    clearTimeout: (timer: NodeJS.Timeout) => {
      if (shortTimers.delete(timer)) pending -= 1;
      clearTimeout(timer);
    },
    setInterval: (callback: () => void, ms?: number) => setInterval(guard(callback), ms),
    clearInterval: (timer: NodeJS.Timeout) => clearInterval(timer),
    App: (config: Options) => void (appConfig = config),
    Page: (config: Options) => void (pageConfig = config),
    // Taro's own components (comp, custom-wrapper) only recurse templates: the page's setData holds the whole tree.
    Component: () => undefined,
    Behavior: (config: Options) => config,
    getApp: () => appConfig,
    getCurrentPages: () => stack.map((page) => page.instance),
  };
  const context = vm.createContext(globals, { codeGeneration: { strings: false, wasm: false }, name: 'weapp logic layer' });

  const modules = new Map<string, { exports: unknown }>();
  function requireFile(file: string): unknown {
    const path = normalize(file.endsWith('.js') ? file : `${file}.js`);
    const cached = modules.get(path);
    if (cached) return cached.exports;
    const module = { exports: {} };
    modules.set(path, module);
    const code = readFileSync(join(settings.root, path), 'utf8');
    const wrapped = new vm.Script(`(function (require, module, exports) {${code}\n})`, { filename: path });
    const run = wrapped.runInContext(context) as (require: (name: string) => unknown, module: unknown, exports: unknown) => void;
    run((name) => requireFile(join(dirname(path), name)), module, module.exports);
    return module.exports;
  }

  /** Until no request, WeChat callback or timer under a second is outstanding. */
  async function settled(): Promise<void> {
    for (let quiet = 0; quiet < 3; ) {
      await new Promise((done) => setTimeout(done, 20));
      quiet = pending === 0 ? quiet + 1 : 0;
    }
  }

  return {
    storage,
    calls,
    problems,
    navigations,
    async launch() {
      requireFile('app.js');
      if (!appConfig) throw new Error('app.js did not call App()');
      const launchOptions = special.getLaunchOptionsSync!();
      appConfig.onLaunch?.call(appConfig, launchOptions);
      appConfig.onShow?.call(appConfig, launchOptions);
      await settled();
    },
    async open(route, query = {}) {
      if (!pageConfigs.has(route)) {
        pageConfig = null;
        requireFile(`${route}.js`);
        if (!pageConfig) throw new Error(`${route}.js did not call Page()`);
        pageConfigs.set(route, pageConfig);
      }
      const config = pageConfigs.get(route)!;
      const run: PageRun = { route, data: overTheWire(config.data) ?? {}, setDataCalls: 0, instance: {} };
      const instance: Options = Object.create(config);
      Object.assign(instance, {
        route,
        options: query,
        data: run.data,
        setData(patch: Options, callback?: () => void) {
          run.setDataCalls += 1;
          for (const [path, value] of Object.entries(overTheWire(patch) as Options)) setPath(run.data, path, value);
          if (callback) globals.setTimeout(callback);
        },
        selectComponent: () => null,
        createSelectorQuery: () => selectorQuery(),
      });
      run.instance = instance;
      stack.push(run);
      instance.onLoad?.call(instance, query);
      instance.onShow?.call(instance);
      instance.onReady?.call(instance);
      await settled();
      return run;
    },
    async close(page) {
      page.instance.onHide?.call(page.instance);
      page.instance.onUnload?.call(page.instance);
      stack.splice(stack.indexOf(page), 1);
      await settled();
    },
    async tap(page, id) {
      const event = { type: 'tap', timeStamp: Date.now(), detail: { x: 10, y: 10 }, target: { id, dataset: {} }, currentTarget: { id, dataset: {} } };
      page.instance.eh.call(page.instance, event);
      await settled();
    },
  };
}
