import type { CataloguePart } from '../../lib/i18n/catalogue'

/** The French words: the shape the other languages fill. */
const gridFr = {
  dragHint:
    'Glissez une séance pour la déplacer, son bord inférieur pour changer sa durée, un espace libre d’une salle pour en créer une (par pas de 5 minutes) ; cliquez pour la modifier. Déposez-la dans les séances non placées pour la retirer de la grille.',
  keyboardHint:
    'Au clavier : Entrée sur « + Séance » ou sur le « + » d’une salle crée une séance ; Alt + ↑ ↓ déplace de 5 minutes, Alt + ← → change de salle, Alt + Maj + ↑ ↓ raccourcit ou allonge, Alt + Retour arrière retire de la grille ; Entrée ouvre la séance.',
  /** The day's button that creates a session. */
  addSession: '+ Séance',
  addSessionOn: (day: string) => `Ajouter une séance le ${day}`,
  /** A room column's button that creates a session in it, for the keyboard. */
  addInRoom: (room: string) => `Ajouter une séance dans la salle ${room}`,
  /** What a drag over an empty stretch of a column will create. */
  ghost: (start: string, end: string, room: string) => `${start}–${end} · ${room}`,
  /** Where a dragged session would land. */
  landing: (start: string, room: string) => `→ ${start} · ${room}`,
  landingInTray: '→ Séances non placées',
  /** A day tab outside the edition's dates. */
  offDates: 'hors dates',
  offDatesTitle: 'Ce jour est en dehors des dates de l’édition',
  /** The notices of an edition without dates or rooms, around the link to the tab to fix it. */
  noDates: {
    before:
      'Les dates de l’édition ne sont pas encore fixées : la grille les attend. Indiquez-les dans l’onglet ',
    after: '.',
  },
  noRooms: {
    before:
      'Aucune salle pour l’instant : les nouvelles séances restent non placées. Ajoutez-en dans l’onglet ',
    after: '.',
  },
  interpretation: {
    consecutive: { mark: 'Interp. consécutive', title: 'Interprétation consécutive FR ⇄ JA' },
    simultaneous: { mark: 'Interp. simultanée', title: 'Interprétation simultanée FR ⇄ JA' },
  },
  theme: (title: string) => `Thème : ${title}`,
  allRooms: 'Toutes les salles',
  tray: {
    title: 'Séances non placées',
    empty: 'Toutes les séances sont sur la grille.',
    minutes: (n: number) => `${n} min`,
    place: 'Placer',
    placeLabel: (title: string) => `Placer « ${title} » au premier créneau libre du jour affiché`,
    dropHere: 'Déposez ici une séance pour la retirer de la grille.',
  },
  untitled: 'Séance sans titre',
}

/** The strings of the programme grid and its tray of unplaced sessions. */
export type GridMessages = typeof gridFr

export const gridMessages: CataloguePart<GridMessages> = {
  fr: gridFr,
  ja: {
    dragHint:
      'セッションをドラッグすると移動、下端をドラッグすると時間の長さを変更、会場の空いている時間帯をドラッグすると新規作成できます（5分単位）。クリックで編集。「未配置のセッション」へドロップするとグリッドから外れます。',
    keyboardHint:
      'キーボード：「＋ セッション」または各会場の「＋」で Enter を押すと新規作成。Alt + ↑ ↓ で5分移動、Alt + ← → で会場を変更、Alt + Shift + ↑ ↓ で短縮・延長、Alt + Backspace でグリッドから外す。Enter でセッションを開きます。',
    addSession: '＋ セッション',
    addSessionOn: (day) => `${day}にセッションを追加`,
    addInRoom: (room) => `${room}にセッションを追加`,
    ghost: (start, end, room) => `${start}～${end}・${room}`,
    landing: (start, room) => `→ ${start}・${room}`,
    landingInTray: '→ 未配置のセッション',
    offDates: '日程外',
    offDatesTitle: 'この日は開催期間外です',
    noDates: {
      before: '開催日程が未定のため、グリッドを表示できません。日程は「',
      after: '」タブで入力してください。',
    },
    noRooms: {
      before: '会場が未登録のため、新しいセッションは未配置になります。会場は「',
      after: '」タブで追加してください。',
    },
    interpretation: {
      consecutive: { mark: '通訳（逐次）', title: '日仏逐次通訳' },
      simultaneous: { mark: '通訳（同時）', title: '日仏同時通訳' },
    },
    theme: (title) => `テーマ：${title}`,
    allRooms: '全会場',
    tray: {
      title: '未配置のセッション',
      empty: 'すべてのセッションがグリッドに配置されています。',
      minutes: (n) => `${n}分`,
      place: '配置',
      placeLabel: (title) => `「${title}」を表示中の日の最初の空き時間に配置`,
      dropHere: 'ここにドロップするとグリッドから外れます。',
    },
    untitled: '無題のセッション',
  },
  en: {
    dragHint:
      'Drag a session to move it, its bottom edge to change its length, an empty stretch of a room to create one (in 5-minute steps); click to edit it. Drop it on the unplaced sessions to take it off the grid.',
    keyboardHint:
      'Keyboard: Enter on “+ Session” or on a room’s “+” creates a session; Alt + ↑ ↓ moves by 5 minutes, Alt + ← → changes room, Alt + Shift + ↑ ↓ shortens or lengthens, Alt + Backspace takes it off the grid; Enter opens the session.',
    addSession: '+ Session',
    addSessionOn: (day) => `Add a session on ${day}`,
    addInRoom: (room) => `Add a session in ${room}`,
    ghost: (start, end, room) => `${start}–${end} · ${room}`,
    landing: (start, room) => `→ ${start} · ${room}`,
    landingInTray: '→ Unplaced sessions',
    offDates: 'off dates',
    offDatesTitle: 'This day is outside the edition’s dates',
    noDates: {
      before: 'The edition’s dates are not set yet: the grid waits for them. Set them in the tab ',
      after: '.',
    },
    noRooms: {
      before: 'No rooms yet: new sessions stay unplaced. Add rooms in the tab ',
      after: '.',
    },
    interpretation: {
      consecutive: { mark: 'Interp. consecutive', title: 'Consecutive interpretation FR ⇄ JA' },
      simultaneous: { mark: 'Interp. simultaneous', title: 'Simultaneous interpretation FR ⇄ JA' },
    },
    theme: (title) => `Theme: ${title}`,
    allRooms: 'All rooms',
    tray: {
      title: 'Unplaced sessions',
      empty: 'Every session is on the grid.',
      minutes: (n) => `${n} min`,
      place: 'Place',
      placeLabel: (title) => `Place “${title}” in the first free slot of the day shown`,
      dropHere: 'Drop a session here to take it off the grid.',
    },
    untitled: 'Untitled session',
  },
}
