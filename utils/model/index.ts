export * from './vocabulary';
export * from './fields';
export * from './source';
export * from './goal';
export * from './journal';
