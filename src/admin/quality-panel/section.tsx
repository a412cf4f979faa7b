import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';

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
