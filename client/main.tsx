import { render } from 'solid-js/web'
// The sheets every page uses come first, so that the header's and the
// features' own, which arrive with their components (a lazy page's with its
// script), override them; paper's rules come last, over the screen's.
import './app/base.css'
import './ui/buttons.css'
import './ui/forms.css'
import './ui/notices.css'
import './ui/marks.css'
import './ui/created-link.css'
import { App } from './app/App'
import { createI18nStore } from './lib/i18n'
import { browserStorage } from './lib/storage'
import './app/print.css'

const root = document.getElementById('app')
if (!root) throw new Error('index.html has no #app element')
// The page is drawn once the catalogue of its language has loaded.
const i18n = await createI18nStore(browserStorage(), navigator.languages ?? [navigator.language])
render(() => <App i18n={i18n} />, root)
