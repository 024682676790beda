// The console's certificates view in Chromium against a fake of its two routes (GET a certificate
// of the body, POST …/revoke), whose answers are parsed with the contract's schemas: found by its
// number through the URL, a missing number named next to the field, one not found said so, the
// manager's revocation with its reason in a dialog, a processor who cannot revoke; axe on each.
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { RevokedCertificate } from '../../contract/credentials.ts';
import { StaffCertificate } from '../../contract/staff-certificates.ts';
import '../../widget/src/console/define.ts';
import { defineCertificates } from '../../widget/src/console/certificates/define.ts';
import type { KutseConsole } from '../../widget/src/console/shell/console-shell.ts';
import { loadAxe } from './fixtures/axe.ts';
import { closeConsole, openConsole } from './fixtures/fake-console-api.ts';
import { waitUntil } from './fixtures/screen.ts';

const PAGE = '/console/bodies/etel/certificates';

const aCertificate = (): StaffCertificate => ({
  number: 'ETEL-T3-0001',
  holder: { givenName: 'Jaan', familyName: 'Ääremaa' },
  qualification: { slug: 'turvatootaja-3', name: 'Turvatöötaja, tase 3', eqfLevel: 3 },
  body: { slug: 'etel', name: 'Eesti Turvaettevõtete Liit' },
  issuedOn: '2019-05-20',
  validUntil: null,
  status: 'valid',
  verifyUrl: 'http://kutse.test/verify/ETEL-T3-0001',
  public: true,
  revokedAt: null,
  revokedReason: null,
});

