// The event <kutse-application-form> fires when the applicant has submitted an application.

/** The detail of `kutse-application-submitted`: the submitted application and the state it is in now. */
export interface ApplicationSubmittedDetail {
  id: string;
  state: string;
}

/**
 * The applicant submitted an application. Bubbles out of the shadow root, so a host page may listen
 * on the element, the document or the window; `event.detail` is what the README documents.
 *
 * @example
 * form.addEventListener('kutse-application-submitted', (event) => show(event.detail.id));
 */
export class KutseApplicationSubmittedEvent extends CustomEvent<ApplicationSubmittedDetail> {
  constructor(detail: ApplicationSubmittedDetail) {
    super('kutse-application-submitted', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kutse-application-submitted': KutseApplicationSubmittedEvent;
  }
}
