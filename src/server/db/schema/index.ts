export * from './accounts.ts';
export * from './audit.ts';
export * from './sessions.ts';
export * from './settings.ts';
export * from './units.ts';
