import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoEdition, seedPastEdition } from '../../../server/editions/demo'
import type { NewMessage } from '../../../server/mail/outbox-store'
import { SERVER_ORIGIN } from '../../../server/sync/room-deps'
import { type DirectoryList, DirectoryListSchema } from '../../../shared/directory'
import {
  createCollectivite,
  createMeeting,
  createPerson,
  readEdition,
  setMeta,
  updateMeeting,
} from '../../../shared/doc/edition'
import { editionDocName } from '../../../shared/editions'
import { MODEL_LETTERS } from '../../../shared/letters/model-letters'
import { PackFile } from '../../../shared/letters/pack'
import { type AttachmentRecipe, MessageState, SendKind } from '../../../shared/mail'
import { startServer, type TestServer } from '../../helpers/start-server'
import { type SmtpSink, startSmtpSink, WAKE_ONLY_POLL_MS } from './smtp-sink'

const EDITION = 'shizuoka-2024'
const PREVIOUS = 'aix-en-provence-2022'
const run = promisify(execFile)

let server: TestServer
let sink: SmtpSink
let nantes: string
let matsumoto: string

const DIRECTORY_CSV = [
  'Nom (FR),Nom (JA),Pays,Type,Adresse,Contact,Fonction,Courriel,Langue',
  'Ville de Nantes,ナント市,France,commune,"2 rue de l’Hôtel de Ville, 44094 Nantes",Claire Martin,Chargée des relations internationales,claire.martin@nantes.example,français',
  'Ville de Matsumoto,松本市,Japon,市,長野県松本市丸の内3-7,佐藤花子,国際課長,hanako.sato@matsumoto.example,日本語',
].join('\n')

const MEETING = {
  date: '2023-09-18',
  start: '16:30',
  end: '18:00',
  place: {
    fr: 'Cité des Sciences et de l’Industrie, Paris',
    ja: 'パリ・シテ科学産業博物館',
    en: '',
  },
  event: { fr: '', ja: '', en: '' },
  agenda: {
    fr: '1. Présentation de la ville hôte, Shizuoka\n2. Le programme prévisionnel',
    ja: '開催都市静岡市の紹介\n暫定プログラム',
    en: '',
  },
  intakeOpen: false,
}

