import { Bell, CloudUpload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { QualityPanel } from './quality-panel/QualityPanel';

export default {
  config: { locales: [] },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'editorial-import',
      icon: CloudUpload,
      intlLabel: { id: 'wellness-cms.import.menu', defaultMessage: 'Import articles' },
      // Only people who may create articles see the page.
      permissions: [{ action: 'plugin::content-manager.explorer.create', subject: 'api::article.article' }],
      Component: () => import('./import-page/ImportPage').then((module) => ({ default: module.ImportPage })),
    });
    app.widgets.register({
      id: 'editorial-work',
      icon: Bell,
      title: { id: 'wellness-cms.work.title', defaultMessage: 'What needs doing' },
      component: async () => (await import('./work-widget/WorkWidget')).WorkWidget,
      // Only people who may read articles: the list names drafts.
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' }],
    });
  },
  bootstrap(app: StrapiApp) {
    // Typed as unknown by Strapi: the Content Manager documents this cast.
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    contentManager.addEditViewSidePanel([QualityPanel]);
  },
};
