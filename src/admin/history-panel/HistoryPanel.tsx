import * as React from 'react';
import { Button, Flex, Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import type { FieldChange } from '../../editorial/history/version-changes';
import { entryOf } from '../../content-model/registry';
import { VersionChanges } from './version-changes';

type Listed = { id: number; action: string; createdAt: string; by: string; source: string };
type Shown = Listed & { changes: FieldChange[]; comparedWith: number | null };
type Failure = Error & { response?: { data?: { error?: { message?: string } } } };

const ACTION_WORDS: Record<string, string> = {
  create: 'Created',
  update: 'Saved',
  publish: 'Published',
  unpublish: 'Unpublished',
  discardDraft: 'Draft discarded',
  delete: 'Deleted',
  restore: 'Restored',
  'restore-backup': 'Restored from a backup',
};
const SHOWN_AT_FIRST = 8;
const messageOf = (error: Failure) => error.response?.data?.error?.message ?? error.message;
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const historyPath = (model: string, documentId: string) => `/editorial/history/${model}/${encodeURIComponent(documentId)}`;

/** One version opened: what it changed, and the button that makes it the draft again. */
const OpenVersion = ({ model, documentId, version }: { model: string; documentId: string; version: Listed }) => {
  const { get, post } = useFetchClient();
  const [shown, setShown] = React.useState<Shown>();
  const [state, setState] = React.useState<{ error?: string; confirming?: boolean; busy?: boolean }>({});
  React.useEffect(() => {
    let current = true;
    get<{ data: Shown }>(`${historyPath(model, documentId)}/${version.id}`)
      .then(({ data }) => current && setShown(data.data))
      .catch((error: Failure) => current && setState({ error: messageOf(error) }));
    return () => {
      current = false;
    };
  }, [model, documentId, version.id, get]);

  const restore = () => {
    setState({ busy: true });
    post(`${historyPath(model, documentId)}/${version.id}/restore`, {})
      // The edit view holds the draft as it was loaded: load it again, restored.
      .then(() => window.location.reload())
      .catch((error: Failure) => setState({ error: messageOf(error) }));
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="history-version">
      {shown ? <VersionChanges changes={shown.changes} /> : !state.error && <Loader small>Loading the version</Loader>}
      {state.confirming ? (
        <Flex gap={2}>
          <Button variant="danger" onClick={restore} disabled={state.busy} data-testid="history-confirm-restore">
            Replace the draft
          </Button>
          <Button variant="tertiary" onClick={() => setState({})}>
            Cancel
          </Button>
        </Flex>
      ) : (
        <Button variant="secondary" onClick={() => setState({ confirming: true })} data-testid="history-restore">
          Restore as draft
        </Button>
      )}
      {state.confirming && (
        <Typography variant="pi" textColor="neutral600">
          The draft becomes this version; what is published stays until you publish again.
        </Typography>
      )}
      {state.error && <Typography textColor="danger600">{state.error}</Typography>}
    </Flex>
  );
};

const HistoryList = ({ model, documentId, savedAt }: { model: string; documentId: string; savedAt: unknown }) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ versions?: Listed[]; error?: string }>({});
  const [openId, setOpenId] = React.useState<number>();
  const [showAll, setShowAll] = React.useState(false);
  React.useEffect(() => {
    let current = true;
    get<{ data: Listed[] }>(historyPath(model, documentId))
      .then(({ data }) => current && setState({ versions: data.data }))
      .catch((error: Failure) => current && setState({ error: messageOf(error) }));
    return () => {
      current = false;
    };
  }, [model, documentId, savedAt, get]);

  if (state.error) return <Typography textColor="danger600">The history could not be loaded: {state.error}</Typography>;
  if (!state.versions) return <Loader small>Loading the history</Loader>;
  const shown = showAll ? state.versions : state.versions.slice(0, SHOWN_AT_FIRST);
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="history-panel">
      {shown.map((version) => (
        <Flex key={version.id} direction="column" alignItems="stretch" gap={1} data-testid="history-entry">
          <button
            type="button"
            onClick={() => setOpenId(openId === version.id ? undefined : version.id)}
            aria-expanded={openId === version.id}
            style={{ all: 'unset', cursor: 'pointer' }}
          >
            <Typography variant="omega" fontWeight="bold">
              {ACTION_WORDS[version.action] ?? version.action}
            </Typography>{' '}
            <Typography variant="pi" textColor="neutral600">
              {when(version.createdAt)} · {version.by}
              {version.source !== version.by && ` · ${version.source}`}
            </Typography>
          </button>
          {openId === version.id && <OpenVersion model={model} documentId={documentId} version={version} />}
        </Flex>
      ))}
      {!showAll && state.versions.length > SHOWN_AT_FIRST && (
        <Button variant="tertiary" onClick={() => setShowAll(true)}>
          Show all {state.versions.length} versions
        </Button>
      )}
    </Flex>
  );
};

/**
 * Beside every saved document of the site: each write that made it what it is (who, when, how),
 * what a version changed, and bringing a version back as the draft.
 */
export const HistoryPanel: PanelComponent = ({ model, documentId, document }: PanelComponentProps) => {
  // The registry's types: the ones every write leaves a version of.
  if (!entryOf(model) || !documentId) return null;
  return {
    title: 'History',
    content: <HistoryList model={model} documentId={documentId} savedAt={document?.updatedAt} />,
  };
};
