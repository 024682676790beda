// What each e-mail says, in Estonian and English.
import { describe, expect, it } from 'vitest';
import { type MailContent, renderMail } from '../../api/mail/templates.ts';

const common = {
  name: 'Mari Maasikas',
  qualification: 'Turvajuht, tase 5',
  link: 'http://localhost:5174/taotlus',
};
const every: MailContent[] = [
  { template: 'staffMessage', params: { ...common, body: 'Palun lisage karistusregistri väljavõte.' } },
  { template: 'returnedForCompletion', params: { ...common, missing: 'Karistusregistri väljavõte' } },
  { template: 'admitted', params: { ...common, session: '2024-06-20 10:00', place: 'Tallinn' } },
  { template: 'decision', params: { ...common, outcome: 'awarded', reason: '' } },
  {
    template: 'sessionChanged',
    params: { ...common, session: '2024-06-27 10:00', place: 'Tartu', reason: 'Eksamiruum on remondis.' },
  },
  { template: 'rejected', params: { ...common, reason: 'Eeltingimus on täitmata.' } },
];

describe('e-mail templates', () => {
  for (const content of every)
    it(`${content.template}: greets the applicant, names the qualification and links to the application in both languages`, () => {
      const et = renderMail(content, 'et');
      const en = renderMail(content, 'en');
      expect(et.subject).toContain('Turvajuht, tase 5');
      expect(en.subject).toContain('Turvajuht, tase 5');
      expect(et.body).toMatch(/^Tere, Mari Maasikas!/);
      expect(en.body).toMatch(/^Dear Mari Maasikas,/);
      for (const { body } of [et, en]) expect(body).toContain('http://localhost:5174/taotlus');
      expect(et.subject).not.toBe(en.subject);
    });

  it('says what is missing when an application is returned', () => {
    const { body } = renderMail(every[1] as MailContent, 'et');
    expect(body).toContain('Puudu on:\n\nKaristusregistri väljavõte');
  });

  it('gives the reason of a refusal, and no reason line when there is none', () => {
    const refused = renderMail(
      { template: 'decision', params: { ...common, outcome: 'refused', reason: 'Eksam jäi sooritamata.' } },
      'et',
    );
    expect(refused.subject).toBe('Kutse andmata jätmise otsus: Turvajuht, tase 5');
    expect(refused.body).toContain('Põhjendus: Eksam jäi sooritamata.');
    const awarded = renderMail(every[3] as MailContent, 'en');
    expect(awarded.subject).toBe('Qualification awarded: Turvajuht, tase 5');
    expect(awarded.body).not.toContain('Reason');
  });

  it('says the new session, its place and why when an applicant is moved', () => {
    const et = renderMail(every[4] as MailContent, 'et');
    expect(et.subject).toBe('Teie eksamiaeg muutus: Turvajuht, tase 5');
    expect(et.body).toContain('Uus aeg: 2024-06-27 10:00\nKoht: Tartu\nPõhjus: Eksamiruum on remondis.');
    const en = renderMail(every[4] as MailContent, 'en');
    expect(en.body).toContain('New time: 2024-06-27 10:00\nWhere: Tartu\nWhy: Eksamiruum on remondis.');
  });

  it('gives the reason of a rejection in both languages', () => {
    const et = renderMail(every[5] as MailContent, 'et');
    expect(et.subject).toBe('Taotlus jäeti rahuldamata: Turvajuht, tase 5');
    expect(et.body).toContain('Põhjendus: Eeltingimus on täitmata.');
    const en = renderMail(every[5] as MailContent, 'en');
    expect(en.subject).toBe('Your application was rejected: Turvajuht, tase 5');
    expect(en.body).toContain('Reason: Eeltingimus on täitmata.');
  });
});
