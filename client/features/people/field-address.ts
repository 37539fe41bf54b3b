/**
 * Whether the address's fragment `hash` (the router's) names a text field whose id, after its
 * `field-` prefix, starts with `prefix` (`#field-person-p1-role-ja`): a link
 * from the conflicts list to a folded editor opens it, so that the field
 * exists to take the focus.
 */
export function addressNamesField(hash: string, prefix: string): boolean {
  return decodeURIComponent(hash).startsWith(`#field-${prefix}`)
}
