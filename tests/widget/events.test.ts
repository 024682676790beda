// The components' events as a host page receives them: each reaches the document from inside the
// element's shadow root with its detail, and is declared in the event map, so a host's listener
// reads `event.detail` typed without a cast.
import { expect, oneEvent } from '@open-wc/testing';
import { KutseApplicationSubmittedEvent } from '../../widget/src/events/application-submitted.ts';
import { KutseApplicationWithdrawnEvent } from '../../widget/src/events/application-withdrawn.ts';
import { KutseSignedInEvent } from '../../widget/src/events/signed-in.ts';
import { KutseSignedOutEvent } from '../../widget/src/events/signed-out.ts';

/** Dispatches from an element inside a shadow root, as a component does from its own parts. */
function dispatchFromShadow(event: Event) {
  const host = document.createElement('div');
  document.body.append(host);
  const inner = document.createElement('span');
  host.attachShadow({ mode: 'open' }).append(inner);
  inner.dispatchEvent(event);
  host.remove();
}

describe('the components’ events', () => {
  it('kutse-signed-in reaches the document with the person', async () => {
    const heard = oneEvent(document, 'kutse-signed-in');
    dispatchFromShadow(new KutseSignedInEvent({ person: { givenName: 'Mari', familyName: 'Maasikas' } }));
    const event = await heard;
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.detail.person.givenName).to.equal('Mari');
  });

  it('kutse-signed-out reaches the document with the reason', async () => {
    const heard = oneEvent(document, 'kutse-signed-out');
    dispatchFromShadow(new KutseSignedOutEvent({ reason: 'expired' }));
    expect((await heard).detail.reason).to.equal('expired');
  });

  it('kutse-application-submitted reaches the document with the application and its state', async () => {
    const heard = oneEvent(document, 'kutse-application-submitted');
    dispatchFromShadow(new KutseApplicationSubmittedEvent({ id: 'a1', state: 'submitted' }));
    expect((await heard).detail).to.deep.equal({ id: 'a1', state: 'submitted' });
  });

  it('kutse-application-withdrawn reaches the document with the application', async () => {
    const heard = oneEvent(document, 'kutse-application-withdrawn');
    dispatchFromShadow(new KutseApplicationWithdrawnEvent({ id: 'a2' }));
    expect((await heard).detail.id).to.equal('a2');
  });

  it('a listener on the document gets the typed event, detail included', async () => {
    let givenName = '';
    const listener = (event: KutseSignedInEvent) => {
      givenName = event.detail.person.givenName;
    };
    // Compiles only because GlobalEventHandlersEventMap names the event's class.
    document.addEventListener('kutse-signed-in', listener);
    dispatchFromShadow(new KutseSignedInEvent({ person: { givenName: 'Jaan', familyName: 'Tamm' } }));
    document.removeEventListener('kutse-signed-in', listener);
    expect(givenName).to.equal('Jaan');
  });
});
