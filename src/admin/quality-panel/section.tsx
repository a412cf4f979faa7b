import * as React from 'react';
import { Flex, Link, Typography } from '@strapi/design-system';

/** One part of the panel: a small heading, then its lines. */
export const Section = ({ title, children, testId }: React.PropsWithChildren<{ title: string; testId: string }>) => (
  <Flex direction="column" alignItems="stretch" gap={1} data-testid={testId}>
    <Typography variant="sigma" textColor="neutral600" tag="h3">
      {title}
    </Typography>
    {children}
  </Flex>
);

export const Line = ({ children, tone = 'neutral800' }: React.PropsWithChildren<{ tone?: string }>) => (
  <Typography variant="omega" textColor={tone} tag="p">
    {children}
  </Typography>
);

const EDIT_ARTICLE = '/admin/content-manager/collection-types/api::article.article';

/** An article's title, opening its edit view. */
export const ArticleLink = ({ documentId, title }: { documentId: string; title: string }) => (
  <Link href={`${EDIT_ARTICLE}/${documentId}`}>{title || 'Untitled draft'}</Link>
);
