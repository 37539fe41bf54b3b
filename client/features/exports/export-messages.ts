import type { CataloguePart } from '../../lib/i18n/catalogue'

/** One file of the export screen, said by what it is for before what it is. */
export interface ExportFileWords {
  /** The button: what the file is for, in a town hall's words ("Pour les applications de conférence"). */
  name: string
  /** What to do with it, and for whom. */
  about: string
  /** Its technical format, for whoever asks for it by name ("frab JSON"). */
  format: string
}

/** The French words: the shape the other languages fill. */
const exportFr = {
  /** Which version is published, and when (the moment with its time zones). */
  published: (name: string, when: string) =>
    `Le programme publié est la version « ${name} », publiée le ${when}.`,
  /** A file's technical format: "Format : frab JSON". */
  formatOf: (format: string) => `Format : ${format}`,
  file: {
    'programme.pdf': {
      /** The button: what the file is for, in a town hall's words ("Pour les applications de conférence"). */
      name: 'Programme à imprimer',
      /** What to do with it, and for whom. */
      about: 'Le programme mis en page, prêt à imprimer, à joindre à un courriel ou à distribuer.',
      /** Its technical format, for whoever asks for it by name ("frab JSON"). */
      format: 'PDF',
    },
    'programme.docx': {
      /** The button: what the file is for, in a town hall's words ("Pour les applications de conférence"). */
      name: 'Document Word à retoucher',
      /** What to do with it, and for whom. */
      about: 'Pour corriger le texte ou la mise en page avant de le diffuser aux collectivités.',
      /** Its technical format, for whoever asks for it by name ("frab JSON"). */
      format: 'Word (.docx)',
    },
    'index.html': {
      /** The button: what the file is for, in a town hall's words ("Pour les applications de conférence"). */
      name: 'Page web à mettre en ligne',
      /** What to do with it, and for whom. */
      about: 'Une page complète, à déposer sur le site de la collectivité ou de la conférence.',
      /** Its technical format, for whoever asks for it by name ("frab JSON"). */
      format: 'HTML',
    },
    'programme.ics': {
      /** The button: what the file is for, in a town hall's words ("Pour les applications de conférence"). */
      name: 'Agenda (Outlook, Google Agenda, téléphone)',
      /** What to do with it, and for whom. */
      about:
        'Chaque séance devient un rendez-vous : importez ce fichier dans Outlook, Google Agenda ou l’agenda de votre téléphone.',
      /** Its technical format, for whoever asks for it by name ("frab JSON"). */
      format: 'iCalendar (.ics)',
    },
    'schedule.json': {
      /** The button: what the file is for, in a town hall's words ("Pour les applications de conférence"). */
      name: 'Pour les applications de conférence (Giggity, ConfClerk…)',
      /** What to do with it, and for whom. */
      about:
        'Le programme tel que le lisent les applications de programme sur téléphone et les équipes qui filment ou diffusent les séances : à transmettre à votre prestataire technique.',
      /** Its technical format, for whoever asks for it by name ("frab JSON"). */
      format: 'frab JSON',
    },
    'schedule.xml': {
      /** The button: what the file is for, in a town hall's words ("Pour les applications de conférence"). */
      name: 'Pour les applications de conférence, en XML',
      /** What to do with it, and for whom. */
      about:
        'Le même programme, pour les applications et outils qui lisent le XML plutôt que le JSON : demandez à votre prestataire lequel il lui faut.',
      /** Its technical format, for whoever asks for it by name ("frab JSON"). */
      format: 'frab XML',
    },
    'sessions.csv': {
      /** The button: what the file is for, in a town hall's words ("Pour les applications de conférence"). */
      name: 'Tableau des séances (Excel, LibreOffice)',
      /** What to do with it, and for whom. */
      about: 'Une ligne par séance, pour faire des listes, compter, trier ou préparer des badges.',
      /** Its technical format, for whoever asks for it by name ("frab JSON"). */
      format: 'CSV',
    },
    'registrations.csv': {
      /** The button: what the file is for, in a town hall's words ("Pour les applications de conférence"). */
      name: 'Inscriptions des collectivités (Excel)',
      /** What to do with it, and for whom. */
      about:
        'Les bulletins de participation reçus, avec les coordonnées des contacts. Toujours l’état actuel.',
      /** Its technical format, for whoever asks for it by name ("frab JSON"). */
      format: 'CSV',
    },
  },
}

