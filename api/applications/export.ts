// The console's CSV export: every application of the filtered list (not one page), read in keyset
// pages of 1 000 and streamed, each page's applicants recorded in the audit trail as exported before
// its rows leave. UTF-8 with a byte order mark, so Excel reads õ ä ö ü; Estonian headers and a
// semicolon (Estonian Excel's list separator) by default, English headers and a comma with lang=en.
import { tallinnDay } from '../../contract/calendar.ts';
import type { ApplicationQuery } from '../../contract/staff.ts';
import type { Database } from '../../db/client.ts';
import type { Language } from '../http/env.ts';
import { auditShown, listPage, listRequest } from './list.ts';
import type { PageRow } from './list-query.ts';
import type { StaffScope } from './scope.ts';
import { stateNames } from './wording.ts';

const CHUNK = 1000;

const HEADERS: Record<Language, string[]> = {
  et: [
    'Taotlus',
    'Esitatud',
    'Perekonnanimi',
    'Eesnimi',
    'Kutse',
    'Taotluse liik',
    'Olek',
    'Tasu laekunud',
    'Dokumendid kinnitatud',
    'Eksamiaeg',
    'Eksami koht',
  ],
  en: [
    'Application',
    'Submitted',
    'Family name',
    'Given name',
    'Qualification',
    'Kind',
    'State',
    'Fee received',
    'Documents accepted',
    'Exam session',
    'Exam place',
  ],
};

const KINDS: Record<Language, Record<PageRow['kind'], string>> = {
  et: { first: 'esmane', recertification: 'taastõendamine', reexam: 'kordushindamine', rpl: 'VÕTA' },
  en: { first: 'first', recertification: 'recertification', reexam: 're-examination', rpl: 'RPL' },
};

const YES_NO: Record<Language, [string, string]> = { et: ['jah', 'ei'], en: ['yes', 'no'] };

/** A time as the body reads it: the Tallinn day and hour, `2025-03-14 09:30`. */
const tallinnTime = (at: Date) =>
  `${tallinnDay(at)} ${at.toLocaleTimeString('et-EE', { timeZone: 'Europe/Tallinn', hour: '2-digit', minute: '2-digit' })}`;

/**
 * A field quoted when it holds the separator, a quote or a line break; one starting with = + - @
 * gets a leading apostrophe, so a spreadsheet does not run a name as a formula (CSV injection).
 */
function field(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function line(r: PageRow, language: Language, separator: string): string {
  const [yes, no] = YES_NO[language];
  return [
    r.id,
    r.submittedAt ? tallinnTime(r.submittedAt) : '',
    r.familyName,
    r.givenName,
    r.qualificationName,
    KINDS[language][r.kind],
    stateNames[language][r.state],
    r.feeReceived ? yes : no,
    r.documentsAccepted ? yes : no,
    r.sessionStartsAt ? tallinnTime(r.sessionStartsAt) : '',
    r.sessionPlace ?? '',
  ]
    .map((value) => field(value, separator))
    .join(separator);
}

/**
 * The filtered list as a CSV stream and its file name (`taotlused-etel-2025-03-14.csv`). The
 * query's `after` and `limit` are ignored: an export holds every matching row.
 * @example const csv = await exportApplications(db, staffScope(c), { state: 'submitted' });
 */
export async function exportApplications(db: Database, scope: StaffScope, query: ApplicationQuery) {
  const language = scope.language;
  const separator = language === 'en' ? ',' : ';';
  let request = await listRequest(db, scope, { ...query, after: undefined }, CHUNK);
  const encoder = new TextEncoder();
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${HEADERS[language].join(separator)}\r\n`));
    },
    async pull(controller) {
      if (done) return;
      const { rows, next } = await listPage(db, scope, request);
      // Recorded before the rows leave: an export is a read of each applicant's data.
      await auditShown(db, scope, 'application.export', rows);
      if (rows.length)
        controller.enqueue(encoder.encode(rows.map((r) => `${line(r, language, separator)}\r\n`).join('')));
      const last = rows.at(-1);
      if (next && last) request = { ...request, after: { sort: request.sort, key: last.sortKey } };
      else {
        done = true;
        controller.close();
      }
    },
  });
  const prefix = language === 'en' ? 'applications' : 'taotlused';
  return { stream, fileName: `${prefix}-${scope.body.slug}-${tallinnDay(scope.now)}.csv` };
}
