// A worker thread starts without the TypeScript loader of the thread that
// made it (and `--import` is no worker option): this plain module registers
// it, then runs the renderer's thread, written in TypeScript.
import { register } from 'tsx/esm/api'

register()
await import('./render-thread.ts')
