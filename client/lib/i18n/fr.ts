import type { Collection, RegistrationCounts } from '../../../shared/doc/edition'
import { MAX_EDITION_DAYS } from '../../../shared/doc/edition/rules'
import { fr as frWords } from '../../../shared/programme-words/fr'
import {
  type FieldWords,
  type TextWords,
  type ThingWords,
  wordsFor,
} from '../../features/activity/fields'
import type { ChangedThing } from '../../features/activity/sentence'
import { frenchOrdinal, plural } from './plural'

/** The interface's French words for a field of an entity, with its article. */
const FR_FIELDS: FieldWords = {
  schedule: 'l’horaire',
  day: 'le jour',
  start: 'l’heure de début',
  end: 'l’heure de fin',
  ownHours: 'le choix d’horaires propres',
  durationMinutes: 'la durée',
  roomId: 'la salle',
  roomIds: 'les salles',
  allRooms: 'le choix de toutes les salles',
  themeId: 'le thème',
  speakerIds: 'les intervenants',
  moderatorIds: 'la modération',
  rapporteurIds: 'les rapporteurs',
  witnessIds: 'les grands témoins',
  interpretation: 'l’interprétation',
  status: 'le statut',
  kind: 'le type',
  capacity: 'la capacité',
  position: 'l’ordre',
  venueId: 'le lieu',
  booths: 'les cabines d’interprétation',
  reading: 'la lecture en kana',
  collectiviteId: 'la collectivité',
  collectiviteName: 'le nom de la collectivité',
  country: 'le pays',
  date: 'la date',
  intakeOpen: 'l’ouverture des suggestions',
  text: 'le texte',
  authorId: 'l’auteur',
  authorName: 'le nom de l’auteur',
  collectivite: 'la collectivité',
  target: 'le sujet',
  mergedIntoId: 'la fusion',
  supporterIds: 'les +1',
  sessionId: 'la séance liée',
  proposalId: 'la proposition liée',
  collectiviteNames: 'les collectivités',
  suggestionId: 'la suggestion d’origine',
  delegates: 'le nombre de délégués',
  workshopIds: 'les ateliers choisis',
  wantsToSpeak: 'le souhait d’intervenir',
  wantsToPropose: 'le souhait de proposer un atelier',
  dayIds: 'les journées suivies',
  amendedAt: 'la date de modification',
  number: 'le numéro',
  year: 'l’année',
  hostCountry: 'le pays hôte',
  startDate: 'la date de début',
  endDate: 'la date de fin',
  timeZone: 'le fuseau horaire',
  globalThemeId: 'le thème général',
  participation: 'la participation',
  createdAt: 'la date de création',
  meetingId: 'la réunion',
  letterDate: 'la date de la lettre',
  signatoryIds: 'les signataires',
  directoryId: 'le lien à l’annuaire',
}

/**
 * The texts written in each language: their noun, whether it is feminine,
 * and whether the language reads as an adjective ("le titre japonais") or
 * not ("le lieu en japonais").
 */
const FR_TEXTS: TextWords<{ noun: string; feminine: boolean; adjective: boolean }> = {
  title: { noun: 'le titre', feminine: false, adjective: true },
  description: { noun: 'la description', feminine: true, adjective: true },
  name: { noun: 'le nom', feminine: false, adjective: true },
  role: { noun: 'la fonction', feminine: true, adjective: false },
  place: { noun: 'le lieu', feminine: false, adjective: false },
  agenda: { noun: 'l’ordre du jour', feminine: false, adjective: false },
  hostCity: { noun: 'la ville hôte', feminine: true, adjective: false },
  venue: { noun: 'le lieu', feminine: false, adjective: false },
  label: { noun: 'l’intitulé', feminine: false, adjective: true },
  address: { noun: 'l’adresse', feminine: true, adjective: false },
  letter: { noun: 'la lettre d’invitation', feminine: true, adjective: false },
  letterPlace: { noun: 'le lieu de la lettre', feminine: false, adjective: false },
  formReturn: { noun: 'l’adresse de retour du bulletin', feminine: true, adjective: false },
  event: { noun: 'l’événement', feminine: false, adjective: false },
}

/** Each language as an adjective (masculine, feminine). */
const FR_LANGS: Record<string, [string, string]> = {
  fr: ['français', 'française'],
  ja: ['japonais', 'japonaise'],
  en: ['anglais', 'anglaise'],
}

/** "le titre japonais", "la description française", "le lieu en japonais", "la salle". */
function frField(path: string): string {
  const [field = '', lang] = path.split('.')
  const text = wordsFor(FR_TEXTS, field)
  if (text) {
    const adjective = lang ? FR_LANGS[lang]?.[text.feminine ? 1 : 0] : undefined
    if (!adjective) return text.noun
    return text.adjective
      ? `${text.noun} ${adjective}`
      : `${text.noun} en ${FR_LANGS[lang ?? '']?.[0]}`
  }
  return wordsFor(FR_FIELDS, field) ?? `le champ « ${path} »`
}

/** "a, b et c", and past four fields, how many more. */
function frList(items: string[]): string {
  const shown =
    items.length > 4 ? [...items.slice(0, 3), `${items.length - 3} autres champs`] : items
  return new Intl.ListFormat('fr', { type: 'conjunction' }).format(shown)
}

const quoted = (label: string) => `« ${label || 'sans titre'} »`

/** Each kind of entity named as what was created or deleted: "la séance « Atelier 2 »". */
const FR_THINGS: ThingWords = {
  // A day is named by its date, which its label holds written out.
  days: (label) => `la journée du ${label}`,
  venues: (label) => `le lieu ${quoted(label)}`,
  sessions: (label) => `la séance ${quoted(label)}`,
  themes: (label) => `le thème ${quoted(label)}`,
  rooms: (label) => `la salle ${quoted(label)}`,
  persons: (label) => `la fiche de ${quoted(label)}`,
  collectivites: (label) => `la collectivité ${quoted(label)}`,
  meetings: (label) => `la réunion du ${label}`,
  suggestions: (label) => `la suggestion ${quoted(label)}`,
  registrations: (label) => `l’inscription de ${quoted(label)}`,
  proposals: (label) => `la proposition d’atelier ${quoted(label)}`,
  proposalComments: (label) => `le commentaire ${quoted(label)}`,
}

