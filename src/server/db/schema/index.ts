export * from './accounts.ts';
export * from './audit.ts';
export * from './party-orgs.ts';
export * from './people.ts';
export * from './sessions.ts';
export * from './settings.ts';
export * from './units.ts';
