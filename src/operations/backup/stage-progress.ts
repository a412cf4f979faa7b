import type { engine as transferEngine } from '@strapi/data-transfer';

export type StageSummary = { stage: string; count: number; bytes: number };

type Engine = transferEngine.TransferEngine<transferEngine.ISourceProvider, transferEngine.IDestinationProvider>;

/** Tells `onStage` about each finished stage (schemas, entities, assets, links, configuration). */
export const reportStages = (engine: Engine, onStage?: (summary: StageSummary) => void) => {
  if (!onStage) return;
  engine.progress.stream.on(
    'stage::finish',
    ({ stage, data }: { stage: string; data: Record<string, { count?: number; bytes?: number } | undefined> }) => {
      onStage({ stage, count: data[stage]?.count ?? 0, bytes: data[stage]?.bytes ?? 0 });
    }
  );
};
