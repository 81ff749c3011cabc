// A type test (compiled by `tsc -b`, never run): the JSX and Vue declarations generated from the manifests accept
// each element's props and attributes, and refuse wrong ones. A `@ts-expect-error` that is not needed fails the build.
import type {} from '@conseils-citoyens/elements/jsx';
import type {} from '@conseils-citoyens/elements/vue';
import type { GlobalComponents } from 'vue';
import type { CcApi } from '@conseils-citoyens/core';

declare const api: CcApi;

// JSX without React: IntrinsicElements.
type Calendar = JSX.IntrinsicElements['cc-session-calendar'];
export const calendar: Calendar = {
  month: '2026-12',
  view: 'list',
  'sync-url': true,
  api,
  class: 'agenda',
};
// @ts-expect-error a view the calendar does not have
export const badView: Calendar = { view: 'week' };
// @ts-expect-error the api is an object, not a string
export const badApi: Calendar = { api: 'https://ville.example/api/v1' };
export const form: JSX.IntrinsicElements['cc-registration-form'] = {
  'session-id': 'emploi-maubeuge',
  fields: ['phone', 'college'],
  'heading-level': 3,
};
// @ts-expect-error an element that does not exist
export const unknown: JSX.IntrinsicElements['cc-bilan-inconnu'] = {};
// The organiser's credential is a property only (never markup), typed by the provider.
export const provider: JSX.IntrinsicElements['cc-provider'] = {
  auth: () => ({ Authorization: 'Bearer x' }),
};

// Vue: GlobalComponents, as vue-tsc reads a template.
type VueCalendarProps = InstanceType<GlobalComponents['cc-session-calendar']>['$props'];
export const vueCalendar: VueCalendarProps = { month: '2026-12', town: 'Lille' };
// @ts-expect-error a month is a string
export const vueBadMonth: VueCalendarProps = { month: 12 };
