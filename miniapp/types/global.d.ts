/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';
declare module '*.css';

/** API origin, set per platform in config/index.ts (empty on H5: same origin). */
declare const API_BASE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    TARO_ENV: 'weapp' | 'h5';
    /** Absolute API origin for the mini-program build, e.g. https://api.example.cn */
    TARO_APP_API_BASE?: string;
  }
}
