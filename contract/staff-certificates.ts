// A certificate as its awarding body's staff see it in the console: what anyone may see, and
// whether it is published, and when and why it was revoked. Revoking it is
// POST /staff/bodies/:body/certificates/:number/revoke (contract/credentials.ts).
import * as v from 'valibot';
import { CertificateView } from './certificates.ts';

export const StaffCertificate = v.object({
  ...CertificateView.entries,
  public: v.boolean(),
  revokedAt: v.nullable(v.string()),
  revokedReason: v.nullable(v.string()),
});
export type StaffCertificate = v.InferOutput<typeof StaffCertificate>;
