import type { ProgrammeWords } from './programme-words'

/** "lundi 18 novembre" → "Lundi 18 novembre": a heading starts with a capital. */
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** The programme's words in French: on paper and in the app alike. */
export const fr: ProgrammeWords = {
  file: {
    programme: 'Programme',
    draft: 'Projet de programme, non publié',
    publishedVersion: (name, date) => `Programme publié le ${date} (${name})`,
    globalTheme: 'Thème général',
    dates: 'Dates',
    venue: 'Lieu',
    room: 'Salle',
    noRoom: 'Hors salle',
    allRooms: 'Toutes les salles',
    roles: {
      moderator: 'Modération',
      speaker: 'Intervenants',
      rapporteur: 'Rapporteur·e·s',
      witness: 'Grand témoin',
    },
    interpretation: {
      consecutive: 'Interprétation consécutive FR ⇄ JA',
      simultaneous: 'Interprétation simultanée FR ⇄ JA',
    },
    day: (day) =>
      capitalize(
        new Intl.DateTimeFormat('fr-FR', {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${day}T00:00:00Z`)),
      ),
    timeRange: (start, end) => `${start} – ${end}`,
    timesIn: (zone) => `Horaires à l’heure de ${zone}.`,
    noSessions: 'Aucune séance au programme.',
    readFirst: 'Langue lue en premier',
    pageTitle: (edition) => `Programme — ${edition}`,
    print: 'Imprimer',
  },
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
}
