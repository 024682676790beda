// <kutse-status-tracker> keeping up with the body's changes: it polls the list with the ETag it
// got, shows and announces a change, and asks nothing while the page is hidden or it is gone.
import { expect } from '@open-wc/testing';
import { aSubmittedApplication } from './fixtures/applications.ts';
import { fakeApiForEachTest } from './fixtures/fake-applications-api.ts';
import { shows, waitUntil } from './fixtures/screen.ts';
import { $$, announced, badge, list, sentTo, text, tracker, trackerApi } from './status-tracker.fixtures.ts';

describe('<kutse-status-tracker> updates', () => {
  const api = fakeApiForEachTest(trackerApi);
  /** Captures the poller's timers (5–60 s) instead of waiting for them; anything else runs as usual. */
  let timers: { callback: () => void; delay: number }[];
  let originalSetTimeout: typeof window.setTimeout;
  let visibility: DocumentVisibilityState;

  beforeEach(() => {
    timers = [];
    visibility = 'visible';
    originalSetTimeout = window.setTimeout;
    window.setTimeout = ((callback: () => void, delay?: number, ...rest: unknown[]) => {
      if (delay !== undefined && delay >= 5_000 && delay <= 60_000) {
        timers.push({ callback, delay });
        return 1_000_000 + timers.length;
      }
      return originalSetTimeout(callback, delay, ...rest);
    }) as typeof window.setTimeout;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  });

  afterEach(() => {
    window.setTimeout = originalSetTimeout;
    // Back to Document.prototype's getter.
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  const lastTimer = () => timers.at(-1) as { callback: () => void; delay: number };
  const reads = () => sentTo(api, 'GET', list);

  it('polls every poll-seconds with If-None-Match; a 304 changes nothing', async () => {
    await api.signIn();
    const el = await tracker(api, '', 7);
    await shows(el, 'Turvajuht, tase 5');
    await waitUntil(() => timers.length === 1, 'no poll scheduled');
    expect(lastTimer().delay).to.equal(7_000);
    const before = el.shadowRoot?.querySelector('[part="list"]')?.innerHTML;

    lastTimer().callback();
    await waitUntil(() => reads().length === 2);
    expect(reads()[1]?.headers.get('if-none-match')).to.equal('"v1"');
    await waitUntil(() => timers.length === 2, 'polling stopped');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part="list"]')?.innerHTML).to.equal(before);
    expect(announced(el)).to.equal('');
  });

  it('shows a change and announces it', async () => {
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Turvajuht, tase 5');
    await waitUntil(() => timers.length === 1);
    expect(lastTimer().delay).to.equal(20_000);

    // The body admits it: the list, and so its ETag, changes.
    api.applications = [
      aSubmittedApplication('et', {
        state: 'admitted',
        history: [
          ...aSubmittedApplication().history,
          { from: 'submitted', to: 'admitted', at: '2026-02-10T12:00:00Z', reason: null },
        ],
      }),
    ];
    lastTimer().callback();
    await waitUntil(() => badge(el) === 'Olek: Vastu võetud', 'not updated');
    await waitUntil(
      () => announced(el) === 'Taotluse olek muutus: Esitatud → Vastu võetud (Turvajuht, tase 5)',
      'not announced',
    );
    expect($$(el, '[part="timeline"] li').map(text).at(-1)).to.equal('Vastu võetud 10.02.2026');
    // The next round asks with the new ETag.
    await waitUntil(() => timers.length === 2);
    lastTimer().callback();
    await waitUntil(() => reads().length === 3);
    expect(reads()[2]?.headers.get('if-none-match')).to.equal('"v2"');
  });

  it('polls no faster than every 5 seconds', async () => {
    await api.signIn();
    await tracker(api, '', 1);
    await waitUntil(() => timers.length === 1);
    expect(lastTimer().delay).to.equal(5_000);
  });

  it('stops while the page is hidden, asks at once when it is visible again, and stops on removal', async () => {
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Turvajuht, tase 5');
    await waitUntil(() => timers.length === 1);

    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    // A timer that fires anyway (it was cleared, but just in case) asks nothing while hidden.
    lastTimer().callback();
    await new Promise((resolve) => originalSetTimeout(resolve, 30));
    expect(reads()).to.have.length(1);

    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => reads().length === 2, 'did not ask when visible');
    await waitUntil(() => timers.length === 2);

    el.remove();
    document.dispatchEvent(new Event('visibilitychange'));
    lastTimer().callback();
    await new Promise((resolve) => originalSetTimeout(resolve, 30));
    expect(reads()).to.have.length(2);
  });
});
