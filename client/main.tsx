import { render } from 'solid-js/web'
import { App } from './app/App'
import './app/styles.css'
import './features/meetings/meetings.css'
import './features/proposals/proposals.css'
import './features/versions/versions.css'
import './features/activity/activity.css'
import './features/exports/exports.css'
import './app/print.css'

const root = document.getElementById('app')
if (!root) throw new Error('index.html has no #app element')
render(() => <App />, root)
