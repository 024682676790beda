// An application's page in the console, in Chromium against the fake console API: what it shows,
// each action through its dialog with the version shown, a missing reason named next to its field,
// and the 409 when someone else changed the application first — said, with the steps since, and
// the page reloaded, never overwritten.
import { expect } from '@open-wc/testing';
import type { KutseConsole } from '../../widget/src/console/shell/console-shell.ts';
import { loadAxe } from './fixtures/axe.ts';
import {
  anApplicationFile,
  closeConsole,
  FakeConsoleApi,
  openConsole,
  viewOf,
} from './fixtures/fake-console-api.ts';
import { waitUntil } from './fixtures/screen.ts';

const LIST = '/console/bodies/etel/applications';

describe('an application’s page in the console', () => {
  let api: FakeConsoleApi;
  let shell: KutseConsole | undefined;
  before(loadAxe);

  beforeEach(() => {
    api = new FakeConsoleApi();
    api.files = [anApplicationFile()];
  });

  afterEach(() => {
    closeConsole(shell);
    api.restore();
  });

  const file = () => api.files[0] as NonNullable<(typeof api.files)[number]>;
  const page = () => viewOf(shell as KutseConsole, 'kutse-console-application');
  const text = () => page().textContent?.replace(/\s+/g, ' ') ?? '';
  const button = (label: string, root: ParentNode = page()) => {
    const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(label));
    if (!found) throw new Error(`no button “${label}”`);
    return found;
  };
  const open = async (language: 'et' | 'en' = 'et') => {
    shell = await openConsole(`${LIST}/${file().id}?lang=${language}`, { language });
    await waitUntil(() => {
      try {
        return page().querySelector('.columns') !== null;
      } catch {
        return false;
      }
    }, 'the application did not show');
  };
  const dialog = () => page().querySelector('dialog') as HTMLDialogElement;

  it('shows the applicant, the documents with a preview, the payment and the timeline, and passes axe', async () => {
    await open();
    expect(text()).to.include('49107075714');
    expect(text()).to.include('Karistusregistri väljavõte');
    expect(text()).to.include('148,80 €');
    expect(text()).to.include('Esitas taotluse');
    const download = page().querySelector('a[download]') as HTMLAnchorElement;
    expect(download.getAttribute('href')).to.equal(
      `/staff/bodies/etel/applications/${file().id}/documents/${file().documents[0]?.id}`,
    );
    button('Näita eelvaadet').click();
    await waitUntil(() => page().querySelector('iframe') !== null);
    expect(page().querySelector('iframe')?.getAttribute('src')).to.equal(
      `${download.getAttribute('href')}?inline=1`,
    );
    expect(page().querySelector('iframe')?.getAttribute('title')).to.equal(
      'Eelvaade: Karistusregistri väljavõte',
    );
    await expect(shell).to.be.accessible();
  });

  it('returns it for completion with the reason, naming the version it was shown', async () => {
    await open();
    button('Tagasta täiendamiseks').click();
    await waitUntil(() => dialog().open);
    const reason = dialog().querySelector('textarea') as HTMLTextAreaElement;
    expect(dialog().querySelector('label')?.textContent).to.equal('Mida on vaja täiendada');
    reason.value = 'Karistusregistri väljavõte on vanem kui 6 kuud.';
    button('Kinnita', dialog()).click();
    await waitUntil(() => !dialog().open);
    const sent = api.to(/\/return$/, 'POST')[0];
    expect(sent?.body).to.deep.equal({
      version: 1,
      reason: 'Karistusregistri väljavõte on vanem kui 6 kuud.',
    });
    expect(sent?.headers.get('x-csrf-token')).to.equal('csrf-of-the-session');
    await waitUntil(() => text().includes('Tehtud: Tagasta täiendamiseks.'));
    expect(page().querySelector('.title .badge')?.textContent).to.equal('Tagastatud täiendamiseks');
    expect(text()).to.include('Põhjus: Karistusregistri väljavõte on vanem kui 6 kuud.');
  });

  it('names a missing reason next to its field, and the API’s refusal too, in the page’s language', async () => {
    await open('en');
    button('Reject').click();
    await waitUntil(() => dialog().open);
    button('Confirm', dialog()).click();
    await waitUntil(() => dialog().querySelector('#action-reason-error')?.textContent === 'Required.');
    expect(dialog().querySelector('textarea')?.getAttribute('aria-invalid')).to.equal('true');
    expect(api.to(/\/reject$/, 'POST')).to.have.length(0);

    // Only spaces: the console sends it (trimmed, it is empty), and shows the API's sentence.
    api.intercept = (sent) =>
      sent.path.endsWith('/reject')
        ? new Response(
            JSON.stringify({
              type: 'about:blank',
              title: 'Unprocessable Content',
              status: 422,
              instance: '/staff',
              requestId: 'test',
              errors: [
                { in: 'body', field: 'reason', pointer: '/reason', detail: 'must say why, in a sentence' },
              ],
            }),
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          )
        : undefined;
    (dialog().querySelector('textarea') as HTMLTextAreaElement).value = 'No.';
    button('Confirm', dialog()).click();
    await waitUntil(
      () => dialog().querySelector('#action-reason-error')?.textContent === 'must say why, in a sentence',
    );
    expect(dialog().open).to.equal(true);
  });

  it('shows what changed when someone else acted first, and the application as it is now', async () => {
    await open();
    // Another processor marks the fee received while this page is open.
    api.changeElsewhere(
      file().id,
      {
        step: 'markFeeReceived',
        from: 'submitted',
        to: 'submitted',
        at: '2026-11-21T08:30:00Z',
        by: { name: 'Piret Põder', role: 'staff' },
        reason: null,
      },
      { feeReceived: true },
    );
    button('Märgi tasu laekunuks').click();
    await waitUntil(() => dialog().open);
    button('Kinnita', dialog()).click();
    await waitUntil(() => page().querySelector('.conflict') !== null);
    const conflict = page().querySelector('.conflict')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(conflict).to.include('Keegi muutis taotlust samal ajal');
    expect(conflict).to.include('Piret Põder · Märkis tasu laekunuks');
    expect(conflict).to.include('Taotluse olek nüüd: Esitatud.');
    expect(page().querySelector('.conflict')?.getAttribute('role')).to.equal('alert');
    // The page read the application again: the fee shows received, and the button is gone.
    await waitUntil(() => text().includes('Tasu on laekunud.'));
    expect(() => button('Märgi tasu laekunuks')).to.throw();
    expect(api.to(new RegExp(`/applications/${file().id}$`))).to.have.length(2);
    expect(file().version).to.equal(2);
  });

  it('admits to a session of the qualification, or the one the applicant chose', async () => {
    await open();
    button('Luba eksamile').click();
    await waitUntil(() => (dialog().querySelectorAll('option').length ?? 0) === 3);
    const select = dialog().querySelector('select') as HTMLSelectElement;
    expect(select.options[0]?.textContent).to.equal('Taotleja valitud sessioon');
    select.value = '2';
    button('Kinnita', dialog()).click();
    await waitUntil(() => api.to(/\/admit$/, 'POST').length === 1);
    expect(api.to(/\/admit$/, 'POST')[0]?.body).to.deep.equal({ version: 1, session: 2 });
  });

  it('moves an admitted application to another session, asking for both the session and why', async () => {
    api.files = [
      anApplicationFile({
        state: 'admitted',
        feeReceived: true,
        documentsAccepted: true,
        session: { id: 1, startsAt: '2026-03-12T08:00:00Z', place: 'Tallinn' },
      }),
    ];
    await open();
    button('Vii teisele eksamisessioonile').click();
    await waitUntil(() => dialog().open && dialog().querySelectorAll('option').length === 1);
    // The session it is in is not offered again.
    expect(dialog().querySelector('option')?.getAttribute('value')).to.equal('2');
    button('Kinnita', dialog()).click();
    await waitUntil(
      () => dialog().querySelector('#action-reason-error')?.textContent === 'Kohustuslik väli.',
    );
    (dialog().querySelector('textarea') as HTMLTextAreaElement).value = 'Taotleja palvel.';
    button('Kinnita', dialog()).click();
    await waitUntil(() => api.to(/\/move-session$/, 'POST').length === 1);
    expect(api.to(/\/move-session$/, 'POST')[0]?.body).to.deep.equal({
      version: 1,
      session: 2,
      reason: 'Taotleja palvel.',
    });
  });

  it('lets an assessor read but not act', async () => {
    shell = await openConsole(`${LIST}/${file().id}?lang=et`, {
      bodies: [{ slug: 'etel', name: 'Eesti Turvaettevõtete Liit', role: 'assessor' }],
    });
    await waitUntil(() => {
      try {
        return text().includes('Hindajana näete taotlust');
      } catch {
        return false;
      }
    });
    expect(page().querySelector('form.reply')).to.equal(null);
  });

  it('says when the application is not there (or not the body’s)', async () => {
    shell = await openConsole(`${LIST}/00000000-0000-4000-8000-999999999999?lang=et`);
    await waitUntil(() => {
      try {
        return text().includes('Sellist taotlust ei ole');
      } catch {
        return false;
      }
    });
  });

  it('sends a message to the applicant', async () => {
    await open();
    const form = page().querySelector('form.reply') as HTMLFormElement;
    (form.querySelector('textarea') as HTMLTextAreaElement).value = 'Palun lisage uus väljavõte.';
    form.requestSubmit();
    await waitUntil(() => text().includes('Sõnum saadetud.'));
    await waitUntil(() =>
      page().querySelector('.messages')?.textContent?.includes('Palun lisage uus väljavõte.'),
    );
  });
});