/** A PDF's text as pdftotext reads it, its spaces (ideographic ones too) removed. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'kaigi-mail-'))
  try {
    const file = join(folder, 'file.pdf')
    await writeFile(file, bytes)
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
    return stdout.replace(/\s/g, '')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

const packRecipes = (collectiviteId: string): AttachmentRecipe[] =>
  [PackFile.LetterPdf, PackFile.AgendaPdf, PackFile.FormPdf, PackFile.ProgrammePdf].map((file) => ({
    kind: 'pack',
    collectiviteId,
    file,
  }))

beforeAll(async () => {
  sink = await startSmtpSink()
  server = await startServer({
    publicUrl: 'https://kaigi.example.org',
    seeds: [
      { id: PREVIOUS, readOnly: true, fill: (doc) => seedPastEdition(doc, 7) },
      { id: EDITION, readOnly: false, fill: (doc) => seedDemoEdition(doc) },
    ],
    mail: {
      smtpUrl: sink.url,
      from: 'Comité de pilotage <comite@rencontres.example>',
      perMinute: 6000,
      outboxDir: 'unused',
      pollMs: WAKE_ONLY_POLL_MS,
    },
  })
  const headers = { cookie: server.ownerCookie }
  const imported = await fetch(`${server.url}/api/directory/import`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
    body: DIRECTORY_CSV,
  })
  expect(imported.status).toBe(200)
  const directory: DirectoryList = DirectoryListSchema.parse(
    await (await fetch(`${server.url}/api/directory`, { headers })).json(),
  )
  const entry = (name: string) => directory.collectivites.find((each) => each.nameFr === name)?.id
  const deadline = await fetch(`${server.url}/api/editions/${EDITION}/registration-form`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ deadline: '2023-09-04T09:00:00.000Z' }),
  })
  expect(deadline.status).toBe(200)
  ;({ nantes, matsumoto } = await server.kaigi.registry.change(editionDocName(EDITION), (doc) => {
    const president = createPerson(
      doc,
      {
        name: { fr: 'Jean-Marc Lefèvre', ja: 'ジャン＝マルク・ルフェーヴル', en: '' },
        role: {
          fr: 'Président du comité de pilotage français',
          ja: 'フランス側実行委員会委員長',
          en: '',
        },
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
        formReturn: {
          fr: 'Cités Unies France, 9 rue Christiani, 75018 Paris, rencontres@cites-unies.example',
          ja: 'フランス自治体国際交流協会（CUF）',
        },
      },
      SERVER_ORIGIN,
    )
    const [first] = [...readEdition(doc).value.meetings].sort((a, b) =>
      a.date.localeCompare(b.date),
    )
    if (first) updateMeeting(doc, first.id, MEETING, SERVER_ORIGIN)
    else createMeeting(doc, MEETING, SERVER_ORIGIN)
    return {
      nantes: createCollectivite(
        doc,
        {
          name: { fr: 'Ville de Nantes', ja: 'ナント市', en: '' },
          country: 'FR',
          kind: 'commune',
          directoryId: entry('Ville de Nantes') ?? null,
        },
        SERVER_ORIGIN,
      ),
      matsumoto: createCollectivite(
        doc,
        {
          name: { fr: 'Ville de Matsumoto', ja: '松本市', en: '' },
          country: 'JP',
          kind: 'city',
          directoryId: entry('Ville de Matsumoto') ?? null,
        },
        SERVER_ORIGIN,
      ),
    }
  }))
})

afterAll(async () => {
  await server?.close()
  server?.cleanup()
  await sink?.close()
})

describe('the invitation pack by mail', () => {
  it('reaches a French and a Japanese collectivité in their language with the letter and its three attachments', async () => {
    const messages: NewMessage[] = [
      {
        collectiviteId: nantes,
        toName: 'Claire Martin',
        toEmail: 'claire.martin@nantes.example',
        language: 'fr',
        subject: 'Invitation aux 8es Rencontres franco-japonaises de la coopération décentralisée',
        text: 'Madame, Monsieur,\n\nVeuillez trouver ci-joint notre lettre d’invitation.',
        html: '<p>Madame, Monsieur,</p><p>Veuillez trouver ci-joint notre lettre d’invitation.</p>',
        attachments: packRecipes(nantes),
      },
      {
        collectiviteId: matsumoto,
        toName: '佐藤花子',
        toEmail: 'hanako.sato@matsumoto.example',
        language: 'ja',
        subject: '第8回日仏自治体交流会議の開催について（ご案内）',
        text: '拝啓\n\n案内状を添付いたします。',
        html: '<p>拝啓</p><p>案内状を添付いたします。</p>',
        attachments: packRecipes(matsumoto),
      },
    ]
    await server.kaigi.database.client.batch(
      server.kaigi.outbox.sendStatements(
        { id: 'pack-send', editionId: EDITION, kind: SendKind.Pack, createdBy: null },
        messages,
      ),
      'write',
    )
    server.kaigi.mail?.wake()
    await sink.receivedCount(2)

    const to = (address: string) =>
      sink.received.find((each) => each.recipients.includes(address))?.mail
    const french = to('claire.martin@nantes.example')
    const japanese = to('hanako.sato@matsumoto.example')
    expect(french?.subject).toBe(
      'Invitation aux 8es Rencontres franco-japonaises de la coopération décentralisée',
    )
    expect(japanese?.subject).toBe('第8回日仏自治体交流会議の開催について（ご案内）')
    // No MAIL_REPLY_TO: the answers go to the address the form is returned to.
    expect(french?.replyTo?.value[0]?.address).toBe('rencontres@cites-unies.example')
    expect(japanese?.text?.trim()).toContain('案内状を添付いたします。')
    expect(japanese?.html).toContain('<p>拝啓</p>')

    expect(french?.attachments.map((each) => each.filename)).toEqual([
      'Lettre d’invitation.pdf',
      'Ordre du jour prévisionnel.pdf',
      'Bulletin de participation.pdf',
      'Proposition du programme et des thèmes.pdf',
    ])
    expect(japanese?.attachments.map((each) => each.filename)).toEqual([
      '案内状.pdf',
      '会議次第（案）.pdf',
      '参加申込書.pdf',
      'プログラム及びテーマ（案）.pdf',
    ])
    for (const attachment of [...(french?.attachments ?? []), ...(japanese?.attachments ?? [])]) {
      expect(attachment.contentType).toBe('application/pdf')
    }
    const [letterFr, agendaFr, formFr, programmeFr] = await Promise.all(
      (french?.attachments ?? []).map((each) => pdfText(each.content)),
    )
    expect(letterFr).toContain('ClaireMartin')
    expect(letterFr).toContain('Shizuoka')
    expect(letterFr).toContain('4septembre2023')
    expect(agendaFr).toContain('Ordredujourprévisionnel')
    expect(agendaFr).toContain('1.Présentationdelavillehôte,Shizuoka')
    expect(formFr).toContain('Bulletindeparticipation')
    expect(formFr).toContain('VilledeNantes')
    expect(formFr).toContain('https://kaigi.example.org/f/')
    expect(programmeFr).toContain('Propositionduprogrammeetdesthèmes')

    const [letterJa, agendaJa, formJa, programmeJa] = await Promise.all(
      (japanese?.attachments ?? []).map((each) => pdfText(each.content)),
    )
    expect(letterJa).toContain('国際課長佐藤花子様')
    expect(letterJa).toContain('第8回日仏自治体交流会議の開催について（ご案内）')
    expect(agendaJa).toContain('会議次第（案）')
    expect(formJa).toContain('参加申込書')
    expect(formJa).toContain('佐藤花子')
    expect(programmeJa).toContain('プログラム及びテーマ（案）')

    const [send] = await server.kaigi.outbox.list(EDITION)
    expect(send?.messages.map((each) => each.state)).toEqual([MessageState.Sent, MessageState.Sent])
  })

  it('keeps a message whose attachment cannot be made failed, saying why, and sends nothing of it', async () => {
    const before = sink.received.length
    await server.kaigi.database.client.batch(
      server.kaigi.outbox.sendStatements(
        { id: 'calendar-send', editionId: EDITION, kind: SendKind.ChangeNotice, createdBy: null },
        [
          {
            collectiviteId: nantes,
            toName: 'Claire Martin',
            toEmail: 'claire.martin@nantes.example',
            language: 'fr',
            subject: 'Le programme a changé',
            text: 'Voir le calendrier.',
            html: '<p>Voir le calendrier.</p>',
            // Nothing is published yet: there is no calendar to attach.
            attachments: [{ kind: 'calendar' }],
          },
        ],
      ),
      'write',
    )
    server.kaigi.mail?.wake()
    let state = MessageState.Queued as string
    let lastError: string | null = null
    while (state === MessageState.Queued || state === MessageState.Retrying) {
      const sends = await server.kaigi.outbox.list(EDITION)
      const message = sends.find((each) => each.id === 'calendar-send')?.messages[0]
      state = message?.state ?? state
      lastError = message?.lastError ?? null
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(state).toBe(MessageState.Failed)
    expect(lastError).toContain('no published programme')
    expect(sink.received).toHaveLength(before)
  })
})
