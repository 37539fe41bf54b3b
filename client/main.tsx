import { render } from 'solid-js/web'
import { App } from './app/App'
import { createI18nStore } from './lib/i18n'
import { browserStorage } from './lib/storage'
import './app/styles.css'
import './features/meetings/meetings.css'
import './features/proposals/proposals.css'
import './features/versions/versions.css'
import './features/activity/activity.css'
import './features/exports/exports.css'
import './app/print.css'

const root = document.getElementById('app')
if (!root) throw new Error('index.html has no #app element')
// The page is drawn once the catalogue of its language has loaded.
const i18n = await createI18nStore(browserStorage(), navigator.languages ?? [navigator.language])
render(() => <App i18n={i18n} />, root)