/** The export screen's words beyond the main catalogue's. */
export type ExportMessages = typeof exportFr

export const exportMessages: CataloguePart<ExportMessages> = {
  fr: exportFr,
  ja: {
    published: (name, when) => `公開中のプログラム：「${name}」（${when}公開）`,
    formatOf: (format) => `形式：${format}`,
    file: {
      'programme.pdf': {
        name: '印刷用プログラム',
        about: 'レイアウト済みのプログラムです。そのまま印刷、メールに添付、配布できます。',
        format: 'PDF',
      },
      'programme.docx': {
        name: '編集用Word文書',
        about: '自治体に配布する前に、文章やレイアウトを手直しするためのファイルです。',
        format: 'Word（.docx）',
      },
      'index.html': {
        name: '掲載用ウェブページ',
        about: '自治体や会議のウェブサイトにそのまま掲載できる、1枚で完結したページです。',
        format: 'HTML',
      },
      'programme.ics': {
        name: 'カレンダー（Outlook・Googleカレンダー・スマートフォン）',
        about:
          '各セッションが予定として登録されます。Outlook、Googleカレンダー、スマートフォンのカレンダーに読み込んでください。',
        format: 'iCalendar（.ics）',
      },
      'schedule.json': {
        name: '会議アプリ用（Giggity、ConfClerkなど）',
        about:
          'スマートフォンの会議プログラムアプリや、セッションを撮影・配信する技術チームが読み込む形式です。技術担当の業者にお渡しください。',
        format: 'frab JSON',
      },
      'schedule.xml': {
        name: '会議アプリ用（XML版）',
        about:
          '同じプログラムのXML版です。JSONではなくXMLを読むアプリやツール向けです。どちらが必要かは業者にご確認ください。',
        format: 'frab XML',
      },
      'sessions.csv': {
        name: 'セッション一覧表（Excel・LibreOffice）',
        about: '1行に1セッション。一覧の作成、集計、並べ替え、名札の準備などに使えます。',
        format: 'CSV',
      },
      'registrations.csv': {
        name: '自治体の参加申込一覧（Excel）',
        about: '受け付けた参加申込書と担当者の連絡先です。常に最新の状態です。',
        format: 'CSV',
      },
    },
  },
  en: {
    published: (name, when) =>
      `The published programme is the version “${name}”, published on ${when}.`,
    formatOf: (format) => `Format: ${format}`,
    file: {
      'programme.pdf': {
        name: 'Programme to print',
        about: 'The laid-out programme, ready to print, attach to an e-mail or hand out.',
        format: 'PDF',
      },
      'programme.docx': {
        name: 'Word document to edit',
        about: 'To touch up the text or the layout before sending it to the local authorities.',
        format: 'Word (.docx)',
      },
      'index.html': {
        name: 'Web page to put online',
        about:
          'A complete page, to put on the website of the local authority or of the conference.',
        format: 'HTML',
      },
      'programme.ics': {
        name: 'Calendar (Outlook, Google Calendar, phone)',
        about:
          'Each session becomes an appointment: import this file into Outlook, Google Calendar or your phone’s calendar.',
        format: 'iCalendar (.ics)',
      },
      'schedule.json': {
        name: 'For conference apps (Giggity, ConfClerk…)',
        about:
          'The programme as schedule apps on phones and the teams filming or streaming the sessions read it: hand it to your technical provider.',
        format: 'frab JSON',
      },
      'schedule.xml': {
        name: 'For conference apps, in XML',
        about:
          'The same programme, for the apps and tools that read XML rather than JSON: ask your provider which one they need.',
        format: 'frab XML',
      },
      'sessions.csv': {
        name: 'Table of sessions (Excel, LibreOffice)',
        about: 'One row per session, to make lists, count, sort or prepare badges.',
        format: 'CSV',
      },
      'registrations.csv': {
        name: 'Registrations of the local authorities (Excel)',
        about:
          'The participation forms received, with the contacts’ details. Always the current state.',
        format: 'CSV',
      },
    },
  },
}
