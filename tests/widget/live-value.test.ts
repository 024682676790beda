// The form's fields show the form's value, not what was last rendered: a select whose options come
// after its value is bound, and a field the form set back to the value it last rendered while the
// person's typing was not taken (the cases Lit's live() is for, which liveValue does for .value).
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { liveValue } from '../../widget/src/application-form/live-value.ts';

const options = ['passport', 'id-card', 'residence-permit'];

describe('liveValue', () => {
  it('selects the bound option although the options are rendered after the value', () => {
    const root = document.createElement('div');
    const choice = (value: string) =>
      html`<select .value=${liveValue(value)}>${options.map((o) => html`<option value=${o}>${o}</option>`)}</select>`;
    render(choice('id-card'), root);
    const select = root.querySelector('select') as HTMLSelectElement;
    // The first commit set the value before the options existed: the select shows the first one.
    expect(select.value).to.equal('passport');
    render(choice('id-card'), root);
    expect(select.value).to.equal('id-card');
  });

  it('puts the form’s value back when the field shows something else and the value did not change', () => {
    const root = document.createElement('div');
    const field = (value: string) => html`<input .value=${liveValue(value)} />`;
    render(field('12345678'), root);
    const input = root.querySelector('input') as HTMLInputElement;
    input.value = '12345678x';
    render(field('12345678'), root);
    expect(input.value).to.equal('12345678');
  });

  it('leaves a field alone while it shows the value (the caret stays where the person typed)', () => {
    const root = document.createElement('div');
    const field = (value: string) => html`<input .value=${liveValue(value)} />`;
    render(field('Tamm'), root);
    const input = root.querySelector('input') as HTMLInputElement;
    document.body.append(root);
    input.focus();
    input.setSelectionRange(1, 1);
    render(field('Tamm'), root);
    expect(input.selectionStart).to.equal(1);
    root.remove();
  });

  it('refuses a binding other than .value', () => {
    expect(() => render(html`<input title=${liveValue('x')} />`, document.createElement('div'))).to.throw(
      'liveValue: .value only',
    );
  });
});
