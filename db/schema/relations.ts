// Relations for drizzle's relational queries (the catalogue reads a whole qualification in one query).
import { relations } from 'drizzle-orm';
import { awardingBodies, bodyOrigins } from './bodies.ts';
import {
  applicationKinds,
  assessmentComponents,
  deliveryOptions,
  documentTypes,
  feeItems,
  kindDocuments,
  prerequisites,
  qualifications,
} from './catalogue.ts';
import { examSessions } from './exams.ts';

export const awardingBodiesRelations = relations(awardingBodies, ({ many }) => ({
  origins: many(bodyOrigins),
  qualifications: many(qualifications),
  deliveryOptions: many(deliveryOptions),
}));

export const bodyOriginsRelations = relations(bodyOrigins, ({ one }) => ({
  body: one(awardingBodies, { fields: [bodyOrigins.bodyId], references: [awardingBodies.id] }),
}));

export const qualificationsRelations = relations(qualifications, ({ one, many }) => ({
  body: one(awardingBodies, { fields: [qualifications.bodyId], references: [awardingBodies.id] }),
  applicationKinds: many(applicationKinds),
  examSessions: many(examSessions),
}));

export const applicationKindsRelations = relations(applicationKinds, ({ one, many }) => ({
  qualification: one(qualifications, {
    fields: [applicationKinds.qualificationId],
    references: [qualifications.id],
  }),
  prerequisites: many(prerequisites),
  documents: many(kindDocuments),
  fees: many(feeItems),
  assessmentComponents: many(assessmentComponents),
}));

export const prerequisitesRelations = relations(prerequisites, ({ one }) => ({
  applicationKind: one(applicationKinds, {
    fields: [prerequisites.applicationKindId],
    references: [applicationKinds.id],
  }),
}));

export const kindDocumentsRelations = relations(kindDocuments, ({ one }) => ({
  applicationKind: one(applicationKinds, {
    fields: [kindDocuments.applicationKindId],
    references: [applicationKinds.id],
  }),
  documentType: one(documentTypes, {
    fields: [kindDocuments.documentTypeId],
    references: [documentTypes.id],
  }),
}));

export const feeItemsRelations = relations(feeItems, ({ one }) => ({
  applicationKind: one(applicationKinds, {
    fields: [feeItems.applicationKindId],
    references: [applicationKinds.id],
  }),
}));

export const assessmentComponentsRelations = relations(assessmentComponents, ({ one }) => ({
  applicationKind: one(applicationKinds, {
    fields: [assessmentComponents.applicationKindId],
    references: [applicationKinds.id],
  }),
}));

export const deliveryOptionsRelations = relations(deliveryOptions, ({ one }) => ({
  body: one(awardingBodies, { fields: [deliveryOptions.bodyId], references: [awardingBodies.id] }),
}));

export const examSessionsRelations = relations(examSessions, ({ one }) => ({
  qualification: one(qualifications, {
    fields: [examSessions.qualificationId],
    references: [qualifications.id],
  }),
}));
