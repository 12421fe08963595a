/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';
declare module '*.css';

/** API origin, set per platform in config/index.ts (empty on H5: same origin). */
declare const API_BASE: string;
/** The subscribe messages' template ids by name, from the build's WEAPP_SUBSCRIBE_TEMPLATE_IDS (config/weapp-release.ts); empty on H5. */
declare const SUBSCRIBE_TEMPLATE_IDS: Record<string, string>;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    TARO_ENV: 'weapp' | 'h5';
    /** Absolute API origin for the mini-program build, e.g. https://api.example.cn */
    TARO_APP_API_BASE?: string;
  }
}

/** One NutUI icon, imported by its own file so a page carries only the icons it draws. */
declare module '@nutui/icons-react-taro/dist/es/icons/*.js' {
  import type { FunctionComponent } from 'react';
  const Icon: FunctionComponent<{ size?: string | number; color?: string; className?: string }>;
  export default Icon;
}