/** What a creation reads as, where "a créé" would not: "a envoyé la suggestion". */
const FR_CREATED: Partial<Record<Collection, (thing: string) => string>> = {
  days: (thing) => `a ajouté ${thing}`,
  venues: (thing) => `a ajouté ${thing}`,
  rooms: (thing) => `a ajouté ${thing}`,
  persons: (thing) => `a ajouté ${thing}`,
  collectivites: (thing) => `a ajouté ${thing}`,
  suggestions: (thing) => `a envoyé ${thing}`,
  registrations: (thing) => `a envoyé ${thing}`,
  proposals: (thing) => `a envoyé ${thing}`,
  proposalComments: (thing) => `a écrit ${thing}`,
}

/** "de « Atelier 2 »", "du thème « … »", "de l’édition": whose fields changed. */
function frOwner(section: string, label: string): string {
  if (section === 'meta') return 'de l’édition'
  if (section === 'sessions') return `de ${quoted(label)}`
  const thing = (wordsFor(FR_THINGS, section) ?? quoted)(label)
  return thing.startsWith('le ') ? `du ${thing.slice(3)}` : `de ${thing}`
}

const frActor = (name: string, committee: 'fr' | 'jp' | null): string =>
  committee ? `${name} (${committee === 'fr' ? 'FR' : 'JP'})` : name

/**
 * The interface's French words: the catalogue the others follow. `Messages`
 * is its shape, so a string added here is asked of Japanese and English too.
 */
