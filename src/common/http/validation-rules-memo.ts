import type { MetadataStorage } from 'class-validator';

type Rules = ReturnType<MetadataStorage['getTargetValidationMetadatas']>;
type Grouped = ReturnType<MetadataStorage['groupByPropertyName']>;
type Target = Parameters<MetadataStorage['getTargetValidationMetadatas']>[0];

const remembering = new WeakSet<MetadataStorage>();

/**
 * class-validator looks up a class's rules again for every object it validates: its own,
 * then every registered class tested for being a parent (`instanceof`), then grouped by
 * property. A bid is a dozen nested objects, and the lookups were 2 % of the intake's
 * request thread (issue #19, BENCHMARKS.md). The rules change only when a decorator
 * registers one, at class definition: the answers are remembered per class and options,
 * and forgotten whenever a rule or constraint is added. Callers read them, never change
 * them (ValidationExecutor's validate and whitelist, our pipe's argsOf).
 */
export function rememberValidationRules(storage: MetadataStorage): void {
  if (remembering.has(storage)) return;
  remembering.add(storage);
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  let rules = new Map<Target, Map<string, Rules>>();
  let grouped = new WeakMap<Rules, Grouped>();
  const forget = () => {
    rules = new Map<Target, Map<string, Rules>>();
    grouped = new WeakMap<Rules, Grouped>();
  };
  for (const add of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const original = storage[add].bind(storage) as (metadata: unknown) => void;
    (storage as unknown as Record<string, (metadata: unknown) => void>)[add] = (metadata) => {
      forget();
      original(metadata);
    };
  }
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let ofTarget = rules.get(target);
    if (!ofTarget) rules.set(target, (ofTarget = new Map<string, Rules>()));
    let found = ofTarget.get(key);
    if (!found) ofTarget.set(key, (found = lookUp(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
}
