import { render } from 'solid-js/web'
import { App } from './App'
import './styles.css'
import './meetings.css'
import './proposals.css'
import './versions.css'
import './activity.css'
import './exports.css'
import './print.css'

const root = document.getElementById('app')
if (!root) throw new Error('index.html has no #app element')
render(() => <App />, root)
