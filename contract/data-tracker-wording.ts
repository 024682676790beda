// The data tracker's table of words in Estonian: what the audit trail's codes (its actions
// `<entity>.<verb>`, the actors' roles, the purposes) say to the person whose data it is. Here, on
// the ground floor, because two readers say them: the widget <kutse-data-tracker> on a body's site
// and the registry's own page /andmejalgija (api/tracker-page). English: data-tracker-wording.en.ts
// (its own module, so the widget loads it only when it speaks English).

export const trackerWordingEt = {
  yourself: 'Teie ise',
  anonymous: 'Sisse logimata kasutaja',
  registry: 'Kutseregister',
  notStated: 'Märkimata',
  /** Who in which role: "Mari Kask (menetleja)". */
  actor: (name: string, role: string) => `${name} (${role})`,
  /** What happened, by the action's code. */
  actions: {
    'application.read': 'Vaadati teie taotlust',
    'application.list': 'Teie taotlust näidati taotluste nimekirjas',
    'application.export': 'Teie taotlus lisati taotluste väljavõttesse (CSV)',
    'application.create': 'Loodi taotlus',
    'application.update': 'Muudeti taotlust',
    'application.submit': 'Taotlus esitati',
    'application.resubmit': 'Täiendatud taotlus esitati uuesti',
    'application.withdraw': 'Taotlus võeti tagasi',
    'application.markFeeReceived': 'Taotluse tasu märgiti laekunuks',
    'application.acceptDocuments': 'Taotluse dokumendid võeti vastu',
    'application.return': 'Taotlus tagastati täiendamiseks',
    'application.admit': 'Teid lubati eksamile',
    'application.moveSession': 'Teie eksamiaega muudeti',
    'application.reject': 'Taotlus jäeti rahuldamata',
    'application.bookExam': 'Teile broneeriti eksamiaeg',
    'application.assess': 'Teie kutse taotlust hinnati',
    'application.grant': 'Teile anti kutse',
    'application.refuse': 'Kutse jäeti andmata',
    'document.read': 'Vaadati teie dokumenti',
    'document.upload': 'Lisati dokument',
    'document.remove': 'Eemaldati dokument',
    'message.read': 'Loeti teie sõnumeid',
    'message.send': 'Saadeti sõnum',
    'person.read': 'Vaadati teie isikuandmeid',
    'person.list': 'Teie nime näidati isikute nimekirjas',
    'person.create': 'Teie andmed lisati registrisse',
    'person.update': 'Teie isikuandmeid uuendati',
    'person.login': 'Sisselogimine',
    'person.logout': 'Väljalogimine',
    'certificate.verified': 'Kontrolliti teie kutsetunnistuse ehtsust',
    'certificate.revoke': 'Teie kutsetunnistus tunnistati kehtetuks',
    'certificate.sealed': 'Teie kutsetunnistusest tehti digitempliga PDF',
    'certificate.publish': 'Kutsetunnistus avaldati registris',
    'certificate.hide': 'Kutsetunnistus peideti registris',
    'certificate.ask': 'Esitati küsimus kutsetunnistuse kohta',
    'certificate.order-print': 'Telliti kutsetunnistuse trükis',
    'certificate.order-duplicate': 'Telliti kutsetunnistuse duplikaat',
    'owner-request.read': 'Vaadati teie pöördumist',
    'owner-request.list': 'Teie pöördumist näidati pöördumiste nimekirjas',
    'owner-request.answer': 'Teie pöördumisele vastati',
    'owner-request.message': 'Pöördumisse kirjutati sõnum',
    'owner-request.state': 'Teie pöördumise olekut muudeti',
    'owner-request.fee-received': 'Teie pöördumise tasu märgiti laekunuks',
  } as Record<string, string>,
  /** For an action the table does not know: the thing it concerned … */
  entities: {
    application: 'taotlus',
    document: 'dokument',
    message: 'sõnum',
    person: 'isikuandmed',
    certificate: 'kutsetunnistus',
    'owner-request': 'pöördumine',
  } as Record<string, string>,
  /** … and whether it was read or changed. */
  readSomething: (thing: string) => `Vaadati teie andmeid: ${thing}`,
  changedSomething: (thing: string) => `Muudeti teie andmeid: ${thing}`,
  roles: {
    manager: 'kutse andja juht',
    processor: 'menetleja',
    assessor: 'hindaja',
    committee: 'kutsekomisjoni liige',
    partner: 'partner',
    'registry-admin': 'registri haldur',
    applicant: 'taotleja',
    holder: 'tunnistuse omanik',
    person: 'isik ise',
    public: 'avalik päring',
  } as Record<string, string>,
  purposes: {
    'application processing': 'Taotluse menetlemine',
    'owner request handling': 'Pöördumise menetlemine',
    'revoking the certificate': 'Kutsetunnistuse kehtetuks tunnistamine',
    'applying on the person’s behalf': 'Taotluse esitamine teie nimel',
    verification: 'Kutsetunnistuse ehtsuse kontroll',
    'staff administration': 'Töötajate haldamine',
  } as Record<string, string>,
};

export type TrackerWording = typeof trackerWordingEt;
