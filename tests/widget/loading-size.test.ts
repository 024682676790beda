// Each component holds its size while it loads, so the page that embeds it does not move when the
// data arrive (no layout shift). README's "Embedding" rule reserves the same sizes before the
// elements are defined; the signed-out account and tracker must fit in them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../widget/src/account/define.ts';
import '../../widget/src/qualification-info/define.ts';
import '../../widget/src/status-tracker/define.ts';
import type { KutseQualificationInfo } from '../../widget/src/qualification-info/qualification-info.ts';
import { aForm, onStep } from './application-form.fixtures.ts';
import { fakeApi, json } from './fixtures/fake-api.ts';
import { gate, installFakeApi } from './fixtures/fake-applications-api.ts';
import { aCatalogue, aQualificationDetail } from './fixtures/qualification-detail.ts';
import { shows, visibleText, waitUntil } from './fixtures/screen.ts';

const height = (el: Element) => el.getBoundingClientRect().height;
const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);

describe('loading without moving the page', () => {
  it('<kutse-qualification-info> is a screen high while loading, and no shorter once loaded', async () => {
    let arrive: (response: Response) => void = () => {};
    const api = fakeApi(() => new Promise((resolve) => (arrive = resolve)));
    try {
      const el = await fixture<KutseQualificationInfo>(
        html`<kutse-qualification-info body="etel" qualification="turvajuht-5"></kutse-qualification-info>`,
      );
      expect(visibleText(el)).to.include('Laadin kutse andmeid…');
      const loading = height(el);
      // What the page has below the element stays below the screen while it loads.
      expect(loading).to.be.at.least(window.innerHeight);
      arrive(json(aQualificationDetail()));
      await shows(el, 'Turvajuht, tase 5');
      // Growing further moves only what is out of view; shrinking would pull it up into view.
      expect(height(el)).to.be.at.least(loading);
    } finally {
      api.restore();
    }
  });

  it('<kutse-application-form> is as high while loading as its first step once loaded', async () => {
    const api = await installFakeApi();
    const held = gate();
    api.on('GET', /\/qualifications\//, async () => {
      await held.opened;
      return json(aCatalogue());
    });
    try {
      const loaded = aForm(api);
      const busy = () =>
        document.querySelector('kutse-application-form')?.shadowRoot?.querySelector('[aria-busy="true"]');
      await waitUntil(busy, 'the form did not show its loading state');
      const el = document.querySelector('kutse-application-form') as Element;
      const loading = height(el);
      held.release();
      await onStep(await loaded, 'Taotluse liik');
      expect(Math.abs(height(el) - loading)).to.be.below(2);
    } finally {
      await api.restore();
    }
  });

  it('<kutse-status-tracker> signed out fits the 6rem the page reserves before it is defined', async () => {
    const el = await fixture(
      html`<kutse-status-tracker body="etel" api="https://kutse-size.example.ee"></kutse-status-tracker>`,
    );
    await shows(el, 'Logi sisse');
    expect(height(el)).to.be.closeTo(6 * rem, 1);
  });

  it('<kutse-account> signed out fits the 2.5em the page reserves before it is defined', async () => {
    const el = await fixture(
      html`<kutse-account body="etel" api="https://kutse-size.example.ee"></kutse-account>`,
    );
    await shows(el, 'Logi sisse');
    expect(height(el)).to.be.closeTo(2.5 * Number.parseFloat(getComputedStyle(el).fontSize), 1);
  });
});
