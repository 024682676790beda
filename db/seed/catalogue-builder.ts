// Writes a body's catalogue from a plain description, so each body's seed reads like its web page.
import type { DocumentRule } from '../../contract/document-rules.ts';
import type { Transaction } from '../client.ts';
import {
  applicationKinds,
  assessmentComponents,
  awardingBodies,
  bodyOrigins,
  deliveryOptions,
  documentTypes,
  feeItems,
  kindDocuments,
  prerequisites,
  qualifications,
} from '../schema/index.ts';

type Text = { et: string; en: string };

export type KindSpec = {
  kind: 'first' | 'recertification' | 'reexam' | 'rpl';
  slug: string;
  title: Text;
  window: { openFrom: Date; openUntil: Date; demoValues: boolean };
  recertification?: { fromMonths: number; untilMonths: number };
  prerequisites: Text[];
  documents: {
    type: string;
    label: Text;
    required?: boolean;
    rules?: DocumentRule[];
    /** A blank form to download, for a document the body wants on its own form. */
    templateUrl?: string;
    demoValue?: boolean;
  }[];
  fees: { label: Text; netCents: number; due?: 'submission' | 'before_exam'; demoValue?: boolean }[];
  assessment: {
    method: 'test' | 'interview' | 'written_task' | 'practical' | 'portfolio';
    description: Text;
  }[];
};

export type QualificationSpec = {
  slug: string;
  name: Text;
  eqfLevel: number | null;
  validityMonths: number | null;
  /** The validity is not the body's own figure. */
  validityDemoValue?: boolean;
  standardName?: Text;
  awardedUntil?: string;
  kinds: KindSpec[];
};

export type BodySpec = {
  slug: string;
  name: Text;
  registryCode?: string;
  iban: string;
  bankName?: string;
  paymentExplanation: Text;
  submitDraftsAfterClose?: boolean;
  contactEmail: string;
  website?: string;
  fictional?: boolean;
  origins: string[];
  documentTypes: { slug: string; name: Text }[];
  deliveryOptions: { slug: string; label: Text; costNetCents: number; demoValue?: boolean }[];
  qualifications: QualificationSpec[];
};

/** Inserts a body with everything it offers; returns its id and qualification ids by slug. */
export async function insertBody(tx: Transaction, spec: BodySpec) {
  const [body] = await tx
    .insert(awardingBodies)
    .values({
      slug: spec.slug,
      nameEt: spec.name.et,
      nameEn: spec.name.en,
      registryCode: spec.registryCode,
      iban: spec.iban,
      bankName: spec.bankName,
      paymentExplanationEt: spec.paymentExplanation.et,
      paymentExplanationEn: spec.paymentExplanation.en,
      submitDraftsAfterClose: spec.submitDraftsAfterClose ?? false,
      contactEmail: spec.contactEmail,
      website: spec.website,
      fictional: spec.fictional ?? false,
    })
    .returning({ id: awardingBodies.id });
  const bodyId = (body as { id: number }).id;
  if (spec.origins.length)
    await tx.insert(bodyOrigins).values(spec.origins.map((origin) => ({ bodyId, origin })));
  const types = await tx
    .insert(documentTypes)
    .values(spec.documentTypes.map((d) => ({ bodyId, slug: d.slug, nameEt: d.name.et, nameEn: d.name.en })))
    .returning({ id: documentTypes.id, slug: documentTypes.slug });
  const typeId = new Map(types.map((t) => [t.slug, t.id]));
  if (spec.deliveryOptions.length) {
    await tx.insert(deliveryOptions).values(
      spec.deliveryOptions.map((d) => ({
        bodyId,
        slug: d.slug,
        labelEt: d.label.et,
        labelEn: d.label.en,
        costNetCents: d.costNetCents,
        demoValue: d.demoValue ?? false,
      })),
    );
  }
  const qualificationIds: Record<string, number> = {};
  for (const q of spec.qualifications) {
    qualificationIds[q.slug] = await insertQualification(tx, bodyId, q, typeId);
  }
  return { bodyId, qualificationIds };
}

async function insertQualification(
  tx: Transaction,
  bodyId: number,
  q: QualificationSpec,
  typeId: Map<string, number>,
): Promise<number> {
  const [row] = await tx
    .insert(qualifications)
    .values({
      bodyId,
      slug: q.slug,
      nameEt: q.name.et,
      nameEn: q.name.en,
      eqfLevel: q.eqfLevel,
      validityMonths: q.validityMonths,
      validityDemoValue: q.validityDemoValue ?? false,
      standardNameEt: q.standardName?.et,
      standardNameEn: q.standardName?.en,
      awardedUntil: q.awardedUntil,
    })
    .returning({ id: qualifications.id });
  const qualificationId = (row as { id: number }).id;
  for (const k of q.kinds) await insertKind(tx, qualificationId, k, typeId);
  return qualificationId;
}

async function insertKind(
  tx: Transaction,
  qualificationId: number,
  k: KindSpec,
  typeId: Map<string, number>,
) {
  const [row] = await tx
    .insert(applicationKinds)
    .values({
      qualificationId,
      kind: k.kind,
      slug: k.slug,
      titleEt: k.title.et,
      titleEn: k.title.en,
      openFrom: k.window.openFrom,
      openUntil: k.window.openUntil,
      demoValues: k.window.demoValues,
      recertificationFromMonths: k.recertification?.fromMonths,
      recertificationUntilMonths: k.recertification?.untilMonths,
    })
    .returning({ id: applicationKinds.id });
  const applicationKindId = (row as { id: number }).id;
  const numbered = <T>(items: T[]) => items.map((item, i) => ({ item, position: i + 1 }));
  if (k.prerequisites.length) {
    await tx.insert(prerequisites).values(
      numbered(k.prerequisites).map(({ item, position }) => ({
        applicationKindId,
        position,
        textEt: item.et,
        textEn: item.en,
      })),
    );
  }
  await tx.insert(kindDocuments).values(
    numbered(k.documents).map(({ item, position }) => {
      const documentTypeId = typeId.get(item.type);
      if (documentTypeId === undefined) throw new Error(`seed: unknown document type ${item.type}`);
      return {
        applicationKindId,
        documentTypeId,
        position,
        required: item.required ?? true,
        labelEt: item.label.et,
        labelEn: item.label.en,
        rules: item.rules ?? [],
        templateUrl: item.templateUrl ?? null,
        demoValue: item.demoValue ?? false,
      };
    }),
  );
  await tx.insert(feeItems).values(
    numbered(k.fees).map(({ item, position }) => ({
      applicationKindId,
      position,
      labelEt: item.label.et,
      labelEn: item.label.en,
      netCents: item.netCents,
      due: item.due ?? 'submission',
      demoValue: item.demoValue ?? false,
    })),
  );
  await tx.insert(assessmentComponents).values(
    numbered(k.assessment).map(({ item, position }) => ({
      applicationKindId,
      position,
      method: item.method,
      descriptionEt: item.description.et,
      descriptionEn: item.description.en,
    })),
  );
}
