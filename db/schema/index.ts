// The whole schema, re-exported area by area, with the relations the catalogue queries use.
export * from './access.ts';
export * from './applications.ts';
export * from './audit.ts';
export * from './bodies.ts';
export * from './catalogue.ts';
export * from './certificates.ts';
export * from './exams.ts';
export * from './mail.ts';
export * from './people.ts';
export * from './protocols.ts';
export * from './rate-limits.ts';
export * from './relations.ts';
export * from './results.ts';
