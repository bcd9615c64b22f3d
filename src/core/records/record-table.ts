// The records of graph-data/ as read, in order and duplicates included, each with its place: plain arrays of
// numbers beside the records instead of a wrapper object per record, since all of them live until the checks end.
import { RELATION_TYPE_NAMES, kindOfId, type EntityKind } from './kinds.js';
import type { ParsedYaml } from './parse-yaml.js';
import type { ResolvedEnds } from './resolved-ends.js';
import type { EntityRecord, FigureRecord, RelationRecord } from './schema.js';
import type { Position } from './types.js';

export type ListKey = 'entities' | 'relations' | 'figures';

/** Records of one kind, each with its file and its index in that file's list. */
export class RecordList<T> {
  readonly values: T[] = [];
  private readonly files: number[] = [];
  private readonly indexes: number[] = [];

  constructor(
    private readonly key: ListKey,
    /** The files read so far; a record names its file by its index here. */
    private readonly yamls: readonly ParsedYaml[],
  ) {}

  /** Adds a record of the file `yamls[file]`, at `index` in its list; returns the record's number. */
  add(value: T, file: number, index: number): number {
    this.files.push(file);
    this.indexes.push(index);
    return this.values.push(value) - 1;
  }

  /** Position of record `at` or of a value inside it, worked out only for a message: locating is slow. */
  locate(at: number, ...inner: PropertyKey[]): Position {
    return this.yamls[this.files[at]].locate([this.key, this.indexes[at], ...inner]);
  }

  /** The number of the file record `at` comes from, in the order the files were read. */
  fileOf(at: number): number {
    return this.files[at];
  }
}

export class EntityList extends RecordList<EntityRecord> {
  /** The number of the first entity of each id. */
  readonly byId = new Map<string, number>();
  /** Per entity: the number of the first entity with its id when it is a duplicate, else -1. */
  readonly earlier: number[] = [];
  /** Per entity: its kind, from its id. */
  readonly kinds: EntityKind[] = [];
  /**
   * Ids of entities whose records failed their schema, where they stand, and how many relations and figures
   * name them: those are left out with the entity and counted here rather than each reported as unknown.
   */
  readonly rejected = new Map<string, { where: Position; dependents: number }>();

  reject(id: string, where: Position): void {
    if (!this.byId.has(id) && !this.rejected.has(id)) this.rejected.set(id, { where, dependents: 0 });
  }

  /** True (and counted) when `id` is not an entity because its record was rejected. */
  countDependent(id: string): boolean {
    const rejected = this.byId.has(id) ? undefined : this.rejected.get(id);
    if (rejected) rejected.dependents++;
    return rejected !== undefined;
  }

  addEntity(value: EntityRecord, file: number, index: number): void {
    const at = this.add(value, file, index);
    const first = this.byId.get(value.id);
    if (first === undefined) this.byId.set(value.id, at);
    this.earlier.push(first ?? -1);
    this.kinds.push(kindOfId(value.id)!);
  }
}

const TYPE_NUMBER = new Map<string, number>(RELATION_TYPE_NAMES.map((type, index) => [type, index]));

export class RelationList extends RecordList<RelationRecord> {
  /** Per relation: the number of its type in RELATION_TYPE_NAMES. */
  readonly types: number[] = [];
  /** Per relation: the entity each end names, or -1 while none is known (an end may be named before its entity). */
  readonly froms: number[] = [];
  readonly tos: number[] = [];

  /**
   * Adds a relation and resolves its ends among the entities read so far. The type becomes the vocabulary's own
   * string and each known end the entity's own id string: the same text, one copy, and later look-ups by id
   * (facets, graph) compare a string with itself.
   */
  addRelation(value: RelationRecord, file: number, index: number, entities: EntityList): void {
    this.add(value, file, index);
    const type = TYPE_NUMBER.get(value.type)!;
    value.type = RELATION_TYPE_NAMES[type];
    this.types.push(type);
    this.froms.push(this.resolve(value, 'from', entities));
    this.tos.push(this.resolve(value, 'to', entities));
  }

  /** Resolves the ends still unknown, once every entity is read. */
  resolveLate(entities: EntityList): void {
    for (let at = 0; at < this.values.length; at++) {
      if (this.froms[at] < 0) this.froms[at] = this.resolve(this.values[at], 'from', entities);
      if (this.tos[at] < 0) this.tos[at] = this.resolve(this.values[at], 'to', entities);
    }
  }

  /** The ids of the entities that are not duplicates, and where the ends of the relations numbered `kept` are among them. */
  endsOf(kept: readonly number[], entities: EntityList): ResolvedEnds {
    const ids: string[] = [];
    // Relations that passed name no duplicate: only the first entity of an id gets a position.
    const position = new Int32Array(entities.values.length).fill(-1);
    for (let at = 0; at < position.length; at++) {
      if (entities.earlier[at] < 0) position[at] = ids.push(entities.values[at].id) - 1;
    }
    const froms = new Int32Array(kept.length);
    const tos = new Int32Array(kept.length);
    kept.forEach((at, index) => {
      froms[index] = position[this.froms[at]];
      tos[index] = position[this.tos[at]];
    });
    return { ids, froms, tos };
  }

  private resolve(value: RelationRecord, end: 'from' | 'to', entities: EntityList): number {
    const entity = entities.byId.get(value[end]);
    if (entity === undefined) return -1;
    value[end] = entities.values[entity].id;
    return entity;
  }
}

export interface RecordTable {
  entities: EntityList;
  relations: RelationList;
  figures: RecordList<FigureRecord>;
}
