import { parse } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readEdition, registrationCounts } from '../../../shared/doc/edition'
import { ErrorCode } from '../../../shared/errors'
import {
  PublicFormSchema,
  type RegistrationFormLink,
  type RegistrationFormState,
  RegistrationFormStateSchema,
} from '../../../shared/registrations'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { storedState } from '../../helpers/db-state'
import { DEMO_EDITIONS_ONLY } from '../../helpers/demo-server'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer
let committee: TestClient
let token = ''

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString()

async function setDeadline(deadline: string): Promise<RegistrationFormLink> {
  const response = await fetch(`${server.url}/api/editions/shizuoka-2024/registration-form`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
    body: JSON.stringify({ deadline }),
  })
  expect(response.status).toBe(200)
  return (await response.json()) as RegistrationFormLink
}

const register = (body: unknown) =>
  fetch(`${server.url}/api/public/forms/${token}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

const registrationsOf = (c: TestClient) => readEdition(c.doc).value.registrations
const rowCount = async () =>
  Number(
    (await server.kaigi.database.client.execute('SELECT count(*) AS n FROM registrations')).rows[0]
      ?.n,
  )

/** Expects `body` refused with `status` and `code`, nothing written anywhere; returns the fields named. */
async function refused(body: unknown, status: number, code: string): Promise<string[]> {
  const before = [await storedState(server.kaigi.database), await rowCount()]
  const count = registrationsOf(committee).length
  const response = await register(body)
  expect(response.status).toBe(status)
  const { error } = (await response.json()) as {
    error: { code: string; issues?: Array<{ path: string }> }
  }
  expect(error.code).toBe(code)
  expect([await storedState(server.kaigi.database), await rowCount()]).toEqual(before)
  expect(registrationsOf(committee).length).toBe(count)
  return (error.issues ?? []).map((issue) => issue.path)
}

const form = {
  collectiviteId: null,
  collectiviteName: 'Ville de Tours',
  country: 'FR',
  contactName: 'Claire Martin',
  email: 'claire.martin@tours.example',
  delegates: 4,
  workshopIds: ['theme-youth'],
  wantsToSpeak: true,
}

/** Four forms: Tours twice (once in lower case), the Région, and Shizuoka chosen from the list. */
const SENT = [
  form,
  {
    ...form,
    collectiviteName: 'Région Centre-Val de Loire',
    contactName: 'Dupont, Jean "JD"\nService international',
    delegates: 3,
    email: 'r@cvl.example',
  },
  {
    ...form,
    collectiviteName: 'ville de tours',
    contactName: '=HYPERLINK("https://evil.example","Cliquez")',
    delegates: 2,
    email: 'b@tours.example',
  },
  {
    ...form,
    collectiviteId: 'col-shizuoka-pref',
    collectiviteName: '',
    country: 'JP',
    contactName: '山田 太郎',
    email: 'yamada@pref.shizuoka.example',
    delegates: 6,
    workshopIds: ['theme-disaster', 'theme-tourism'],
  },
]

/** Sends the four forms, each accepted. */
async function registerAll(): Promise<void> {
  for (const body of SENT) expect((await register(body)).status).toBe(201)
}

/** What the committee's Registrations tab reads of the form. */
async function formState(): Promise<RegistrationFormState> {
  const response = await fetch(`${server.url}/api/editions/shizuoka-2024/registration-form`, {
    headers: { cookie: server.ownerCookie },
  })
  expect(response.status).toBe(200)
  return RegistrationFormStateSchema.parse(await response.json())
}

// Each test has its own server, form and registrations: none builds on another's.
beforeEach(async () => {
  // The demo's editions without the 8th's form: the test makes it.
  server = await startServer({ seeds: DEMO_EDITIONS_ONLY })
  committee = connectClient(server.syncUrl, 'edition-shizuoka-2024', new Y.Doc())
  await synced(committee)
  // Before it is made, the form is no error: the tab offers to make it.
  expect(await formState()).toEqual({ form: null })
  const made = await setDeadline(inDays(30))
  expect(await formState()).toEqual({ form: made })
  token = made.path.slice('/f/'.length)
})

afterEach(async () => {
  committee.destroy()
  await server.close()
  server.cleanup()
})

describe('the participation form', () => {
  it('shows the collectivités and workshops to pick, to anyone with the link', async () => {
    const response = await fetch(`${server.url}/api/public/forms/${token}`)
    const shown = PublicFormSchema.parse(await response.json())
    expect(shown.open).toBe(true)
    expect(shown.collectivites.map((c) => c.id)).toContain('col-shizuoka-pref')
    expect(shown.workshops.map((w) => w.id)).toEqual([
      'theme-disaster',
      'theme-youth',
      'theme-tourism',
    ])
  })

  it("carries the edition's time zone, the clocks its deadline is read on", async () => {
    const response = await fetch(`${server.url}/api/public/forms/${token}`)
    const body = (await response.json()) as { timeZone?: unknown }
    expect(body.timeZone).toBe('Asia/Tokyo')
  })

  it('takes registrations live into the committee’s document, and counts them right', async () => {
    await registerAll()
    await until(() => registrationsOf(committee).length === 4)
    const counts = registrationCounts(readEdition(committee.doc).value)
    // Tours registered twice: one collectivité, all its delegates.
    expect(counts).toEqual({
      participants: 15,
      collectivites: 3,
      byCountry: {
        FR: { collectivites: 2, participants: 9 },
        JP: { collectivites: 1, participants: 6 },
      },
    })
    const shizuoka = registrationsOf(committee).find((r) => r.country === 'JP')
    expect(shizuoka?.collectiviteName).toBe('静岡県')
    // No contact details in the shared document.
    expect(JSON.stringify(committee.doc.getMap('registrations').toJSON())).not.toContain('@')
  })

  it('refuses a wrong field, naming it, and writes nothing', async () => {
    const { email: _email, ...noEmail } = form
    expect(await refused(noEmail, 400, ErrorCode.InvalidInput)).toEqual(['email'])
    expect(
      await refused({ ...form, email: 'not an address' }, 400, ErrorCode.InvalidInput),
    ).toEqual(['email'])
    expect(await refused({ ...form, delegates: 0 }, 400, ErrorCode.InvalidInput)).toEqual([
      'delegates',
    ])
    expect(await refused({ ...form, collectiviteName: '  ' }, 400, ErrorCode.InvalidInput)).toEqual(
      ['collectiviteName'],
    )
    expect(
      await refused({ ...form, workshopIds: ['theme-global'] }, 400, ErrorCode.InvalidInput),
    ).toEqual(['workshopIds.0'])
    expect(
      await refused({ ...form, collectiviteId: 'col-nowhere' }, 400, ErrorCode.InvalidInput),
    ).toEqual(['collectiviteId'])
  })

  it('refuses every form after the deadline', async () => {
    await setDeadline(new Date(Date.now() - 1000).toISOString())
    const shown = PublicFormSchema.parse(
      await (await fetch(`${server.url}/api/public/forms/${token}`)).json(),
    )
    expect(shown.open).toBe(false)
    await refused(form, 409, ErrorCode.FormClosed)
  })

  it('exports the registrations as CSV with a byte-order mark, contact details included', async () => {
    await registerAll()
    await until(() => registrationsOf(committee).length === 4)
    const response = await fetch(
      `${server.url}/api/editions/shizuoka-2024/export/registrations.csv`,
      { headers: { cookie: server.ownerCookie } },
    )
    expect(response.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parse(new TextDecoder().decode(bytes), { bom: true, columns: true }) as Array<
      Record<string, string>
    >
    // In French when no language is asked: the headings, countries and names as a French reader reads them.
    expect(rows.map((row) => [row.Collectivité, row.Pays, row.Contact, row.Délégués])).toEqual([
      ['Ville de Tours', 'France', 'Claire Martin', '4'],
      ['Région Centre-Val de Loire', 'France', 'Dupont, Jean "JD"\nService international', '3'],
      // A formula typed into a public form stays text in the spreadsheet.
      ['ville de tours', 'France', `'=HYPERLINK("https://evil.example","Cliquez")`, '2'],
      ['Préfecture de Shizuoka', 'Japon', '山田 太郎', '6'],
    ])
    // Workshops by their titles, one a line, never by their ids.
    const titles = new Map(
      readEdition(committee.doc).value.themes.map((theme) => [theme.id, theme.title.fr]),
    )
    expect(rows[3]?.Ateliers?.split('\n')).toEqual([
      titles.get('theme-disaster'),
      titles.get('theme-tourism'),
    ])
    expect(rows[3]?.Ateliers).not.toContain('theme-')
    const anonymous = await fetch(
      `${server.url}/api/editions/shizuoka-2024/export/registrations.csv`,
    )
    expect(anonymous.status).toBe(401)
  })
})
