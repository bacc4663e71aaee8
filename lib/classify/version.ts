// The knowledge-base version that goes into every export: the curated semver plus the pinned
// version of each public data set, or "missing" for a data set the build did not find.
export interface DataVersions {
  ocd: string | null;
  easyprivacy: string | null;
  ruadlist: string | null;
}

export function kbVersionString(curatedSemver: string, v: DataVersions): string {
  const part = (label: string, value: string | null): string => `${label}-${value ?? 'missing'}`;
  return `kb-${curatedSemver}+${part('ocd', v.ocd)}+${part('ep', v.easyprivacy)}+${part('ru', v.ruadlist)}`;
}
