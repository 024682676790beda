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
});