/** The body's certificates behind window.fetch: what the view asked, and each answer parsed. */
function fakeCertificatesApi(certificates: StaffCertificate[]) {
  const original = window.fetch;
  const sent: { method: string; path: string; headers: Headers; body: unknown }[] = [];
  const json = (schema: v.GenericSchema, body: unknown, status = 200) =>
    new Response(JSON.stringify(v.parse(schema, body)), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  window.fetch = async (input, init) => {
    const url = new URL(String(input), location.href);
    const method = (init?.method ?? 'GET').toUpperCase();
    sent.push({
      method,
      path: url.pathname,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const [, number, revoke] =
      /^\/staff\/bodies\/etel\/certificates\/([^/]+)(\/revoke)?$/.exec(url.pathname) ?? [];
    const found = certificates.find((c) => c.number === decodeURIComponent(number ?? ''));
    if (!found)
      return new Response(
        JSON.stringify({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          instance: url.pathname,
          requestId: 't',
        }),
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      );
    if (!revoke) return json(StaffCertificate, found);
    const { reason } = (sent.at(-1)?.body ?? {}) as { reason: string };
    Object.assign(found, { status: 'revoked', revokedAt: '2024-05-15T06:00:00.000Z', revokedReason: reason });
    return json(RevokedCertificate, {
      number: found.number,
      status: 'revoked',
      revokedAt: found.revokedAt,
      reason,
    });
  };
  return { sent, restore: () => (window.fetch = original) };
}

describe('the console’s certificates view', () => {
  let api: ReturnType<typeof fakeCertificatesApi>;
  let shell: KutseConsole | undefined;
  before(async function () {
    await defineCertificates();
    await loadAxe.call(this);
  });
  beforeEach(() => {
    api = fakeCertificatesApi([aCertificate()]);
  });
  afterEach(() => {
    closeConsole(shell);
    shell = undefined;
    api.restore();
  });

  const root = () => shell?.shadowRoot?.querySelector('kutse-console-certificates')?.shadowRoot ?? undefined;
  const text = () => root()?.textContent?.replace(/\s+/g, ' ') ?? '';
  const button = (within: ParentNode, label: string) => {
    const found = [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!found) throw new Error(`no button “${label}”`);
    return found;
  };
  const manager = [{ slug: 'etel', name: 'Eesti Turvaettevõtete Liit', role: 'manager' as const }];

  it('finds a certificate by its number through the URL and shows it, and passes axe', async () => {
    shell = await openConsole(`${PAGE}?lang=et`, { bodies: manager });
    await waitUntil(() => root()?.querySelector('#number'));
    (root()?.querySelector('#number') as HTMLInputElement).value = 'etel-t3-0001';
    button(root() as ShadowRoot, 'Näita').click();
    await waitUntil(() => text().includes('Jaan Ääremaa'));
    expect(`${location.pathname}${location.search}`).to.equal(`${PAGE}?number=ETEL-T3-0001&lang=et`);
    expect(text()).to.include('Turvatöötaja, tase 3');
    expect(text()).to.include('Kehtiv');
    expect(text()).to.include('Avalik');
    const current = shell?.shadowRoot?.querySelector('nav.views a[aria-current="page"]');
    expect(current?.textContent?.trim()).to.equal('Tunnistused');
    await expect(shell).to.be.accessible();
  });

  it('names a missing number next to the field and asks nothing; says when the body has no such certificate', async () => {
    shell = await openConsole(`${PAGE}?lang=et`, { bodies: manager });
    await waitUntil(() => root()?.querySelector('#number'));
    button(root() as ShadowRoot, 'Näita').click();
    await waitUntil(
      () => root()?.querySelector('#number-error')?.textContent === 'Sisestage tunnistuse number.',
    );
    expect(root()?.querySelector('#number')?.getAttribute('aria-invalid')).to.equal('true');
    expect(api.sent).to.have.length(0);
    closeConsole(shell);
    shell = await openConsole(`${PAGE}?number=NAID-K4-0009&lang=et`, { bodies: manager });
    await waitUntil(() =>
      text().includes('Tunnistust NAID-K4-0009 selle kutseandja tunnistuste hulgas ei ole.'),
    );
    await expect(shell).to.be.accessible();
  });

  it('lets the manager revoke it with a reason confirmed in a dialog', async () => {
    shell = await openConsole(`${PAGE}?number=ETEL-T3-0001&lang=et`, { bodies: manager });
    await waitUntil(() => text().includes('Jaan Ääremaa'));
    button(root() as ShadowRoot, 'Tunnista kehtetuks').click();
    const dialog = root()?.querySelector('dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open);
    await expect(shell).to.be.accessible();
    (dialog.querySelector('#reason') as HTMLTextAreaElement).value = 'x';
    button(dialog, 'Tunnista kehtetuks').click();
    await waitUntil(() => dialog.querySelector('#reason-error')?.textContent?.startsWith('Kirjutage põhjus'));
    expect(api.sent.filter((s) => s.method === 'POST')).to.have.length(0);
    (dialog.querySelector('#reason') as HTMLTextAreaElement).value =
      'Tunnistus anti välja vigaste andmetega.';
    button(dialog, 'Tunnista kehtetuks').click();
    await waitUntil(() => text().includes('Tunnistus anti välja vigaste andmetega.') && !dialog.open);
    const revoke = api.sent.find((s) => s.method === 'POST');
    expect(revoke?.path).to.equal('/staff/bodies/etel/certificates/ETEL-T3-0001/revoke');
    expect(revoke?.body).to.deep.equal({ reason: 'Tunnistus anti välja vigaste andmetega.' });
    expect(revoke?.headers.get('x-csrf-token')).to.equal('csrf-of-the-session');
    expect(root()?.querySelector('.badge')?.textContent).to.equal('Kehtetuks tunnistatud');
    expect(() => button(root() as ShadowRoot, 'Tunnista kehtetuks')).to.throw();
  });

  it('shows a processor the certificate without revoking, in English too', async () => {
    shell = await openConsole(`${PAGE}?number=ETEL-T3-0001&lang=en`, { language: 'en' });
    await waitUntil(() => text().includes('Jaan Ääremaa'));
    expect(text()).to.include('Only the awarding body’s manager can revoke a certificate.');
    expect(() => button(root() as ShadowRoot, 'Revoke')).to.throw();
    await expect(shell).to.be.accessible();
  });
});
