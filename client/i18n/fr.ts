import type { Messages } from './messages'

export const fr: Messages = {
  languageName: 'Français',
  languageSwitch: 'Langue de l’interface',
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
  invalidDocument: (name) =>
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
    number: (n) => (n === 1 ? '1re édition' : `${n}e édition`),
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
    sessions: (n) => (n <= 1 ? `${n} séance` : `${n} séances`),
    rooms: (n) => (n <= 1 ? `${n} salle` : `${n} salles`),
    themes: (n) => (n <= 1 ? `${n} thème` : `${n} thèmes`),
    untranslated: (n) => (n <= 1 ? `${n} texte à traduire` : `${n} textes à traduire`),
    allTranslated: 'Tous les textes sont traduits',
    participation: (participants, fr, jp) =>
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
    zoneCity: (timeZone) =>
      ({ 'Asia/Tokyo': 'Tokyo', 'Europe/Paris': 'Paris' })[timeZone] ??
      timeZone.split('/').pop()?.replace(/_/g, ' ') ??
      timeZone,
    kind: {
      plenary: 'Plénière',
      workshop: 'Atelier',
      site_visit: 'Visite de terrain',
      ceremony: 'Cérémonie',
      reception: 'Réception',
      break: 'Pause',
      other: 'Autre',
    },
    sessionStatus: { draft: 'Brouillon', confirmed: 'Confirmée' },
    warning: {
      room_double_booked: 'Salle réservée deux fois',
      person_double_booked: 'Intervenant dans deux séances à la fois',
      outside_edition_dates: 'En dehors des dates de l’édition',
      outside_day_bounds: 'En dehors des horaires de la journée',
      missing_translation: 'Traduction manquante',
      edition_dates_inconsistent: 'Dates de l’édition incohérentes',
      collectivite_kind_mismatch: 'Type de collectivité inconnu dans ce pays',
    },
    missingTranslation: 'À traduire',
    editingBy: (name) => `${name} modifie`,
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
      minutes: (n) => `${n} min`,
      lang: { fr: 'Français', ja: 'Japonais', en: 'Anglais' },
      optional: 'facultatif',
      refused: (reason) => `Modification refusée : ${reason}`,
      readOnly: 'Cette édition est une archive : elle ne peut pas être modifiée.',
      viewerReadOnly: 'Accès en lecture seule : vous ne pouvez pas modifier cette édition.',
    },
    dragHint:
      'Glissez une séance pour la déplacer, son bord inférieur pour changer sa durée (par pas de 5 minutes) ; cliquez pour la modifier.',
    keyboardHint:
      'Au clavier : Alt + ↑ ↓ déplace de 5 minutes, Alt + ← → change de salle, Alt + Maj + ↑ ↓ raccourcit ou allonge ; Entrée ouvre la séance.',
    themePage: {
      title: 'Thèmes et ateliers',
      views: 'Vues de l’édition',
      intro:
        'Le thème général de l’édition et les thèmes des ateliers, en français et en japonais ; les modifications apparaissent en direct chez tous.',
      chooseGlobal: 'Thème général retenu',
      noGlobal: 'Aucun',
      addGlobal: 'Nouveau thème général',
      workshops: 'Thèmes d’atelier',
      addWorkshop: 'Ajouter un thème d’atelier',
      noWorkshops: 'Aucun thème d’atelier pour l’instant.',
      workshopNumber: (n) => `Atelier ${n}`,
      themeTitle: 'Intitulé',
      description: 'Description',
      sessionsUsing: 'Séances sur ce thème',
      noSessionsUsing: 'Aucune séance ne porte encore ce thème.',
      delete: 'Supprimer',
      confirmDelete: (sessions) =>
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
      undoHint: (mod) =>
        `Annuler votre dernière modification ; celles des autres restent (${mod}+Z)`,
      redoHint: (mod) => `Rétablir votre modification (${mod}+Maj+Z)`,
    },
  },
  access: {
    role: { owner: 'Responsable', editor: 'Éditeur', viewer: 'Lecteur' },
    committee: { fr: 'Comité français', jp: 'Comité japonais' },
    signedInAs: (name) => `Session de ${name}`,
    signOut: 'Se déconnecter',
    signOutFailed: 'La déconnexion a échoué. Réessayez.',
    signedOut: {
      title: 'Connectez-vous avec votre lien d’invitation',
      body: 'Kaigi est réservé aux membres des comités d’organisation des Rencontres. Pour vous connecter, ouvrez dans ce navigateur le lien d’invitation que vous avez reçu (par courriel ou par message).',
      hint: 'Pas de lien, ou un lien expiré ? Demandez-en un nouveau à un responsable de votre comité.',
    },
    invite: {
      title: 'Invitation à Kaigi',
      loading: 'Vérification du lien…',
      checkFailed: 'Le lien n’a pas pu être vérifié. Vérifiez la connexion et rechargez la page.',
      offer: 'Ce lien vous donne accès à Kaigi :',
      role: 'Rôle',
      edition: 'Édition',
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
      nameError: (max) => `Indiquez un nom de 1 à ${max} caractères.`,
      chooseCommittee: 'Votre comité',
      committeeError: 'Choisissez votre comité.',
      alreadySignedIn: (name) =>
        `Ce navigateur est déjà connecté au nom de ${name} : accepter ajoute ce rôle à ce compte.`,
      submit: 'Accepter l’invitation',
      submitting: 'Connexion…',
      failed: 'L’invitation n’a pas pu être acceptée. Réessayez.',
    },
    membersView: 'Membres et invitations',
    members: {
      title: 'Membres',
      you: 'vous',
      noCommittee: 'sans comité',
      revoke: 'Retirer l’accès',
      confirmRevoke: (name) => `Retirer à ${name} l’accès à cette édition ?`,
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
      expiryChoice: (hours) => (hours === 24 ? '1 jour' : `${hours / 24} jours`),
      maxUses: 'Utilisations au plus',
      unlimited: 'sans limite',
      maxUsesError: (max) => `Un nombre entier de 1 à ${max}, ou rien pour ne pas limiter.`,
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
      uses: (uses, max) =>
        max === null
          ? uses <= 1
            ? `${uses} utilisation`
            : `${uses} utilisations`
          : `${uses} / ${max} utilisations`,
      expiresOn: (date) => `jusqu’au ${date}`,
      revoke: 'Révoquer',
      confirmRevoke: 'Révoquer ce lien ? Il ne pourra plus servir.',
      loadFailed: 'Les liens n’ont pas pu être chargés.',
      recordViewersOnly: 'Cette édition est une archive : ses liens n’invitent qu’en lecture.',
    },
    viewerNotice:
      'Vous avez accès à cette édition en lecture seule : vous suivez le programme en direct, sans pouvoir le modifier.',
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
}
