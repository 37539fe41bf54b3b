import { MalformedUpdateError, type StructSummary } from './update-parser'

/** Refuses the update for its item at `client`:`struct.clock`, saying why. */
export const refuse = (client: number, struct: StructSummary, why: string): never => {
  throw new MalformedUpdateError(`item ${client}:${struct.clock} ${why}`)
}
