import { type Component, Show } from 'solid-js'
import { canEdit } from '../../../shared/access'
import { Link } from '../../app/Link'
import { useRouter } from '../../app/router'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { useAuth } from '../access/auth'
import { DIRECTORY_PAGE_PATH } from './directory-api'
import { directoryMessages } from './directory-messages'
import './directory-nav.css'

/** Whether the signed-in person may open the directory: an editor or owner of some edition. */
export function useMayUseDirectory(): () => boolean {
  const auth = useAuth()
  return () => {
    const me = auth.me()
    return me !== null && (me.person.admin || me.memberships.some((m) => canEdit(m.role)))
  }
}

/** The link to the directory, for those who may open it; viewers never see it. */
export const DirectoryNavLink: Component<{ class?: string }> = (props) => {
  const t = useCatalogue(directoryMessages)
  const may = useMayUseDirectory()
  const router = useRouter()
  return (
    <Show when={may()}>
      <Link
        href={DIRECTORY_PAGE_PATH}
        class={props.class ?? 'directory-nav-link'}
        current={router.route().page === 'directory'}
        testId="directory-link"
      >
        {t().nav}
      </Link>
    </Show>
  )
}
