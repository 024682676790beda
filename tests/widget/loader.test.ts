// The loader alone (each test file runs in its own page, so no component is imported beforehand).
import { expect } from '@open-wc/testing';
import { type FakeApi, fakeApi, json } from './fixtures/fake-api.ts';
import { aQualificationDetail } from './fixtures/qualification-detail.ts';
import { shows, waitUntil } from './fixtures/screen.ts';

const tag = 'kutse-qualification-info';
const loaderUrl = new URL('../../widget/src/loader.ts', import.meta.url);

/** Imports the loader from a URL of its own, as a page that pastes the script twice would. */
const loadLoader = (copy: string) => import(`${loaderUrl.href}?copy=${copy}`);

/** The component modules the page has fetched so far. */
const componentRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/qualification-info/'));

describe('the loader (kutse.js)', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = fakeApi(() => json(aQualificationDetail()));
  });

  afterEach(() => {
    api.restore();
  });

  it('does not load a component while its tag is not on the page', async () => {
    await loadLoader('first');
    // Another component's tag, added and loaded: the loader has looked at the page since, so a
    // wrong load of this one would have started before (no sleep that a slow machine outlasts).
    const other = document.createElement('kutse-account');
    other.setAttribute('body', 'etel');
    document.body.append(other);
    await waitUntil(() => customElements.get('kutse-account'), 'the loader never loaded <kutse-account>', {
      timeout: 4000,
    });
    other.remove();
    expect(customElements.get(tag)).to.equal(undefined);
    expect(componentRequests()).to.have.length(0);
  });

  it('loads and upgrades a component when its tag is added to the page later', async () => {
    await loadLoader('first');
    const el = document.createElement(tag);
    el.setAttribute('body', 'etel');
    el.setAttribute('qualification', 'turvajuht-5');
    document.body.append(el);

    await waitUntil(() => customElements.get(tag), 'the component was never defined');
    await shows(el, 'Turvajuht, tase 5');
    expect(componentRequests().length).to.be.greaterThan(0);
    el.remove();
  });

  it('can be loaded a second time without errors', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await loadLoader('second');
      const el = document.createElement(tag);
      el.setAttribute('body', 'etel');
      el.setAttribute('qualification', 'turvajuht-5');
      document.body.append(el);
      // A second copy of the component module (another URL) must not define the tag again.
      await import(
        `${new URL('../../widget/src/qualification-info/define.ts', import.meta.url).href}?copy=second`
      );
      await shows(el, 'Turvajuht, tase 5');
      el.remove();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
