import DataLoader from 'dataloader';
import type { EntityManager } from '@mentoring/platform/database';
import { IndicatorSnapshotSchema, type IndicatorSnapshot, type TerritoryLevel } from '../indicators/snapshot.entity.js';
import { campaignFigures, type CampaignFigure } from '../campaigns/reported-figures.js';
import { FAMILIES, measureFamily, type Measure } from './families.js';

/** Keys carry the parts a batch shares before the territory id: the batch runs one statement per shared part. */
const splitKey = (key: string) => {
  const at = key.lastIndexOf('|');
  return { group: key.slice(0, at), id: key.slice(at + 1) };
};

/** Batches keys `<group>|<territory id>` into one call of `load(group, ids)` per group. */
function groupedByPrefix<V>(load: (group: string, ids: string[]) => Promise<Map<string, V>>, missing: V) {
  return new DataLoader<string, V>(async (keys) => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const { group, id } = splitKey(key);
      const ids = groups.get(group);
      if (ids) ids.push(id);
      else groups.set(group, [id]);
    }
    const results = new Map<string, Map<string, V>>();
    await Promise.all(
      [...groups].map(async ([group, ids]) => results.set(group, await load(group, [...new Set(ids)]))),
    );
    return keys.map((key) => {
      const { group, id } = splitKey(key);
      return results.get(group)?.get(id) ?? missing;
    });
  });
}

/**
 * The request's loaders for computed values: one statement per family, level and date for every territory the
 * request asks, whatever their number, and one per level and date for their snapshots.
 */
export function createValueLoaders(em: EntityManager) {
  return {
    /** Key `<family>|<level>|<date>|<territory id>` → each indicator's measure (absent: nothing to count). */
    measures: groupedByPrefix<Record<string, Measure>>(async (group, ids) => {
      const [family, level, asOf] = group.split('|') as [string, TerritoryLevel, string];
      const definition = FAMILIES[family];
      return definition ? measureFamily(em, definition, level, asOf, ids) : new Map();
    }, {}),
    /** Key `<level>|<date>|<territory id>` → the figures monitoring campaigns report for the territory by the date. */
    campaignFigures: groupedByPrefix<CampaignFigure[]>(async (group, ids) => {
      const [level, asOf] = group.split('|') as [TerritoryLevel, string];
      return campaignFigures(em, level, asOf, ids);
    }, []),
    /** Key `<level>|<date>|<territory id>` → the territory's snapshots before the date, oldest first. */
    snapshotsBefore: groupedByPrefix<IndicatorSnapshot[]>(async (group, ids) => {
      const [level, asOf] = group.split('|') as [TerritoryLevel, string];
      const rows = await em.find(
        IndicatorSnapshotSchema,
        { level, territoryId: { $in: ids }, asOf: { $lt: asOf } },
        { orderBy: { asOf: 'asc' } },
      );
      const byTerritory = new Map<string, IndicatorSnapshot[]>();
      for (const row of rows) {
        const snapshots = byTerritory.get(row.territoryId);
        if (snapshots) snapshots.push(row);
        else byTerritory.set(row.territoryId, [row]);
      }
      return byTerritory;
    }, []),
  };
}

export type ValueLoaders = ReturnType<typeof createValueLoaders>;
