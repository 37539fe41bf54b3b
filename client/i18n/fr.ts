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
    connected: 'Connecté',
    offline: 'Hors ligne',
    refused: 'Refusé',
  },
  statusHint: {
    connecting: 'Connexion au serveur en cours.',
    connected: 'Vos modifications sont envoyées aux autres en direct.',
    offline:
      'Vous pouvez continuer à écrire : vos modifications partiront au retour de la connexion.',
    refused: 'Le serveur a refusé ce document. Rechargez la page ou ouvrez un autre document.',
  },
  peopleTitle: 'Connectés',
  you: 'vous',
  editing: 'écrit',
  nobodyElse: 'Personne d’autre pour l’instant.',
  yourName: 'Votre nom',
  yourColor: 'Votre couleur',
  color: (index) => `Couleur ${index}`,
  guest: (n) => `Invité ${n}`,
  invalidDocument: (name) =>
    `« ${name} » n’est pas un nom de document valide (lettres, chiffres, « . », « _ » et « - », 128 caractères au plus).`,
  openDemo: 'Ouvrir le document de démonstration',
}
