import { type Component, type JSX, Show } from 'solid-js'
import { SignedInPerson } from '../features/access/SignedInPerson'
import { DirectoryNavLink } from '../features/directory/DirectoryNavLink'
import type { ConnectionStatus } from '../sync/session'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { ConnectionBadge } from './ConnectionBadge'
import './header.css'

export const Header: Component<{ status: ConnectionStatus | null; children?: JSX.Element }> = (
  props,
) => (
  <header class="app-header">
    <h1 class="brand">
      Kaigi <span lang="ja">会議</span>
    </h1>
    <div class="header-tools">
      <DirectoryNavLink />
      {props.children}
      <Show when={props.status}>{(status) => <ConnectionBadge status={status()} />}</Show>
      <SignedInPerson />
      <LanguageSwitch />
    </div>
  </header>
)
