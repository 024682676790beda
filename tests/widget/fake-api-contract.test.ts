// The fake API holds to the contract: an answer the API could not send — success or problem, over
// fetch or an upload — fails the test that provoked it, even when the widget swallows the error.
import { expect } from '@open-wc/testing';
import { aDocumentView, anApplication, aSubmittedApplication } from './fixtures/applications.ts';
import { json } from './fixtures/fake-api.ts';
import { type FakeApplicationsApi, installFakeApi } from './fixtures/fake-applications-api.ts';

describe('the fake API’s contract check', () => {
  let api: FakeApplicationsApi;
  let list: string;

  beforeEach(async () => {
    api = await installFakeApi();
    api.applications = [aSubmittedApplication()];
    list = `${api.origin}/bodies/etel/applications`;
  });

  afterEach(async () => {
    // Whatever a test left behind is reported here; the tests below take theirs first.
    await api.restore();
  });

  /** What fetch does with the answer: the error it throws, or undefined when it answered. */
  const refusal = async (request: Promise<Response>) => {
    try {
      await request;
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };

  /** What `restore()` reports for the test, once it has put the page back. */
  const reported = async () => {
    const reporting = api;
    api = await installFakeApi();
    try {
      await reporting.restore();
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('passes the answers the API sends: the list, a 304, a problem', async () => {
    expect(await refusal(fetch(list))).to.equal(undefined);
    expect(await refusal(fetch(list, { headers: { 'if-none-match': '"v1"' } }))).to.equal(undefined);
    expect(await refusal(fetch(`${list}/unknown`))).to.equal(undefined);
    expect(await reported()).to.equal('');
  });

  it('refuses an ApplicationView missing a required field, and reports it on restore', async () => {
    const { state: _, ...withoutState } = anApplication();
    api.on('GET', /\/applications$/, () => json({ applications: [withoutState] }));
    const error = await refusal(fetch(list));
    expect(error).to.include('GET /bodies/etel/applications answered 200, which the API could not send');
    expect(error).to.include('applications.0.state');
    expect(await reported()).to.include('applications.0.state');
  });

  it('refuses a field of another type than the API’s', async () => {
    api.on('GET', /\/applications$/, () =>
      json({ applications: [{ ...anApplication(), unreadMessages: '2' }] }),
    );
    expect(await refusal(fetch(list))).to.include('applications.0.unreadMessages');
    expect(await reported()).to.include('applications.0.unreadMessages');
  });

  it('refuses a problem without its status, or with another status than the answer’s', async () => {
    const withdraw = `${list}/${aSubmittedApplication().id}/withdraw`;
    const { status: _, ...withoutStatus } = aProblem(409);
    api.on('POST', /\/withdraw$/, () => asProblem(withoutStatus, 409));
    expect(await refusal(fetch(withdraw, { method: 'POST', body: '{}' }))).to.include('status');
    api.on('POST', /\/withdraw$/, () => asProblem(aProblem(409), 422));
    expect(await refusal(fetch(withdraw, { method: 'POST', body: '{}' }))).to.include(
      'a problem saying status 409',
    );
    expect((await reported()).split('\n')).to.have.length(2);
  });

  it('refuses a problem that is not problem+json, and a body not sent as JSON', async () => {
    api.on('GET', /\/applications$/, () => json(aProblem(404), 404));
    expect(await refusal(fetch(list))).to.include('a problem as application/json');
    // What the fakes used to answer the handoff with: no content type.
    api.on('POST', /\/handoff$/, () => new Response(JSON.stringify({ status: 'pending' }), { status: 202 }));
    expect(await refusal(fetch(`${api.origin}/auth/widget/handoff`, { method: 'POST' }))).to.include(
      'not application/json',
    );
    expect((await reported()).split('\n')).to.have.length(2);
  });

  it('refuses a success on a route the API does not have, or with a status it does not answer', async () => {
    api.on('GET', /\/nowhere$/, () => json({}));
    expect(await refusal(fetch(`${api.origin}/nowhere`))).to.include('no route of the API answers this');
    api.on('PUT', /\/documents\//, () => json(anApplication(), 200));
    const put = `${list}/${aSubmittedApplication().id}/documents/application-form`;
    expect(await refusal(fetch(put, { method: 'PUT', body: new Blob(['%PDF']) }))).to.include(
      'the route answers 201',
    );
    expect((await reported()).split('\n')).to.have.length(2);
  });

  it('refuses an upload’s answer the API could not send: the widget hears an error, the test fails', async () => {
    api.holdUploads = true;
    const xhr = new XMLHttpRequest();
    const heard: string[] = [];
    xhr.addEventListener('load', () => heard.push('load'));
    xhr.addEventListener('error', () => heard.push('error'));
    xhr.open('POST', `${list}/${aSubmittedApplication().id}/attachments?name=a.pdf`);
    xhr.send(new Blob(['%PDF']));
    const { fileName: _, ...withoutName } = aDocumentView();
    await api.uploads[0]?.finish(json(withoutName, 201));
    expect(heard).to.deep.equal(['error']);
    expect(await reported()).to.include('fileName');
  });
});

/** A problem's body as the API writes it. */
const aProblem = (status: number) => ({
  type: 'about:blank',
  title: 'Conflict',
  status,
  detail: 'Nope.',
  instance: '/bodies/etel/applications',
  requestId: 'test',
});

const asProblem = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
