import type { Core } from '@strapi/strapi';
import { isDeepStrictEqual } from 'util';
import { reviewPolicyOf } from '../../content-model/review-cycle';
import { COMPONENT_VIEWS } from './component-views';
import { CONTENT_TYPE_VIEWS } from './content-type-views';
import type { EditView, FieldGuide } from './edit-view';
import { layoutInSections, type LayoutRow } from './layout-rows';

type GuideKey = keyof FieldGuide;
type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type Configuration = { metadatas?: Record<string, Metadata>; layouts?: { edit?: LayoutRow[]; list?: string[] } };
/** What this module last wrote for one model: the next start only replaces what still equals it. */
type Applied = { fields: Record<string, FieldGuide>; edit?: LayoutRow[]; list?: string[] };
type ConfigurationService = {
  findConfiguration: (model: unknown) => Promise<Configuration>;
  updateConfiguration: (model: unknown, configuration: Configuration) => Promise<unknown>;
};

const GUIDE_KEYS: GuideKey[] = ['label', 'description', 'placeholder'];
const STORE = { type: 'plugin', name: 'wellness-cms', key: 'edit-views' } as const;

/** What Strapi puts in a field's metadata before anyone has changed it. */
const strapiDefault = (field: string, key: GuideKey) => (key === 'label' ? field : '');

/** The guide with settings filled in ("{reviewMaxAgeMonths} months"). */
const resolved = (guide: FieldGuide, values: Record<string, string>): FieldGuide => {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
  return {
    label: fill(guide.label),
    ...(guide.description !== undefined && { description: fill(guide.description) }),
    ...(guide.placeholder !== undefined && { placeholder: fill(guide.placeholder) }),
  };
};

/**
 * One model's configuration with our labels, descriptions, placeholders, sections and columns,
 * each applied only where the panel still shows what Strapi or our last start put there: what
 * an administrator changed in the panel stays theirs.
 */
const withView = (configuration: Configuration, view: EditView, guides: Record<string, FieldGuide>, applied?: Applied) => {
  const metadatas = { ...configuration.metadatas };
  for (const [field, guide] of Object.entries(guides)) {
    const metadata = metadatas[field];
    if (!metadata) continue; // A field the schema no longer has.
    const edit = { ...metadata.edit };
    const list = { ...metadata.list };
    for (const key of GUIDE_KEYS) {
      const untouched = (value: unknown) =>
        value === undefined || value === strapiDefault(field, key) || value === applied?.fields[field]?.[key];
      if (guide[key] !== undefined && untouched(edit[key])) edit[key] = guide[key];
      if (key === 'label' && untouched(list.label)) list.label = guide.label;
    }
    metadatas[field] = { ...metadata, edit, list };
  }
  // Fields the server writes are read-only whatever the panel says: a policy, not a preference.
  for (const field of view.readOnly ?? []) {
    if (metadatas[field]) metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field].edit, editable: false } };
  }
  const layouts = { ...configuration.layouts };
  const untouchedLayout = (current: unknown, previous: unknown) =>
    !applied || previous === undefined || isDeepStrictEqual(current, previous);
  let edit: LayoutRow[] | undefined;
  if (view.sections && layouts.edit && untouchedLayout(layouts.edit, applied?.edit)) edit = layoutInSections(layouts.edit, view.sections);
  let list: string[] | undefined;
  if (view.listColumns && untouchedLayout(layouts.list, applied?.list)) {
    list = view.listColumns.filter((field) => metadatas[field]);
  }
  return {
    configuration: { ...configuration, metadatas, layouts: { ...layouts, ...(edit && { edit }), ...(list && { list }) } },
    applied: { fields: guides, edit: edit ?? applied?.edit, list: list ?? applied?.list },
  };
};

/**
 * The admin panel's edit and list views written for people (labels, a line on what to enter,
 * fields in sections), for every content type and component that has a view above. Runs at
 * every start; idempotent.
 */
export const applyEditViews = async (strapi: Core.Strapi, views = { contentTypes: CONTENT_TYPE_VIEWS, components: COMPONENT_VIEWS }) => {
  const policy = reviewPolicyOf(strapi);
  const values = {
    reviewMaxAgeMonths: String(policy.maxAgeMonths),
    dueSoonDays: String(policy.dueSoonDays),
    overdueAction: {
      flag: 'a notice on the page',
      noindex: 'a notice, and search engines drop the page',
      unpublish: 'the article is taken down',
    }[policy.overdueAction],
  };
  const previous = ((await strapi.store.get(STORE)) ?? {}) as Record<string, Applied>;
  const next: Record<string, Applied> = {};
  const contentManager = strapi.plugin('content-manager');
  const targets: Array<[string, EditView, ConfigurationService, unknown]> = [
    ...Object.entries(views.contentTypes).map(([uid, view]): [string, EditView, ConfigurationService, unknown] => [
      uid,
      view,
      contentManager.service('content-types'),
      strapi.contentTypes[uid as keyof typeof strapi.contentTypes],
    ]),
    ...Object.entries(views.components).map(([uid, view]): [string, EditView, ConfigurationService, unknown] => [
      uid,
      view,
      contentManager.service('components'),
      strapi.components[uid as keyof typeof strapi.components],
    ]),
  ];
  for (const [uid, view, service, model] of targets) {
    if (!model) continue;
    const guides = Object.fromEntries(Object.entries(view.fields).map(([field, guide]) => [field, resolved(guide, values)]));
    const current = await service.findConfiguration(model);
    const { configuration, applied } = withView(current, view, guides, previous[uid]);
    // Most starts change nothing: write only what differs.
    if (!isDeepStrictEqual(configuration, current)) await service.updateConfiguration(model, configuration);
    next[uid] = applied;
  }
  if (!isDeepStrictEqual(next, previous)) await strapi.store.set({ ...STORE, value: next });
};