export const fr = {
  languageSwitch: 'Langue de l’interface',
  /** What the page is for, in one line. */
  intro:
    'Un texte partagé en direct : ce que chacun tape apparaît aussitôt chez tous, et la liste montre qui est connecté.',
  document: 'Document',
  shareHint: 'Pour écrire à plusieurs, ouvrez ce lien dans une autre fenêtre :',
  notesLabel: 'Notes partagées',
  notesPlaceholder: 'Écrivez ici… Les autres participants voient le texte au fur et à mesure.',
  status: {
    connecting: 'Connexion…',
    connected: 'Synchronisé',
    offline: 'Hors ligne — vos modifications sont gardées sur cet appareil',
    refused: 'Refusé',
  },
  statusHint: {
    connecting: 'Connexion au serveur en cours.',
    connected: 'Vos modifications sont envoyées aux autres en direct.',
    offline:
      'Vous pouvez continuer à écrire : vos modifications sont gardées sur cet appareil et partiront au retour de la connexion.',
    refused: 'Le serveur a refusé ce document. Rechargez la page ou ouvrez un autre document.',
  },
  peopleTitle: 'Connectés',
  you: 'vous',
  editing: 'écrit',
  nobodyElse: 'Personne d’autre pour l’instant.',
  invalidDocument: (name: string) =>
    `« ${name} » n’est pas un nom de document valide (lettres, chiffres, « . », « _ » et « - », 128 caractères au plus).`,
  openDemo: 'Ouvrir le document de démonstration',
  edition: {
    create: {
      open: 'Nouvelle édition',
      number: 'Numéro',
      titleFr: 'Titre en français',
      titleJa: 'Titre en japonais',
      cityFr: 'Ville hôte (français)',
      cityJa: 'Ville hôte (japonais)',
      country: 'Pays hôte',
      countries: { FR: 'France', JP: 'Japon' },
      timeZone: 'Fuseau horaire',
      startDate: 'Premier jour',
      endDate: 'Dernier jour',
      submit: 'Créer l’édition',
      submitting: 'Création…',
      failed: 'L’édition n’a pas été créée : corrigez les champs signalés.',
    },
    listTitle: 'Éditions des Rencontres',
    listIntro:
      'Les Rencontres franco-japonaises de la coopération décentralisée : ouvrez une édition pour préparer son programme à plusieurs, en direct.',
    loading: 'Chargement…',
    loadFailed: 'La liste des éditions n’a pas pu être chargée. Rechargez la page.',
    noEditions: 'Aucune édition pour l’instant.',
    /** "8e édition", "第8回". */
    number: (n: number) => `${frenchOrdinal(n)} édition`,
    record: 'Archive',
    recordHint: 'Édition passée, consultable en lecture seule.',
    backToList: '← Toutes les éditions',
    notFound: 'Cette page n’existe pas.',
    waiting: 'Réception du programme…',
    empty: 'Ce document ne contient pas encore d’édition.',
    overview: 'Aperçu',
    globalTheme: 'Thème général',
    venue: 'Lieu',
    dates: 'Dates',
    timeZone: 'Fuseau horaire',
    sessions: (n: number) => (n <= 1 ? `${n} séance` : `${n} séances`),
    rooms: (n: number) => (n <= 1 ? `${n} salle` : `${n} salles`),
    themes: (n: number) => (n <= 1 ? `${n} thème` : `${n} thèmes`),
    untranslated: (n: number) => (n <= 1 ? `${n} texte à traduire` : `${n} textes à traduire`),
    allTranslated: 'Tous les textes sont traduits',
    participation: (participants: number | null, fr: number | null, jp: number | null) =>
      [
        participants === null ? '' : `${participants} participants`,
        fr === null && jp === null
          ? ''
          : `collectivités : ${fr ?? '?'} françaises, ${jp ?? '?'} japonaises`,
      ]
        .filter(Boolean)
        .join(' · '),
    programme: 'Programme',
    noSessions: 'Aucune séance au programme.',
    noRoom: 'Hors salle',
    /** Where a session without a day, time or room is shown: "Non placée". */
    unplaced: 'Non placée',
    /** A session across every room: "Toutes les salles". */
    allRooms: 'Toutes les salles',
    /** Header of the time axis: the edition's zone, then the viewer's where it differs. */
    zoneCity: frWords.zoneCity,
    kind: frWords.kind,
    sessionStatus: { draft: 'Brouillon', confirmed: 'Confirmée' },
    warning: {
      room_double_booked: 'Salle réservée deux fois',
      person_double_booked: 'Intervenant dans deux séances à la fois',
      outside_edition_dates: 'En dehors des dates de l’édition',
      outside_day_bounds: 'En dehors des horaires de la journée',
      missing_translation: 'Traduction manquante',
      edition_dates_inconsistent: 'Dates de l’édition incohérentes',
      collectivite_kind_mismatch: 'Type de collectivité inconnu dans ce pays',
      unplaced_session: 'Séance sans jour, heure ou salle',
      interpretation_without_booths: 'Interprétation simultanée dans une salle sans cabines',
      room_over_capacity: 'Plus d’inscrits que de places dans la salle',
      person_without_function: 'Fonction manquante en français ou en japonais',
    },
    /** What is wrong with the edition's dates, as the edition_dates_inconsistent warning and a refusal say. */
    datesProblem: {
      end_before_start: 'Le dernier jour précède le premier.',
      too_long: `L’édition dure plus de ${MAX_EDITION_DAYS} jours du premier au dernier : vérifiez l’année et le mois du dernier jour.`,
      year_mismatch: 'Le premier jour n’est pas dans l’année de l’édition.',
    },
    missingTranslation: 'À traduire',
    editingBy: (name: string) => `${name} modifie`,
    editor: {
      title: 'Séance',
      close: 'Fermer',
      sessionTitle: 'Titre',
      description: 'Description',
      kind: 'Type',
      day: 'Jour',
      start: 'Début',
      duration: 'Durée (min)',
      room: 'Salle',
      minutes: (n: number) => `${n} min`,
      lang: { fr: 'Français', ja: 'Japonais', en: 'Anglais' },
      optional: 'facultatif',
      refused: (reason: string) => `Modification refusée : ${reason}`,
      readOnly: 'Cette édition est une archive : elle ne peut pas être modifiée.',
      /** For a viewer: they may read the edition, not change it. */
      viewerReadOnly: 'Accès en lecture seule : vous ne pouvez pas modifier cette édition.',
    },
    dragHint:
      'Glissez une séance pour la déplacer, son bord inférieur pour changer sa durée (par pas de 5 minutes) ; cliquez pour la modifier.',
    keyboardHint:
      'Au clavier : Alt + ↑ ↓ déplace de 5 minutes, Alt + ← → change de salle, Alt + Maj + ↑ ↓ raccourcit ou allonge ; Entrée ouvre la séance.',
    /** The page of the global theme and the workshop themes. */
    themePage: {
      title: 'Thèmes et ateliers',
      /** The links between an edition's programme and its themes. */
      views: 'Vues de l’édition',
      intro:
        'Le thème général de l’édition et les thèmes des ateliers, en français et en japonais ; les modifications apparaissent en direct chez tous.',
      chooseGlobal: 'Thème général retenu',
      noGlobal: 'Aucun',
      addGlobal: 'Nouveau thème général',
      workshops: 'Thèmes d’atelier',
      addWorkshop: 'Ajouter un thème d’atelier',
      noWorkshops: 'Aucun thème d’atelier pour l’instant.',
      /** "Atelier 2", "第2分科会": a workshop theme by its place in the list. */
      workshopNumber: (n: number) => `Atelier ${n}`,
      themeTitle: 'Intitulé',
      description: 'Description',
      sessionsUsing: 'Séances sur ce thème',
      noSessionsUsing: 'Aucune séance ne porte encore ce thème.',
      delete: 'Supprimer',
      /** Asked before deleting a theme that `sessions` sessions use. */
      confirmDelete: (sessions: number) =>
        sessions === 0
          ? 'Supprimer ce thème ?'
          : sessions === 1
            ? 'Supprimer ce thème ? La séance qui le porte n’aura plus de thème.'
            : `Supprimer ce thème ? Les ${sessions} séances qui le portent n’auront plus de thème.`,
      confirm: 'Oui, supprimer',
      cancel: 'Annuler',
    },
    history: {
      undo: 'Annuler',
      redo: 'Rétablir',
      /** Tooltips, with the shortcut spelled for this platform ("Ctrl", "⌘"). */
      undoHint: (mod: string) =>
        `Annuler votre dernière modification ; celles des autres restent (${mod}+Z)`,
      redoHint: (mod: string) => `Rétablir votre modification (${mod}+Maj+Z)`,
    },
  },
  access: {
    role: { owner: 'Responsable', editor: 'Éditeur', viewer: 'Lecteur' },
    committee: { fr: 'Comité français', jp: 'Comité japonais' },
    /** The header's tooltip on the signed-in person's name. */
    signedInAs: (name: string) => `Session de ${name}`,
    signOut: 'Se déconnecter',
    signOutFailed: 'La déconnexion a échoué. Réessayez.',
    /** The page shown to a browser that is not signed in. */
    signedOut: {
      title: 'Connectez-vous avec votre lien d’invitation',
      body: 'Kaigi est réservé aux membres des comités d’organisation des Rencontres. Pour vous connecter, ouvrez dans ce navigateur le lien d’invitation que vous avez reçu (par courriel ou par message).',
      hint: 'Pas de lien, ou un lien expiré ? Demandez-en un nouveau à un responsable de votre comité.',
    },
    /** The page of an invitation link, `/invite/<token>`. */
    invite: {
      title: 'Invitation à Kaigi',
      loading: 'Vérification du lien…',
      /** The link could not be checked (no network). */
      checkFailed: 'Le lien n’a pas pu être vérifié. Vérifiez la connexion et rechargez la page.',
      offer: 'Ce lien vous donne accès à Kaigi :',
      role: 'Rôle',
      edition: 'Édition',
      /** The instance owner's link opens every edition. */
      allEditions: 'Toutes les éditions (responsable de l’instance)',
      committee: 'Comité',
      expires: 'Valable jusqu’au',
      never: 'sans limite',
      problem: {
        expired: 'Ce lien d’invitation a expiré.',
        revoked: 'Ce lien d’invitation a été révoqué.',
        'used-up': 'Ce lien d’invitation a déjà servi autant de fois que prévu.',
        invalid: 'Ce lien d’invitation n’est pas valide.',
      },
      problemHint: 'Demandez un nouveau lien à un responsable de votre comité.',
      name: 'Votre nom',
      nameHint: 'Tel que les autres membres le verront, par exemple « Claire Martin (Paris) ».',
      nameError: (max: number) => `Indiquez un nom de 1 à ${max} caractères.`,
      chooseCommittee: 'Votre comité',
      committeeError: 'Choisissez votre comité.',
      alreadySignedIn: (name: string) =>
        `Ce navigateur est déjà connecté au nom de ${name} : accepter ajoute ce rôle à ce compte.`,
      submit: 'Accepter l’invitation',
      submitting: 'Connexion…',
      failed: 'L’invitation n’a pas pu être acceptée. Réessayez.',
    },
    /** The edition's view of its members and links. */
    membersView: 'Membres et invitations',
    members: {
      title: 'Membres',
      you: 'vous',
      noCommittee: 'sans comité',
      /** The instance's owner, who holds every edition (the first start's link). */
      instanceOwner: 'toutes les éditions',
      instanceOwnerHint:
        'Responsable de cette installation de Kaigi : a accès à toutes les éditions, sans invitation.',
      revoke: 'Retirer l’accès',
      confirmRevoke: (name: string) => `Retirer à ${name} l’accès à cette édition ?`,
      confirm: 'Oui, retirer',
      cancel: 'Annuler',
      loadFailed: 'La liste des membres n’a pas pu être chargée.',
      revokeFailed: 'L’accès n’a pas pu être retiré. Réessayez.',
      none: 'Aucun membre pour l’instant.',
    },
    invitations: {
      title: 'Liens d’invitation',
      intro:
        'Créez un lien et envoyez-le à la personne à inviter : en l’ouvrant, elle indique son nom et rejoint l’édition avec le rôle choisi.',
      role: 'Rôle',
      committee: 'Comité',
      committeeChosen: 'Au choix de la personne',
      expiry: 'Validité',
      expiryChoice: (hours: number) => (hours === 24 ? '1 jour' : `${hours / 24} jours`),
      maxUses: 'Utilisations au plus',
      unlimited: 'sans limite',
      maxUsesError: (max: number) => `Un nombre entier de 1 à ${max}, ou rien pour ne pas limiter.`,
      create: 'Créer le lien',
      creating: 'Création…',
      failed: 'Le lien n’a pas été créé.',
      created: 'Nouveau lien d’invitation',
      createdHint:
        'Ce lien ne sera plus affiché : copiez-le ou faites scanner le code QR maintenant.',
      copy: 'Copier le lien',
      copied: 'Copié',
      qr: 'Code QR du lien d’invitation',
      active: 'Liens actifs',
      none: 'Aucun lien actif.',
      uses: (uses: number, max: number | null) =>
        max === null
          ? uses <= 1
            ? `${uses} utilisation`
            : `${uses} utilisations`
          : `${uses} / ${max} utilisations`,
      expiresOn: (date: string) => `jusqu’au ${date}`,
      revoke: 'Révoquer',
      confirmRevoke: 'Révoquer ce lien ? Il ne pourra plus servir.',
      loadFailed: 'Les liens n’ont pas pu être chargés.',
      recordViewersOnly: 'Cette édition est une archive : ses liens n’invitent qu’en lecture.',
    },
    /** The page-wide notice of a member who may only read the edition. */
    viewerNotice:
      'Vous avez accès à cette édition en lecture seule : vous suivez le programme en direct, sans pouvoir le modifier.',
    /** The message shown once the server ended this browser's access to a document. */
    lost: {
      'signed-out': 'Votre session est terminée : vous n’êtes plus connecté à Kaigi.',
      revoked: 'Votre accès à cette édition a été retiré.',
      'read-only': 'Lecture seule : votre modification a été refusée.',
    },
    lostHint: {
      'signed-out':
        'Les modifications non envoyées ont été effacées de cet appareil. Rechargez la page, puis reconnectez-vous avec un lien d’invitation.',
      revoked:
        'Le programme a été effacé de cet appareil. S’il s’agit d’une erreur, demandez un nouveau lien à un responsable.',
      'read-only':
        'Vous pouvez lire cette édition, pas la modifier. Rechargez la page pour retrouver le programme tel qu’il est.',
    },
    reload: 'Recharger la page',
  },
  meetings: {
    /** The edition's view of its meetings. */
    tab: 'Réunions',
    title: 'Réunions des comités',
    intro:
      'Les réunions des comités de pilotage : pendant une réunion, les participants envoient leurs suggestions depuis leur téléphone, sans compte, par un lien ou un code QR ; elles apparaissent en direct sur le mur.',
    none: 'Aucune réunion pour l’instant.',
    /** A meeting named by its day (already formatted): "Réunion du 18 septembre 2023". */
    name: (date: string) => `Réunion du ${date}`,
    create: {
      open: 'Nouvelle réunion',
      date: 'Date',
      placeFr: 'Lieu (français)',
      placeJa: 'Lieu (japonais)',
      agendaFr: 'Ordre du jour (français)',
      agendaJa: 'Ordre du jour (japonais)',
      agendaHint: 'Un point par ligne ; facultatif, modifiable ensuite.',
      submit: 'Créer la réunion',
      dateError: 'Indiquez la date de la réunion.',
      placeError: 'Indiquez le lieu, en français ou en japonais.',
    },
    date: 'Date',
    place: 'Lieu',
    agenda: 'Ordre du jour',
    noAgenda: 'Pas encore d’ordre du jour.',
    /** The fold that holds the meeting's date, place and agenda fields. */
    edit: 'Date, lieu et ordre du jour',
    /** Whether participants may send suggestions now. */
    intake: { open: 'Suggestions ouvertes', closed: 'Suggestions fermées' },
    openIntake: 'Ouvrir les suggestions',
    closeIntake: 'Fermer les suggestions',
    suggestionCount: (total: number, fresh: number) =>
      total === 0
        ? 'Aucune suggestion'
        : `${total} suggestion${plural('fr', total, '', 's')}${fresh > 0 ? `, dont ${fresh} à trier` : ''}`,
    openWall: 'Mur des suggestions',
    link: {
      get: 'Lien pour les participants',
      getting: 'Création du lien…',
      failed: 'Le lien n’a pas pu être obtenu. Réessayez.',
      title: 'Lien pour les participants',
      hint: 'Sans compte : ce lien n’ouvre que le formulaire de suggestion de cette réunion. C’est toujours le même lien.',
      copy: 'Copier le lien',
      copied: 'Copié',
      qr: 'Code QR du lien pour les participants',
      showRoom: 'Afficher en plein écran pour la salle',
    },
    /** The full-screen display for the room, shown in French and Japanese at once. */
    room: {
      call: 'Envoyez vos suggestions',
      scan: 'Scannez le code QR ou ouvrez',
      closed: 'La collecte des suggestions est fermée.',
      close: 'Fermer',
    },
    wall: {
      title: 'Mur des suggestions',
      back: '← Réunions',
      meetingGone: 'Cette réunion n’existe pas (ou plus).',
      filter: 'Sujet',
      all: 'Toutes',
      target: {
        global_theme: 'Thème général',
        workshop: 'Atelier',
        programme: 'Programme',
        other: 'Autre',
      },
      /** Where to send a suggestion from a phone, beside the QR code. */
      join: 'Pour envoyer une suggestion :',
      fullScreen: 'Plein écran',
      exitFullScreen: 'Quitter le plein écran',
      empty: 'Aucune suggestion pour l’instant : elles apparaîtront ici dès leur envoi.',
      emptyFilter: 'Aucune suggestion sur ce sujet.',
      anonymous: 'Anonyme',
      /** The +1s of a suggestion. */
      supporters: (n: number) => `+1 · ${n}`,
      support: 'Soutenir (+1)',
      unsupport: 'Retirer mon +1',
      status: {
        new: 'Nouvelle',
        kept: 'Retenue',
        merged: 'Fusionnée',
        dismissed: 'Écartée',
        converted: 'Devenue séance',
      },
      keep: 'Retenir',
      dismiss: 'Écarter',
      restore: 'Remettre à trier',
      merge: 'Fusionner…',
      mergeInto: 'Fusionner dans la suggestion',
      mergeConfirm: 'Fusionner',
      mergeNone: 'Aucune autre suggestion dans cette réunion.',
      cancel: 'Annuler',
      /** On a merged suggestion: the one it went into (its opening words). */
      mergedInto: (text: string) => `Fusionnée dans « ${text} »`,
      /** On a suggestion others were merged into. */
      mergedHere: (n: number) =>
        plural('fr', n, '1 suggestion fusionnée ici', `${n} suggestions fusionnées ici`),
      convert: 'En faire une séance…',
      convertTitle: 'Nouvelle séance au programme',
      convertTheme: 'Thème de l’atelier',
      convertHint:
        'Le titre reprend la suggestion dans les deux langues : traduisez-le maintenant ou plus tard dans la séance.',
      convertSubmit: 'Ajouter au programme',
      /** On a suggestion turned into a session: a link to it. */
      became: 'Devenue la séance',
      sessionGone: 'Devenue une séance, supprimée depuis.',
      /** On a suggestion turned into a workshop proposal. */
      becameProposal: 'Devenue une proposition d’atelier.',
      /** Turns a suggestion into a workshop proposal. */
      toProposal: 'En proposition d’atelier',
      toProposalTitle: 'Faire de cette suggestion une proposition d’atelier',
      toProposalCollectivite: 'Collectivité qui la propose',
      toProposalHint:
        'Le titre reprend la suggestion ; le comité le traduira dans la vue des propositions.',
      toProposalSubmit: 'Créer la proposition',
      triaged: 'Déjà triées',
      refused: (reason: string) => `Refusé : ${reason}`,
    },
  },
  participant: {
    loading: 'Chargement…',
    notFound:
      'Ce lien ne mène à aucune réunion. Vérifiez l’adresse ou scannez à nouveau le code QR.',
    loadFailed: 'La réunion n’a pas pu être chargée. Vérifiez la connexion.',
    retry: 'Réessayer',
    intro:
      'Votre suggestion apparaît aussitôt sur le mur de la réunion. Vous pouvez écrire en français ou en japonais.',
    closed: 'La collecte des suggestions est fermée.',
    closedHint: 'Le président de séance ne prend plus de suggestions pour le moment.',
    /** Asks again whether the intake has opened. */
    checkAgain: 'Vérifier à nouveau',
    text: 'Votre suggestion',
    textHint: 'Quelques phrases : une idée de thème, d’atelier, d’intervenant…',
    /** Characters typed out of the most a suggestion may hold. */
    counter: (n: number, max: number) => `${n} / ${max}`,
    name: 'Votre nom',
    collectivite: 'Votre collectivité',
    optional: 'facultatif',
    target: 'Elle porte sur',
    targetChoice: {
      global_theme: 'Le thème général',
      workshop: 'Un atelier',
      programme: 'Le programme',
      other: 'Autre chose',
    },
    workshop: 'Quel atelier ?',
    send: 'Envoyer',
    sending: 'Envoi…',
    errors: {
      text: (max: number) => `Écrivez votre suggestion (${max} caractères au plus).`,
      authorName: (max: number) => `Le nom ne peut dépasser ${max} caractères.`,
      collectivite: (max: number) =>
        `Le nom de la collectivité ne peut dépasser ${max} caractères.`,
      target: 'Choisissez le sujet de votre suggestion.',
      themeId: 'Choisissez l’atelier.',
      /** A refusal naming no field this page shows. */
      other: 'La suggestion n’a pas été envoyée : vérifiez le formulaire.',
      tooMany: 'Trop d’envois depuis ce réseau : patientez un instant, puis renvoyez.',
      network: 'La suggestion n’est pas partie : vérifiez la connexion, puis renvoyez.',
    },
    thanks: 'Merci ! Votre suggestion est sur le mur.',
    thanksHint: 'Le comité la lira et pourra la retenir pour le programme.',
    another: 'Envoyer une autre suggestion',
    /** The two forms of the page: a suggestion, or a workshop proposal. */
    tabs: { suggestion: 'Suggestion', proposal: 'Proposer un atelier' },
    proposal: {
      intro:
        'Votre collectivité propose un atelier : le comité le reçoit aussitôt et pourra l’inscrire au programme.',
      title: 'Titre de l’atelier',
      titleHint: 'Dans votre langue : le comité le traduira.',
      description: 'Description',
      theme: 'Thème d’atelier',
      noTheme: 'Aucun thème en particulier',
      collectivites: 'Collectivités qui proposent',
      collectivitesHint: 'Une par ligne (au moins une).',
      send: 'Envoyer la proposition',
      errors: {
        title: 'Donnez un titre à l’atelier.',
        description: 'La description est trop longue.',
        themeId: 'Choisissez un thème de la liste.',
        collectiviteNames: 'Nommez au moins une collectivité (une par ligne).',
      },
      thanks: 'Merci ! Votre proposition d’atelier est transmise au comité.',
      thanksHint: 'Le comité l’examinera et vous tiendra informés.',
      another: 'Proposer un autre atelier',
    },
  },
  proposals: {
    tab: 'Propositions',
    title: 'Propositions d’atelier',
    intro:
      'Les ateliers proposés par les collectivités, à examiner et traduire ensemble. Une proposition acceptée devient une séance du programme.',
    none: 'Aucune proposition.',
    /** The heading of each group, by status. */
    status: {
      submitted: 'Soumises',
      under_review: 'En examen',
      accepted: 'Acceptées',
      merged: 'Fusionnées',
      declined: 'Refusées',
    },
    create: 'Nouvelle proposition',
    createSubmit: 'Ajouter la proposition',
    proposalTitle: 'Titre',
    description: 'Description',
    theme: 'Thème d’atelier',
    noTheme: 'Sans thème',
    collectivites: 'Collectivités qui proposent',
    /** One name a line. */
    collectivitesHint: 'Une par ligne.',
    fromSuggestion: 'Issue d’une suggestion :',
    comments: (n: number) =>
      n === 0 ? 'Aucun commentaire' : plural('fr', n, '1 commentaire', `${n} commentaires`),
    comment: 'Votre commentaire',
    commentSend: 'Commenter',
    review: 'Mettre en examen',
    decline: 'Refuser',
    reopen: 'Revenir à « soumise »',
    merge: 'Fusionner…',
    mergeInto: 'Fusionner dans',
    mergeConfirm: 'Fusionner',
    mergeNone: 'Aucune autre proposition ouverte.',
    /** On a merged proposal: the one it went into. */
    mergedInto: 'Fusionnée dans :',
    accept: 'Accepter…',
    acceptTitle: 'Accepter : créer la séance d’atelier',
    acceptSubmit: 'Accepter et créer la séance',
    /** On an accepted proposal: a link to its session. */
    sessionCreated: 'Séance créée :',
    sessionGone: 'Sa séance a été supprimée.',
    cancel: 'Annuler',
    refused: (reason: string) => `Refusé : ${reason}`,
  },
  form: {
    title: 'Bulletin de participation',
    loading: 'Chargement…',
    notFound: 'Ce lien ne mène à aucun bulletin. Vérifiez l’adresse.',
    loadFailed: 'Le bulletin n’a pas pu être chargé. Vérifiez la connexion.',
    retry: 'Réessayer',
    intro: 'Inscrivez votre collectivité : un bulletin par délégation.',
    /** Until when the form is open, in the reader's words. */
    deadline: (when: string) => `À renvoyer avant le ${when}`,
    closed: 'Les inscriptions sont closes.',
    closedHint: 'La date limite est passée. Pour une inscription tardive, écrivez au comité.',
    collectivite: 'Collectivité',
    pick: 'Choisir dans la liste…',
    notListed: 'Elle n’est pas dans la liste',
    newName: 'Nom de la collectivité',
    country: 'Pays',
    countries: { FR: 'France', JP: 'Japon' },
    contactName: 'Personne à contacter',
    email: 'Courriel',
    delegates: 'Nombre de délégués',
    workshops: 'Ateliers qui vous intéressent',
    noWorkshops: 'Les ateliers ne sont pas encore fixés.',
    wantsToSpeak: 'Nous souhaitons intervenir',
    wantsToPropose: 'Nous souhaitons proposer un atelier',
    send: 'Envoyer le bulletin',
    sending: 'Envoi…',
    errors: {
      collectiviteId: 'Choisissez votre collectivité dans la liste.',
      collectiviteName: 'Choisissez votre collectivité, ou donnez son nom.',
      country: 'Choisissez le pays.',
      contactName: 'Indiquez la personne à contacter.',
      email: 'Indiquez une adresse électronique valide.',
      delegates: 'Entre 1 et 200 délégués.',
      workshopIds: 'Un des ateliers choisis n’existe plus : décochez-le.',
      other: 'Le bulletin n’a pas été envoyé : vérifiez le formulaire.',
      tooMany: 'Trop d’envois depuis ce réseau : patientez un instant, puis renvoyez.',
      network: 'Le bulletin n’est pas parti : vérifiez la connexion, puis renvoyez.',
    },
    thanks: 'Merci ! Votre inscription est enregistrée.',
    thanksHint: 'Le comité vous contactera à l’adresse indiquée.',
  },
  registrations: {
    tab: 'Inscriptions',
    title: 'Inscriptions',
    intro: 'Les bulletins de participation des collectivités, en direct.',
    deadline: 'Date limite',
    save: 'Enregistrer la date limite',
    saving: 'Enregistrement…',
    saved: 'Date limite enregistrée.',
    saveFailed: 'La date limite n’a pas été enregistrée.',
    noForm: 'Pas encore de bulletin : fixez sa date limite pour obtenir son lien.',
    link: 'Lien du bulletin',
    copy: 'Copier',
    copied: 'Copié',
    qr: 'Code QR du bulletin de participation',
    open: 'Ouvert',
    closed: 'Clos',
    /** "170 participants, 41 collectivités : 22 FR, 19 JP". */
    counts: (c: RegistrationCounts) =>
      `${c.participants} participant${plural('fr', c.participants, '', 's')}, ${c.collectivites} collectivité${plural('fr', c.collectivites, '', 's')} : ${c.byCountry.FR.collectivites} FR, ${c.byCountry.JP.collectivites} JP`,
    none: 'Aucune inscription pour l’instant.',
    collectivite: 'Collectivité',
    country: 'Pays',
    delegates: 'Délégués',
    workshops: 'Ateliers',
    speaks: 'Intervenir',
    proposes: 'Proposer',
    yes: 'oui',
    exportCsv: 'Exporter en CSV',
  },
  versions: {
    tab: 'Versions',
    title: 'Versions du programme',
    intro:
      'Enregistrez l’état du programme sous un nom, comparez deux versions ou une version avec maintenant, restaurez-en une ou publiez-la.',
    /** The intro for viewers, who list and compare only. */
    viewerIntro:
      'Les états du programme enregistrés par les comités : comparez-les entre eux ou avec maintenant, ou voyez-en un aperçu.',
    nameLabel: 'Nom de la version',
    namePlaceholder: 'Version présentée au comité du 18/09',
    save: 'Enregistrer une version',
    saving: 'Enregistrement…',
    saveFailed: 'La version n’a pas été enregistrée.',
    loading: 'Chargement…',
    loadFailed: 'Les versions n’ont pas pu être chargées.',
    none: 'Aucune version enregistrée pour l’instant.',
    /** "par Claire, 24 nov. 2026, 10:05". */
    savedBy: (author: string, when: string) => `par ${author}, ${when}`,
    /** The latest published version. */
    published: 'Publiée',
    /** A version published before the latest one. */
    wasPublished: 'A été publiée',
    compareNow: 'Comparer avec maintenant',
    compareWith: 'Comparer avec…',
    pickVersion: 'Choisir une version',
    preview: 'Aperçu',
    closePreview: 'Fermer l’aperçu',
    /** "Aperçu de « … » (lecture seule)". */
    previewTitle: (name: string) => `Aperçu de « ${name} » (lecture seule)`,
    restore: 'Restaurer',
    restoreQuestion: (name: string) =>
      `Remettre le programme dans l’état de « ${name} » ? Cela s’ajoute comme une modification, pour tous.`,
    restoreConfirm: 'Oui, restaurer',
    restored: 'Version restaurée.',
    restoreFailed: 'La version n’a pas été restaurée.',
    publish: 'Publier',
    publishQuestion: (name: string) => `Publier « ${name} » comme programme officiel ?`,
    publishConfirm: 'Oui, publier',
    publishFailed: 'La version n’a pas été publiée.',
    cancel: 'Annuler',
    close: 'Fermer',
    /** "De « A » à maintenant", "De « A » à « B »". */
    comparison: (from: string, to: string | null) =>
      to === null ? `De « ${from} » à maintenant` : `De « ${from} » à « ${to} »`,
    noChanges: 'Aucune différence dans le programme.',
    added: 'Ajoutée',
    removed: 'Supprimée',
    changed: 'Modifiée',
    /** "Déplacée de mer. 20 nov., 13:30–15:00, Salle 1 à …". */
    moved: (from: string, to: string) => `Déplacée de ${from} à ${to}`,
    /** Between a place's day, times and room: ', ' or '、'. */
    placeSeparator: ', ',
    noRoom: 'sans salle',
    unknownRoom: 'salle supprimée',
    field: { title: 'Titre', description: 'Description' },
    lang: { fr: 'FR', ja: 'JA', en: 'EN' },
    /** Other fields that changed, named as the committees know them. */
    otherFields: (names: string[]) => `Aussi modifié : ${names.join(', ')}`,
    /** Every field a comparison names: one added to the comparison without its words fails the type check. */
    fieldName: {
      kind: 'type',
      themeId: 'thème',
      moderatorIds: 'modérateurs',
      speakerIds: 'intervenants',
      rapporteurIds: 'rapporteurs',
      witnessIds: 'grands témoins',
      interpretation: 'interprétation',
      status: 'statut',
    },
    removedWords: 'supprimé',
    addedWords: 'ajouté',
  },
  activity: {
    tab: 'Activité',
    title: 'Activité de l’édition',
    intro:
      'Qui a modifié quoi, et quand : les modifications des membres et des participants, les plus récentes en premier. La liste se met à jour d’elle-même.',
    sessionFilter: 'Séance',
    /** Between a session's day and time and its title in the session filter: never a ・ that a katakana title could hold. */
    sessionSeparator: ' · ',
    allSessions: 'Toutes les modifications',
    /** A filtered session no longer in the programme. */
    deletedSession: 'Séance supprimée',
    memberFilter: 'Membre',
    allMembers: 'Tout le monde',
    clearFilters: 'Tout afficher',
    loading: 'Chargement…',
    loadFailed: 'L’activité n’a pas pu être chargée.',
    retry: 'Réessayer',
    none: 'Aucune modification enregistrée pour l’instant.',
    noneFiltered: 'Aucune modification ne correspond à ces filtres.',
    loadMore: 'Afficher les modifications plus anciennes',
    loadingMore: 'Chargement…',
    /** "Aiko (JP)", "Aiko（日本側）": who, as entries and the member filter name them. */
    actor: frActor,
    /** The words and word order of the entries' sentences (see `activitySentence`). */
    words: {
      quote: quoted,
      member: frActor,
      participant: (name: string) => `Le participant ${quoted(name)}`,
      someParticipant: 'Un participant',
      things: FR_THINGS,
      created: (who: string, thing: string, section: string) =>
        `${who} ${(wordsFor(FR_CREATED, section) ?? ((what: string) => `a créé ${what}`))(thing)}`,
      deleted: (who: string, thing: string) => `${who} a supprimé ${thing}`,
      formSent: (name: string) =>
        `La collectivité ${quoted(name)} a envoyé son bulletin de participation`,
      formAmended: (name: string) =>
        `La collectivité ${quoted(name)} a modifié son bulletin de participation`,
      moved: (who: string, session: string, withRoom: boolean) =>
        `${who} a déplacé ${quoted(session)} (${withRoom ? 'horaire et salle' : 'horaire'})`,
      edited: (who: string, { section, thing }: ChangedThing) =>
        `${who} a modifié ${section === 'meta' ? 'l’édition' : thing}`,
      editedFields: (who: string, fields: string[], { section, label }: ChangedThing) =>
        `${who} a modifié ${frList(fields.map(frField))} ${frOwner(section, label)}`,
    },
    /** A day's heading: "Aujourd’hui", "Hier", or the day written out. */
    today: 'Aujourd’hui',
    yesterday: 'Hier',
    /** "10:05 – 10:40": an entry that went on a while. */
    span: (from: string, to: string) => `${from} – ${to}`,
    /** "(3 modifications)": how many edits the entry groups. */
    changes: (n: number) => `(${n} modifications)`,
    /** Shows one session's history (on an entry, and in the session editor). */
    sessionHistory: 'Historique de cette séance',
    openSession: 'Ouvrir dans le programme',
  },
  exports: {
    tab: 'Exporter',
    title: 'Exporter le programme',
    intro:
      'Téléchargez le programme pour l’imprimer, le retoucher, le mettre en ligne ou l’importer dans un agenda ou une application de conférence.',
    /** The published programme the files are made of. */
    published: (name: string, when: string) =>
      `Le programme publié est la version « ${name} », publiée le ${when}.`,
    nothingPublished: 'Aucun programme n’est encore publié.',
    /** For owners: where to publish. */
    publishHint:
      'Pour publier, enregistrez une version dans l’onglet Versions puis cliquez sur « Publier ».',
    versionsLink: 'Aller aux versions',
    loadFailed: 'Les versions n’ont pas pu être chargées.',
    publicPage: 'Page publique du programme',
    publicPageHint: 'Cette adresse montre à tous le programme publié, sans compte.',
    copy: 'Copier le lien',
    copied: 'Lien copié',
    source: 'Quel programme ?',
    sourceChoice: { published: 'Le programme publié', draft: 'Le brouillon actuel' },
    sourceHint: {
      published: 'Celui que tout le monde voit.',
      draft: 'L’état de travail, avec les dernières modifications, non publié.',
    },
    lang: 'Langue',
    langChoice: {
      both: 'Français et japonais côte à côte',
      fr: 'Français seulement',
      ja: 'Japonais seulement',
    },
    /** The language choice in short, beside each file it applies to. */
    langTag: { both: 'FR + JA', fr: 'FR', ja: 'JA' },
    /** Which files the language choice changes. */
    langHint: 'S’applique au PDF, au document Word, à la page web et au calendrier.',
    files: 'Fichiers',
    /** Each file: its name as a person would say it, and what it is for. */
    file: {
      'programme.pdf': {
        name: 'PDF à imprimer',
        about: 'Le programme mis en page, prêt à imprimer ou à envoyer.',
      },
      'programme.docx': {
        name: 'Document Word à modifier',
        about: 'Pour retoucher le texte ou la mise en page avant de le diffuser.',
      },
      'index.html': {
        name: 'Page web',
        about: 'Une page autonome, à mettre en ligne sur le site de la conférence.',
      },
      'programme.ics': {
        name: 'Calendrier (.ics)',
        about:
          'Chaque séance comme un rendez-vous, à importer dans Google Agenda, Outlook ou l’agenda d’un téléphone.',
      },
      'schedule.json': {
        name: 'Programme frab (JSON)',
        about:
          'Le format que lisent les applications de conférence (Giggity, ConfClerk…) et les équipes vidéo.',
      },
      'schedule.xml': {
        name: 'Programme frab (XML)',
        about: 'Le même programme frab, en XML, pour les outils qui préfèrent ce format.',
      },
      'sessions.csv': {
        name: 'Tableau des séances (CSV)',
        about: 'Une ligne par séance, à ouvrir dans Excel ou LibreOffice.',
      },
      'registrations.csv': {
        name: 'Inscriptions (CSV)',
        about:
          'Les bulletins de participation reçus, avec les coordonnées des contacts. Toujours l’état actuel.',
      },
    },
    /** With nothing published, a viewer has nothing to download. */
    noFiles: 'Rien à télécharger tant qu’aucun programme n’est publié.',
    /** The files with personal data, for owners and editors only. */
    internal: 'Pour les comités seulement',
    internalHint: 'Données personnelles : à ne pas diffuser.',
  },
  programmeFile: frWords.file,
}
