import type { Component } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import { docUrl } from '../../sync/doc-name'

export const ShareLink: Component<{ docName: string }> = (props) => {
  const { t } = useI18n()
  const url = () => docUrl(window.location.origin, props.docName)
  return (
    <p class="share">
      <span class="muted">
        {t().document} <strong class="doc-name">{props.docName}</strong> · {t().shareHint}
      </span>{' '}
      <a href={url()} target="_blank" rel="noopener">
        {url()}
      </a>
    </p>
  )
}
