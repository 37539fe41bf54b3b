/**
 * The programme in the frab schedule formats (`schedule.xml`, `schedule.json`)
 * that conference apps and video teams read: one structure built from the
 * programme, written out twice, so that both files carry the same data. They
 * validate against the C3VOC schemas (`shared/formats/frab` beside the
 * repository).
 */
export { renderFrabJson } from './frab/schedule-json'
export { renderFrabXml } from './frab/schedule-xml'
