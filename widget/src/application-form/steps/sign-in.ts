// Step 3: signing in (the page's shared session), then who is applying: name and personal code
// from the register, read-only; e-mail and phone, which the applicant may change.
import { html } from 'lit';
import { textField } from '../application-form.fields.ts';
import type { FormView } from '../application-form.model.ts';

export function renderSignInStep(view: FormView) {
  const { s, session, application } = view;
  if (session.status !== 'signed-in') {
    const message =
      session.status === 'signing-in'
        ? s.signIn.signingIn
        : session.status === 'error'
          ? s.signIn.errors[session.error]
          : session.status === 'expired'
            ? s.signIn.expired
            : s.signIn.intro;
    return html`
      <p class=${session.status === 'error' ? 'message error' : ''}>${message}</p>
      <button type="button" class="primary" data-action="sign-in" @click=${view.actions.signIn}>
        ${session.status === 'expired' ? s.signIn.again : s.signIn.button}
      </button>
    `;
  }
  if (!application) return html`<p class="loading">${s.signIn.starting}</p>`;
  return renderContact(view);
}

/** Shown above any other step when the session expired: the draft waits until signing in again. */
export function renderSignInAgain({ s, actions }: FormView) {
  return html`<div class="message warning" role="alert">
    <p>${s.signIn.expired}</p>
    <button type="button" class="primary" data-action="sign-in" @click=${actions.signIn}>${s.signIn.again}</button>
  </div>`;
}

function renderContact({ s, application, values, errors, actions }: FormView) {
  const applicant = application?.applicant;
  if (!applicant) return '';
  return html`
    <h4>${s.signIn.applicant}</h4>
    <dl class="facts">
      <div>
        <dt>${s.signIn.name}</dt>
        <dd>${applicant.givenName} ${applicant.familyName}</dd>
      </div>
      ${
        applicant.personalCode
          ? html`<div>
            <dt>${s.signIn.personalCode}</dt>
            <dd>${applicant.personalCode}</dd>
          </div>`
          : ''
      }
    </dl>
    <p class="note">${s.signIn.fromRegistry}</p>
    <h4>${s.signIn.contact}</h4>
    ${textField({
      id: 'email',
      name: 'email',
      label: s.signIn.email,
      type: 'email',
      value: values.email,
      error: errors.get('email'),
      autocomplete: 'email',
      onInput: (value) => actions.typeContact('email', value),
      onBlur: actions.saveContact,
    })}
    ${textField({
      id: 'phone',
      name: 'phone',
      label: s.signIn.phone,
      type: 'tel',
      value: values.phone,
      hint: s.signIn.phoneHint,
      error: errors.get('phone'),
      autocomplete: 'tel',
      onInput: (value) => actions.typeContact('phone', value),
      onBlur: actions.saveContact,
    })}
  `;
}
