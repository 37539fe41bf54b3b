// The client's build, for the tests and the bench, which run under tsx: it
// lives in build.mjs with the server's, so that `npm start` runs on Node alone.
export { buildClient, clientNeedsBuild, ROOT } from './build.mjs'
