// <kutse-application-form> on every step, in both languages: axe finds nothing, and on a 320 px
// wide screen nothing overflows sideways.
import { expect } from '@open-wc/testing';
import type { KutseApplicationForm } from '../../widget/src/application-form/application-form.ts';
import { $, $$, aForm, choose, onStep, press } from './application-form.fixtures.ts';
import { aDocumentView, anApplication, type Language } from './fixtures/applications.ts';
import { loadAxe } from './fixtures/axe.ts';
import { fakeApiForEachTest } from './fixtures/fake-applications-api.ts';
import { waitUntil } from './fixtures/screen.ts';

const names = {
  et: [
    'Taotluse liik',
    'Eeltingimused ja tasu',
    'Sisselogimine',
    'Eksamiaeg',
    'Dokumendid',
    'Tasumine',
    'Tunnistus',
    'Ülevaade ja esitamine',
  ],
  en: [
    'Kind of application',
    'Prerequisites and fees',
    'Sign in',
    'Exam date',
    'Documents',
    'Payment',
    'Certificate',
    'Review and submit',
  ],
} satisfies Record<Language, string[]>;

/** Nothing wider than the element: the host and its content fit `width`. */
function fits(el: KutseApplicationForm, width: number, where: string) {
  const base = $(el, '[part="base"]');
  expect(el.scrollWidth, `${where}: element`).to.be.at.most(width);
  expect(base.scrollWidth, `${where}: content`).to.be.at.most(base.clientWidth);
  for (const child of $$(el, '[part="base"] *')) {
    const box = child.getBoundingClientRect();
    if (box.width === 0) continue;
    expect(box.right, `${where}: ${child.tagName.toLowerCase()}.${child.className}`).to.be.at.most(
      el.getBoundingClientRect().right + 0.5,
    );
  }
}

for (const language of ['et', 'en'] as const) {
  for (const width of [undefined, 320]) {
    describe(`<kutse-application-form> in ${language === 'et' ? 'Estonian' : 'English'}${width ? ' at 320 px' : ''}`, () => {
      const api = fakeApiForEachTest();
      const step = names[language];

      if (!width) before(loadAxe);

      const check = async (el: KutseApplicationForm, where: string) => {
        if (width) fits(el, width, where);
        else await expect(el).to.be.accessible();
      };

      it('every step before signing in, and signing in', async () => {
        const el = await aForm(api, language, width);
        await onStep(el, step[0] as string);
        await check(el, 'kind');
        await press(el, 'next');
        await check(el, 'kind with an error');
        await choose(el, 'kind', 'first');
        await press(el, 'next');
        await onStep(el, step[1] as string);
        await check(el, 'prerequisites');
        for (const box of $$<HTMLInputElement>(el, 'input[name="prerequisite"]')) box.click();
        await press(el, 'next');
        await onStep(el, step[2] as string);
        await check(el, 'sign in');
        await press(el, 'sign-in');
        api.completeSignIn();
        await waitUntil(() => el.shadowRoot?.querySelector('input[name="email"]'));
        await check(el, 'contact');
      });

      it('every step of a saved draft, the review and the confirmation', async () => {
        const draft = anApplication(language);
        api.applications = [
          anApplication(language, {
            prerequisites: draft.prerequisites.map((p) => ({ ...p, confirmed: true })),
            documents: [
              aDocumentView({ fileName: 'a-rather-long-file-name-of-an-application-form-scan-2026.pdf' }),
            ],
            invoice: { payerName: 'Turvafirma OÜ', email: 'arved@turvafirma.ee' },
            missing: [],
          }),
        ];
        api.signInBeforehand(language);
        const el = await aForm(api, language, width);
        await onStep(el, step[7] as string);
        await check(el, 'review');
        // From the review back to the exam date, then forward again step by step.
        $(el, '#change-exam').click();
        for (const [i, where] of [
          [3, 'exam'],
          [4, 'documents'],
          [5, 'payment'],
          [6, 'certificate'],
        ] as const) {
          await onStep(el, step[i] as string);
          await check(el, where);
          await press(el, 'next');
          if (where === 'exam') {
            // No session chosen yet: the error is part of what is checked.
            await check(el, 'exam with an error');
            await choose(el, 'examSession', '1');
            await press(el, 'next');
          }
          if (where === 'certificate') {
            await check(el, 'certificate with an error');
            await choose(el, 'delivery', 'none');
            await press(el, 'next');
          }
        }
        await onStep(el, step[7] as string);
        await press(el, 'submit');
        await waitUntil(() => el.shadowRoot?.querySelector('[part="confirmation"]'));
        await check(el, 'confirmation');
      });
    });
  }
}
