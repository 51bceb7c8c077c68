export * from './vocabulary';
export * from './fields';
export * from './source';
