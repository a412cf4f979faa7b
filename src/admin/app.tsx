import { Bell, Clock, CloudUpload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { QualityPanel } from './quality-panel/QualityPanel';
import { HistoryPanel } from './history-panel/HistoryPanel';

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
    app.addMenuLink({
      to: 'editorial-audit',
      icon: Clock,
      intlLabel: { id: 'wellness-cms.audit.menu', defaultMessage: 'Audit log' },
      // The log is for super admins: of the built-in roles, only they may change roles.
      permissions: [{ action: 'admin::roles.update' }],
      Component: () => import('./audit-page/AuditPage').then((module) => ({ default: module.AuditPage })),
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
    contentManager.addEditViewSidePanel([QualityPanel, HistoryPanel]);
  },
};
