import "./validation/configure-zod";
export * from './errors/error-codes';
export * from './auth/roles';
export * from './auth/auth-schemas';
export * from './regions/region-schemas';
