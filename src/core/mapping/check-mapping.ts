// Checks of a mapping against its table before any row is read: every column it names exists, every entity a
// relation names is defined once, and lookups go to per-row entities.
import type { Problem } from '../records/types.js';
import type { Table } from '../tables/types.js';
import type { Mapping } from './schema.js';
import type { LocateInMapping } from './types.js';

export function checkMappingColumns(table: Table, mapping: Mapping, locate: LocateInMapping): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(table.columns);
  const need = (column: string, path: PropertyKey[]) => {
    if (!known.has(column)) {
      const some = table.columns.slice(0, 8).join(', ');
      problems.push({
        ...locate(path),
        id: mapping.source,
        message: `column "${column}" is not in ${table.file} (its columns: ${some}${table.columns.length > 8 ? ', …' : ''})`,
      });
    }
  };
  need(mapping.key, ['key']);
  (mapping.filter ?? []).forEach((filter, index) => need(filter.column, ['filter', index, 'column']));
  const makers = new Map<string, boolean>();
  mapping.entities.forEach((maker, index) => {
    if (makers.has(maker.as))
      problems.push({ ...locate(['entities', index, 'as']), id: mapping.source, message: `entity "${maker.as}" is defined twice` });
    makers.set(maker.as, maker.each === undefined);
    if (typeof maker.kind !== 'string') need(maker.kind.column, ['entities', index, 'kind', 'column']);
    if (maker.each) need(maker.each.column, ['entities', index, 'each', 'column']);
    if (maker.name?.en) need(maker.name.en, ['entities', index, 'name', 'en']);
    if (maker.name?.zh) need(maker.name.zh, ['entities', index, 'name', 'zh']);
    for (const [name, spec] of Object.entries(maker.attributes ?? {}))
      if (spec) need(spec.column, ['entities', index, 'attributes', name, 'column']);
  });
  (mapping.relations ?? []).forEach((relation, index) => {
    const named = (name: string, path: PropertyKey[], perRow = false) => {
      if (!makers.has(name)) problems.push({ ...locate(path), id: mapping.source, message: `"${name}" is not an entity of this mapping` });
      else if (perRow && !makers.get(name))
        problems.push({ ...locate(path), id: mapping.source, message: `lookup needs an entity made per row, not per value ("${name}")` });
    };
    named(relation.from, ['relations', index, 'from']);
    if (typeof relation.to === 'string') named(relation.to, ['relations', index, 'to']);
    else {
      need(relation.to.column, ['relations', index, 'to', 'column']);
      if (relation.to.lookup !== undefined) named(relation.to.lookup, ['relations', index, 'to', 'lookup'], true);
      if ((relation.to.lookup === undefined) === (relation.to.map === undefined)) {
        problems.push({
          ...locate(['relations', index, 'to']),
          id: mapping.source,
          message: 'a column target needs exactly one of map and lookup',
        });
      }
    }
  });
  return problems;
}
