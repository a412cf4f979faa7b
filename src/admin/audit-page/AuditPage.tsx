import * as React from 'react';
import { Box, Button, Flex, Loader, Main, Typography } from '@strapi/design-system';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import type { AuditEntry } from '../../editorial/audit/audit-query';
import { AUDITED_ACTIONS } from '../../editorial/audit/audited-actions';

type Filters = { action: string; by: string; from: string; to: string };
type Answer = { data: AuditEntry[]; meta: { pagination: { page: number; pageCount: number; total: number } } };
type Failure = Error & { response?: { data?: { error?: { message?: string } } } };

const PAGE_SIZE = 50;
const NO_FILTERS: Filters = { action: '', by: '', from: '', to: '' };
const messageOf = (error: Failure) => error.response?.data?.error?.message ?? error.message;

/** The filters as the audit endpoints read them: dates cover whole days. */
const queryOf = (filters: Filters, page?: number) => {
  const query = new URLSearchParams();
  if (filters.action) query.set('action', filters.action);
  if (filters.by.trim()) query.set('by', filters.by.trim());
  if (filters.from) query.set('from', `${filters.from}T00:00:00.000Z`);
  if (filters.to) query.set('to', `${filters.to}T23:59:59.999Z`);
  if (page) {
    query.set('page', String(page));
    query.set('pageSize', String(PAGE_SIZE));
  }
  return query.toString();
};

const inputStyle = { padding: '6px 8px', border: '1px solid #dcdce4', borderRadius: 4 };

const FilterBar = ({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) => (
  <Flex gap={3} wrap="wrap" data-testid="audit-filters">
    <label>
      <Typography variant="pi">Action </Typography>
      <select
        value={filters.action}
        onChange={(event) => onChange({ ...filters, action: event.target.value })}
        style={inputStyle}
        name="action"
      >
        <option value="">Every action</option>
        {AUDITED_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {action}
          </option>
        ))}
      </select>
    </label>
    <label>
      <Typography variant="pi">Person or token </Typography>
      <input value={filters.by} onChange={(event) => onChange({ ...filters, by: event.target.value })} style={inputStyle} name="by" />
    </label>
    <label>
      <Typography variant="pi">From </Typography>
      <input
        type="date"
        value={filters.from}
        onChange={(event) => onChange({ ...filters, from: event.target.value })}
        style={inputStyle}
        name="from"
      />
    </label>
    <label>
      <Typography variant="pi">To </Typography>
      <input
        type="date"
        value={filters.to}
        onChange={(event) => onChange({ ...filters, to: event.target.value })}
        style={inputStyle}
        name="to"
      />
    </label>
  </Flex>
);

const cellStyle = { padding: '8px', borderBottom: '1px solid #eaeaef', textAlign: 'left' as const, verticalAlign: 'top' as const };

const describe = (entry: AuditEntry) => {
  const detail = entry.detail ?? {};
  const title = typeof detail.title === 'string' ? detail.title : undefined;
  const rest = Object.entries(detail).filter(([key, value]) => key !== 'title' && value !== null && value !== undefined);
  return [
    title,
    entry.uid && `${entry.uid} ${entry.documentId ?? ''}`,
    ...rest.map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`),
  ]
    .filter(Boolean)
    .join(' · ');
};

const EntryTable = ({ entries }: { entries: AuditEntry[] }) => (
  <table style={{ width: '100%', borderCollapse: 'collapse', background: 'white' }} data-testid="audit-table">
    <thead>
      <tr>
        {['When', 'Action', 'By', 'Way in', 'What'].map((heading) => (
          <th key={heading} style={cellStyle}>
            <Typography variant="sigma">{heading}</Typography>
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {entries.map((entry) => (
        <tr key={entry.id} data-testid="audit-row">
          <td style={cellStyle}>
            <Typography variant="omega">{new Date(entry.at).toLocaleString()}</Typography>
          </td>
          <td style={cellStyle}>
            <Typography variant="omega" fontWeight="bold">
              {entry.action}
            </Typography>
          </td>
          <td style={cellStyle}>
            <Typography variant="omega">{entry.by}</Typography>
          </td>
          <td style={cellStyle}>
            <Typography variant="omega">{entry.source}</Typography>
          </td>
          <td style={cellStyle}>
            <Typography variant="pi">{describe(entry)}</Typography>
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** The CSV of what the filters select, fetched with the panel's login and saved as a file. */
const useCsvExport = (filters: Filters) => {
  const { get } = useFetchClient();
  const [error, setError] = React.useState<string>();
  const download = () =>
    get<Blob>(`/editorial/audit/export.csv?${queryOf(filters)}`, { responseType: 'blob' })
      .then(({ data }) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(data);
        link.download = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
        link.click();
        URL.revokeObjectURL(link.href);
      })
      .catch((failure: Failure) => setError(messageOf(failure)));
  return { download, error };
};

/** The audit log for super admins: who published, signed off, scheduled, changed access or signed in, filtered, as CSV too. */
export const AuditPage = () => {
  const { get } = useFetchClient();
  const [filters, setFilters] = React.useState<Filters>(NO_FILTERS);
  const [page, setPage] = React.useState(1);
  const [state, setState] = React.useState<{ answer?: Answer; error?: string }>({});
  const csv = useCsvExport(filters);
  React.useEffect(() => {
    let current = true;
    get<Answer>(`/editorial/audit?${queryOf(filters, page)}`)
      .then(({ data }) => current && setState({ answer: data }))
      .catch((error: Failure) => current && setState({ error: messageOf(error) }));
    return () => {
      current = false;
    };
  }, [filters, page, get]);
  const changeFilters = (next: Filters) => {
    setPage(1);
    setFilters(next);
  };
  const pagination = state.answer?.meta.pagination;

  return (
    <Main>
      <Layouts.Header
        title="Audit log"
        subtitle="Publishing, sign-offs, schedules, roles, tokens and sign-ins: appended as they happen, never changed."
        primaryAction={
          <Button onClick={csv.download} data-testid="audit-export">
            Export CSV
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <FilterBar filters={filters} onChange={changeFilters} />
          {csv.error && <Typography textColor="danger600">{csv.error}</Typography>}
          {state.error && <Typography textColor="danger600">{state.error}</Typography>}
          {!state.answer && !state.error && <Loader>Loading the audit log</Loader>}
          {state.answer && (
            <Box>
              <Typography variant="pi" textColor="neutral600" data-testid="audit-total">
                {pagination?.total === 1 ? '1 entry' : `${pagination?.total} entries`}
              </Typography>
              <EntryTable entries={state.answer.data} />
            </Box>
          )}
          {pagination && pagination.pageCount > 1 && (
            <Flex gap={2}>
              <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                Newer
              </Button>
              <Typography variant="pi">
                Page {page} of {pagination.pageCount}
              </Typography>
              <Button variant="tertiary" disabled={page >= pagination.pageCount} onClick={() => setPage(page + 1)}>
                Older
              </Button>
            </Flex>
          )}
        </Flex>
      </Layouts.Content>
    </Main>
  );
};
