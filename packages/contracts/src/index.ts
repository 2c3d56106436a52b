export * from './errors';
export * from './common';
export * from './accounts';
export * from './intents';
export * from './audit';
export * from './ops';
export * from './api-paths';
