// <kutse-status-tracker>'s messages: the thread behind a button that counts the unread, replies
// with their checks, attachments uploaded first with progress, and downloads with the token.
import { expect } from '@open-wc/testing';
import { aMessage, aSubmittedApplication } from './fixtures/applications.ts';
import { loadAxe } from './fixtures/axe.ts';
import { json, problem } from './fixtures/fake-api.ts';
import { fakeApiForEachTest, type Upload } from './fixtures/fake-applications-api.ts';
import { control, shows, visibleText, waitUntil } from './fixtures/screen.ts';
import {
  $,
  $$,
  anAttachment,
  announced,
  attach,
  ids,
  list,
  openMessages,
  sentTo,
  text,
  tracker,
  trackerApi,
  typeReply,
} from './status-tracker.fixtures.ts';

describe('<kutse-status-tracker> messages', () => {
  const api = fakeApiForEachTest(trackerApi);
  const messages = `${list}/${ids.submitted}/messages`;

  before(loadAxe);

  beforeEach(() => {
    api.applications = [aSubmittedApplication('et', { unreadMessages: 2 })];
    api.messages[ids.submitted] = [
      aMessage({ attachments: [anAttachment()] }),
      aMessage({ text: 'Ootame tõendit nädala jooksul.', sentAt: '2026-02-06T08:00:00Z' }),
    ];
  });

  /** Signed in, the tracker on the page with its thread open. */
  const aThread = async () => {
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Sõnumid');
    await openMessages(el, 'Sõnumid (2 lugemata)');
    return el;
  };

  it('open behind a button that says how many are unread, the body’s and mine told apart', async () => {
    api.messages[ids.submitted]?.push(
      aMessage({
        fromBody: false,
        author: 'Mari Maasikas',
        text: 'Saadan homme.',
        readAt: '2026-02-06T09:00:00Z',
      }),
    );
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Sõnumid (2 lugemata)');
    const button = $<HTMLButtonElement>(el, '[part="messages-button"]');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await openMessages(el, 'Sõnumid (2 lugemata)');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const [request] = sentTo(api, 'GET', messages);
    expect(request?.query.get('lang')).to.equal('et');
    expect(request?.headers.get('authorization')).to.equal('Bearer token-1');

    const shown = $$(el, '[part="message"]');
    expect(shown.map((message) => message.className)).to.deep.equal([
      'message from-body',
      'message from-body',
      'message from-me',
    ]);
    expect(text(shown[0] as HTMLElement)).to.match(
      /^ETEL kutsekomisjon Kutse andja .*2026.* Palun lisage karistusregistri tõend\. karistusregistri-tõend\.pdf PDF, 0,1 MB$/,
    );
    expect(text(shown[2] as HTMLElement)).to.include('Mari Maasikas Teie');
    // Reading them marked them read.
    await waitUntil(() => text(button) === 'Sõnumid');
    await expect(el).to.be.accessible();

    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.thread-body').hidden).to.equal(true);
  });

  it('are accessible in English too', async () => {
    await api.signIn();
    const el = await tracker(api, 'en');
    await shows(el, 'Messages (2 unread)');
    await openMessages(el, 'Messages (2 unread)');
    expect(visibleText(el)).to.include('Your message to the awarding body');
    await expect(el).to.be.accessible();
  });

  it('refuse an empty reply with an error next to the field, and send nothing', async () => {
    const el = await aThread();
    typeReply(el, '   ');
    control(el, 'button', 'Saada').click();
    await shows(el, 'Kirjutage sõnum.');
    const textarea = $<HTMLTextAreaElement>(el, '[part="reply"] textarea');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    const error = $(el, `#${textarea.getAttribute('aria-describedby')}`);
    expect(text(error)).to.equal('Kirjutage sõnum.');
    expect(textarea.nextElementSibling).to.equal(error);
    expect(el.shadowRoot?.activeElement).to.equal(textarea);
    expect(sentTo(api, 'POST', messages)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('send a reply, showing it and saying so', async () => {
    const el = await aThread();
    typeReply(el, '  Saadan tõendi homme.  ');
    control(el, 'button', 'Saada').click();
    await waitUntil(() => announced(el) === 'Sõnum saadetud.', 'not announced');
    const [post] = sentTo(api, 'POST', messages);
    expect(post?.body).to.deep.equal({ text: 'Saadan tõendi homme.' });
    expect(post?.headers.get('content-type')).to.equal('application/json');
    expect(post?.headers.get('authorization')).to.equal('Bearer token-1');
    expect(text($$(el, '[part="message"]').at(-1) as HTMLElement)).to.include('Saadan tõendi homme.');
    expect($<HTMLTextAreaElement>(el, '[part="reply"] textarea').value).to.equal('');
    expect($(el, '[part="announcer"]').getAttribute('aria-live')).to.equal('polite');
  });

  it('upload attachments first, with progress, then send the message with their ids', async () => {
    api.holdUploads = true;
    const el = await aThread();
    typeReply(el, 'Tõendid lisatud.');
    attach(
      el,
      new File(['%PDF-1.4 tõend'], 'tõend.pdf', { type: 'application/pdf' }),
      new File(['\x89PNG pilt'], 'pilt.png', { type: 'image/png' }),
    );
    await shows(el, 'pilt.png');
    control(el, 'button', 'Saada').click();

    await waitUntil(() => api.uploads.length === 1, 'no upload');
    const first = api.uploads[0] as Upload;
    expect(first.url.origin + first.url.pathname).to.equal(
      `${api.origin}${list}/${ids.submitted}/attachments`,
    );
    expect(first.sent.method).to.equal('POST');
    expect(first.url.searchParams.get('name')).to.equal('tõend.pdf');
    expect(first.url.searchParams.get('lang')).to.equal('et');
    expect(first.sent.headers.get('authorization')).to.equal('Bearer token-1');
    expect(first.sent.body).to.be.instanceOf(File);
    first.progress(5, 10);
    await el.updateComplete;
    const progress = $<HTMLProgressElement>(el, '[part="reply"] progress');
    expect(progress.value / progress.max).to.equal(0.5);
    expect(text($(el, `label[for="${progress.id}"]`))).to.equal('Laadin üles: tõend.pdf');
    await expect(el).to.be.accessible();
    const firstId = 'aaaaaaaa-0000-4000-8000-000000000001';
    void first.finish(json(anAttachment({ id: firstId, fileName: 'tõend.pdf' }), 201));

    await waitUntil(() => api.uploads.length === 2, 'no second upload');
    expect(sentTo(api, 'POST', messages)).to.have.length(0);
    const secondId = 'aaaaaaaa-0000-4000-8000-000000000002';
    void (api.uploads[1] as Upload).finish(json(anAttachment({ id: secondId, fileName: 'pilt.png' }), 201));

    await waitUntil(() => announced(el) === 'Sõnum saadetud.', 'not announced');
    const [post] = sentTo(api, 'POST', messages);
    expect(post?.body).to.deep.equal({ text: 'Tõendid lisatud.', attachments: [firstId, secondId] });
    expect(text($$(el, '[part="message"]').at(-1) as HTMLElement)).to.include('Tõendid lisatud.');
    expect($$(el, '[part="reply"] progress')).to.have.length(0);
    expect(visibleText(el)).not.to.include('pilt.png');
  });

  it('keep the reply and say why when an upload is refused, and do not upload twice on retry', async () => {
    api.holdUploads = true;
    const el = await aThread();
    typeReply(el, 'Lisan tõendi.');
    attach(
      el,
      new File(['%PDF-1.4'], 'tõend.pdf', { type: 'application/pdf' }),
      new File(['MZ'], 'programm.exe', { type: 'application/octet-stream' }),
    );
    await shows(el, 'programm.exe');
    control(el, 'button', 'Saada').click();
    await waitUntil(() => api.uploads.length === 1);
    void (api.uploads[0] as Upload).finish(
      json(anAttachment({ id: 'aaaaaaaa-0000-4000-8000-000000000001' }), 201),
    );
    await waitUntil(() => api.uploads.length === 2);
    void (api.uploads[1] as Upload).finish(
      problem(415, 'Unsupported Media Type', 'Fail peab olema PDF, JPEG või PNG.'),
    );
    await shows(el, 'Sõnumit ei õnnestunud saata. Fail peab olema PDF, JPEG või PNG.');
    expect($<HTMLTextAreaElement>(el, '[part="reply"] textarea').value).to.equal('Lisan tõendi.');
    expect(sentTo(api, 'POST', messages)).to.have.length(0);
    await expect(el).to.be.accessible();

    control(el, 'button', 'Saada').click();
    await waitUntil(() => api.uploads.length === 3);
    // Only the refused file goes up again.
    expect((api.uploads[2] as Upload).url.searchParams.get('name')).to.equal('programm.exe');
  });

  it('take at most five files', async () => {
    const el = await aThread();
    const files = [1, 2, 3, 4, 5, 6].map((i) => new File(['%PDF'], `${i}.pdf`, { type: 'application/pdf' }));
    const input = attach(el, ...files);
    await shows(el, 'Lisada saab kuni 5 faili.');
    expect($$(el, '.files li')).to.have.length(5);
    expect(input.disabled).to.equal(true);
  });

  it('download an attachment with the token', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      const el = await aThread();
      control(el, 'button', 'karistusregistri-tõend.pdf').click();
      await waitUntil(() => clicked.length === 1, 'no download');
      const [request] = sentTo(api, 'GET', `${list}/${ids.submitted}/documents/${ids.document}`);
      expect(request?.headers.get('authorization')).to.equal('Bearer token-1');
      expect(clicked[0]?.download).to.equal('karistusregistri-tõend.pdf');
      expect(clicked[0]?.href).to.match(/^blob:/);
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
  });
});
