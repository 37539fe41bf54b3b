/**
 * The 8th edition as the mail tests need it: the 7th's record beside it, the
 * invitation's facts and model letters, and three collectivités linked to a
 * directory with a contact each (Nantes and Tours in French, Matsumoto in
 * Japanese), so that each can be written to and can register.
 */
import { expect } from 'vitest'
import { seedDemoEdition, seedPastEdition } from '../../server/editions/demo'
import type { EditionSeed } from '../../server/editions/seed'
import { SERVER_ORIGIN } from '../../server/sync/room-deps'
import { type DirectoryList, DirectoryListSchema } from '../../shared/directory'
import {
  createCollectivite,
  createMeeting,
  createPerson,
  readEdition,
  setMeta,
  updateMeeting,
} from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import { LetterInputsSchema } from '../../shared/letters/letter-inputs'
import { MODEL_LETTERS } from '../../shared/letters/model-letters'
import { apiRequest } from './api'
import type { TestServer } from './start-server'

export const INVITATION_EDITION = 'shizuoka-2024'
export const PUBLIC_URL = 'https://kaigi.example.org'

/** The editions to start the server with: the 7th's record and the 8th. */
export const INVITATION_SEEDS: readonly EditionSeed[] = [
  { id: 'aix-en-provence-2022', readOnly: true, fill: (doc) => seedPastEdition(doc, 7) },
  { id: INVITATION_EDITION, readOnly: false, fill: (doc) => seedDemoEdition(doc) },
]

const DIRECTORY_CSV = [
  'Nom (FR),Nom (JA),Pays,Type,Adresse,Contact,Fonction,Courriel,Langue',
  'Ville de Nantes,ナント市,France,commune,"2 rue de l’Hôtel de Ville, 44094 Nantes",Claire Martin,Chargée des relations internationales,claire.martin@nantes.example,français',
  'Ville de Matsumoto,松本市,Japon,市,長野県松本市丸の内3-7,佐藤花子,国際課長,hanako.sato@matsumoto.example,日本語',
  'Ville de Tours,トゥール市,France,commune,"1-3 rue des Minimes, 37000 Tours",Paul Durand,Directeur des relations internationales,paul.durand@tours.example,français',
].join('\n')

/** Imports the directory and writes the invitation's facts; the three collectivités' ids. */
export async function prepareInvitation(
  server: TestServer,
): Promise<{ nantes: string; matsumoto: string; tours: string }> {
  const imported = await fetch(`${server.url}/api/directory/import`, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      cookie: server.ownerCookie,
      origin: server.url,
    },
    body: DIRECTORY_CSV,
  })
  expect(imported.status).toBe(200)
  const listed = await fetch(`${server.url}/api/directory`, {
    headers: { cookie: server.ownerCookie },
  })
  const directory: DirectoryList = DirectoryListSchema.parse(await listed.json())
  const entry = (name: string) =>
    directory.collectivites.find((each) => each.nameFr === name)?.id ?? null
  return server.kaigi.registry.change(editionDocName(INVITATION_EDITION), (doc) => {
    const president = createPerson(
      doc,
      {
        name: { fr: 'Jean-Marc Lefèvre', ja: 'ジャン＝マルク・ルフェーヴル', en: '' },
        role: { fr: 'Président du comité de pilotage français', ja: '委員長', en: '' },
        collectiviteId: null,
      },
      SERVER_ORIGIN,
    )
    setMeta(
      doc,
      {
        hostCity: { fr: 'Shizuoka', ja: '静岡市', en: 'Shizuoka' },
        startDate: '2024-11-18',
        endDate: '2024-11-21',
        letter: { fr: MODEL_LETTERS.fr, ja: MODEL_LETTERS.ja },
        letterPlace: { fr: 'Paris', ja: 'パリ' },
        letterDate: '2023-07-11',
        signatoryIds: [president],
        formReturn: { fr: 'Cités Unies France, Paris', ja: 'フランス自治体国際交流協会（CUF）' },
      },
      SERVER_ORIGIN,
    )
    const meeting = {
      date: '2023-09-18',
      start: '16:30',
      end: '18:00',
      place: { fr: 'Cité des Sciences, Paris', ja: 'パリ・シテ科学産業博物館', en: '' },
      event: { fr: '', ja: '', en: '' },
      agenda: { fr: '1. Présentation de Shizuoka', ja: '静岡市の紹介', en: '' },
      intakeOpen: false,
    }
    const [first] = [...readEdition(doc).value.meetings].sort((a, b) =>
      a.date.localeCompare(b.date),
    )
    if (first) updateMeeting(doc, first.id, meeting, SERVER_ORIGIN)
    else createMeeting(doc, meeting, SERVER_ORIGIN)
    const linked = (fr: string, ja: string, country: 'FR' | 'JP') =>
      createCollectivite(
        doc,
        {
          name: { fr, ja, en: '' },
          country,
          kind: country === 'JP' ? 'city' : 'commune',
          directoryId: entry(fr),
        },
        SERVER_ORIGIN,
      )
    return {
      nantes: linked('Ville de Nantes', 'ナント市', 'FR'),
      matsumoto: linked('Ville de Matsumoto', '松本市', 'JP'),
      tours: linked('Ville de Tours', 'トゥール市', 'FR'),
    }
  })
}

/** The collectivité's own token, from the form link its letter prints. */
export async function tokenOf(server: TestServer, collectiviteId: string): Promise<string> {
  const response = await apiRequest(
    server.url,
    `/api/editions/${INVITATION_EDITION}/letters/inputs?collectivite=${collectiviteId}`,
    { cookie: server.ownerCookie },
  )
  const inputs = LetterInputsSchema.parse(await response.json())
  const token = inputs.formUrl?.split('/f/')[1]
  if (!token) throw new Error(`no form link for ${collectiviteId}`)
  return token
}

export const registerByOwnLink = async (
  server: TestServer,
  collectiviteId: string,
  country: 'FR' | 'JP',
  email: string,
) =>
  fetch(`${server.url}/api/public/forms/${await tokenOf(server, collectiviteId)}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      collectiviteId,
      collectiviteName: '',
      country,
      contactName: country === 'JP' ? '佐藤 花子' : 'Claire Martin',
      email,
      delegates: 3,
    }),
  })
