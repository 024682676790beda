// The event <kutse-status-tracker> fires when the applicant has withdrawn an application.

/** The detail of `kutse-application-withdrawn`: which application was withdrawn. */
export interface ApplicationWithdrawnDetail {
  id: string;
}

/**
 * The applicant withdrew an application. Bubbles out of the shadow root, so a host page may listen
 * on the element, the document or the window; `event.detail` is what the README documents.
 *
 * @example
 * tracker.addEventListener('kutse-application-withdrawn', (event) => forget(event.detail.id));
 */
export class KutseApplicationWithdrawnEvent extends CustomEvent<ApplicationWithdrawnDetail> {
  constructor(detail: ApplicationWithdrawnDetail) {
    super('kutse-application-withdrawn', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kutse-application-withdrawn': KutseApplicationWithdrawnEvent;
  }
}
