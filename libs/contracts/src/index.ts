export * from './roles';
export * from './ports';
