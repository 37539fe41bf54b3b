import { type Component, For, Index } from 'solid-js'
import type { SetStoreFunction } from 'solid-js/store'
import { formatDay } from '../../../shared/calendar-days'
import type { FieldIssue } from '../../../shared/errors'
import { Interpretation } from '../../../shared/registrations'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import {
  Choice,
  FieldError,
  isAboutField,
  PublicTextField,
  WorkshopChoiceText,
} from '../../ui/PublicForm'
import { type DetailsDraft, emptyMember } from './details-draft'
import { registrationMessages } from './registration-messages'
import './registrations.css'

/** The fields a refusal may name among the details, each shown beside its field. */
export const DETAIL_FIELDS = [
  'contactName',
  'email',
  'delegates',
  'members',
  'dayIds',
  'workshopIds',
  'interpretation',
  'dietaryNeeds',
  'accessibilityNeeds',
] as const
type DetailField = (typeof DETAIL_FIELDS)[number]

const INTERPRETATIONS = Object.values(Interpretation)

/**
 * What a bulletin says of the delegation, for the collectivité's form and
 * the editor's correction alike: contact, delegates, members, days,
 * workshops, wishes, interpretation and needs, each with its error.
 * `prefix` keeps the ids of two such forms on one page apart.
 */
export const DetailsFields: Component<{
  prefix: string
  draft: DetailsDraft
  setDraft: SetStoreFunction<DetailsDraft>
  issues: FieldIssue[]
  onEdit: (field: DetailField) => void
  workshops: readonly { id: string; title: { fr: string; ja: string; en?: string } }[]
  days: readonly string[]
}> = (props) => {
  const { t, locale } = useI18n()
  const form = () => t().form
  const words = useCatalogue(registrationMessages)
  const invalid = (field: string) => props.issues.some((issue) => isAboutField(issue, field))
  const id = (name: string) => `${props.prefix}-${name}`
  const message = (field: DetailField): string => {
    const own = words().errors
    switch (field) {
      case 'contactName':
      case 'email':
      case 'delegates':
      case 'workshopIds':
        return form().errors[field]
      case 'members':
        return own.members
      default:
        return own[field]
    }
  }
  const text = (
    field: 'contactName' | 'email' | 'delegates' | 'dietaryNeeds' | 'accessibilityNeeds',
    label: string,
    extra: Partial<Parameters<typeof PublicTextField>[0]> = {},
  ) => (
    <PublicTextField
      {...extra}
      id={id(field === 'contactName' ? 'contact' : field)}
      name={field}
      label={label}
      invalid={invalid(field)}
      message={message(field)}
      value={props.draft[field]}
      onInput={(value) => {
        props.setDraft(field, value)
        props.onEdit(field)
      }}
    />
  )
  const toggle = (field: 'dayIds' | 'workshopIds', value: string, on: boolean) => {
    props.setDraft(field, (ids) => (on ? [...ids, value] : ids.filter((each) => each !== value)))
    props.onEdit(field)
  }

  return (
    <>
      {text('contactName', form().contactName, { autocomplete: 'name' })}
      {text('email', form().email, { type: 'email', inputmode: 'email', autocomplete: 'email' })}
      {text('delegates', form().delegates, {
        type: 'number',
        inputmode: 'numeric',
        min: '1',
        max: '200',
        class: 'short',
      })}

      <fieldset
        class="choices delegation"
        aria-invalid={invalid('members')}
        aria-describedby={id('members-hint')}
        data-testid={id('members')}
      >
        <legend class="field-label">
          {words().delegation} <span class="muted">({words().optional})</span>
        </legend>
        <p class="muted hint" id={id('members-hint')}>
          {words().delegationHint}
        </p>
        <Index each={props.draft.members}>
          {(_member, index) => {
            const path = (key: string) => `members.${index}.${key}`
            const memberField = (
              key: 'nameLatin' | 'nameJapanese' | 'function' | 'email',
              label: string,
              extra: Partial<Parameters<typeof PublicTextField>[0]> = {},
            ) => (
              <PublicTextField
                {...extra}
                id={id(`member-${index}-${key}`)}
                name={`${props.prefix}-${path(key)}`}
                label={label}
                invalid={invalid(path(key))}
                message={key === 'email' ? words().errors.memberEmail : words().errors.memberName}
                value={props.draft.members[index]?.[key] ?? ''}
                onInput={(value) => {
                  props.setDraft('members', index, key, value)
                  props.onEdit('members')
                }}
              />
            )
            return (
              <fieldset class="member" data-testid={id(`member-${index}`)}>
                <legend>{words().member(index + 1)}</legend>
                {memberField('nameLatin', words().nameLatin, { lang: 'fr' })}
                {memberField('nameJapanese', words().nameJapanese, { lang: 'ja' })}
                {memberField('function', words().memberFunction)}
                {memberField('email', words().memberEmail, {
                  type: 'email',
                  inputmode: 'email',
                })}
                <button
                  type="button"
                  class="btn"
                  data-testid={id(`member-${index}-remove`)}
                  onClick={() => {
                    props.setDraft('members', (members) => members.filter((_, at) => at !== index))
                    props.onEdit('members')
                  }}
                >
                  {words().removeMember(index + 1)}
                </button>
              </fieldset>
            )
          }}
        </Index>
        <button
          type="button"
          class="btn"
          data-testid={id('member-add')}
          onClick={() => {
            props.setDraft('members', (members) => [...members, emptyMember()])
            requestAnimationFrame(() =>
              document
                .getElementById(id(`member-${props.draft.members.length - 1}-nameLatin`))
                ?.focus(),
            )
          }}
        >
          {words().addMember}
        </button>
        <FieldError
          name={`${props.prefix}-members`}
          shown={props.issues.some((issue) => issue.path === 'members')}
          message={words().errors.members}
        />
      </fieldset>

      <fieldset class="choices" aria-invalid={invalid('dayIds')} data-testid={id('days')}>
        <legend class="field-label">{words().days}</legend>
        <For each={props.days} fallback={<p class="muted">{words().noDays}</p>}>
          {(day) => (
            <Choice
              type="checkbox"
              value={day}
              testid={id(`day-${day}`)}
              checked={props.draft.dayIds.includes(day)}
              onChange={(on) => toggle('dayIds', day, on)}
            >
              {formatDay(day, locale())}
            </Choice>
          )}
        </For>
        <FieldError name={id('dayIds')} shown={invalid('dayIds')} message={message('dayIds')} />
      </fieldset>

      <fieldset
        class="choices workshops"
        aria-invalid={invalid('workshopIds')}
        data-testid={id('workshops')}
      >
        <legend class="field-label">{form().workshops}</legend>
        <For each={props.workshops} fallback={<p class="muted">{form().noWorkshops}</p>}>
          {(workshop, index) => (
            <Choice
              type="checkbox"
              value={workshop.id}
              testid={id(`workshop-${workshop.id}`)}
              checked={props.draft.workshopIds.includes(workshop.id)}
              onChange={(on) => toggle('workshopIds', workshop.id, on)}
            >
              <WorkshopChoiceText number={index() + 1} title={workshop.title} />
            </Choice>
          )}
        </For>
        <FieldError
          name={id('workshopIds')}
          shown={invalid('workshopIds')}
          message={message('workshopIds')}
        />
      </fieldset>

      <fieldset class="choices">
        <Choice
          type="checkbox"
          testid={id('speak')}
          checked={props.draft.wantsToSpeak}
          onChange={(on) => props.setDraft('wantsToSpeak', on)}
        >
          {form().wantsToSpeak}
        </Choice>
        <Choice
          type="checkbox"
          testid={id('propose')}
          checked={props.draft.wantsToPropose}
          onChange={(on) => props.setDraft('wantsToPropose', on)}
        >
          {form().wantsToPropose}
        </Choice>
      </fieldset>

      <fieldset
        class="choices"
        aria-invalid={invalid('interpretation')}
        data-testid={id('interpretation')}
      >
        <legend class="field-label">{words().interpretation}</legend>
        <For each={INTERPRETATIONS}>
          {(which) => (
            <Choice
              type="radio"
              name={id('interpretation')}
              value={which}
              testid={id(`interpretation-${which}`)}
              checked={props.draft.interpretation === which}
              onChange={() => {
                props.setDraft('interpretation', which)
                props.onEdit('interpretation')
              }}
            >
              {words().interpretations[which]}
            </Choice>
          )}
        </For>
        <FieldError
          name={id('interpretation')}
          shown={invalid('interpretation')}
          message={message('interpretation')}
        />
      </fieldset>

      {text('dietaryNeeds', words().dietaryNeeds, { rows: 2, optional: words().optional })}
      {text('accessibilityNeeds', words().accessibilityNeeds, {
        rows: 2,
        optional: words().optional,
      })}
    </>
  )
}
