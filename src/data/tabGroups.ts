/**
 * The tab groups a lesson may use. A choice in one group switches every tab set of
 * that group, on every page, and is remembered (Docusaurus `groupId`).
 */
export interface TabChoice {
  /** What the contributor writes in `:::tab[...]` and the reader sees. */
  label: string;
  /** Stable value stored in the browser and used in `?group=value` links. */
  value: string;
}

export const tabGroups: Record<string, readonly TabChoice[]> = {
  'package-manager': [
    { label: 'uv', value: 'uv' },
    { label: 'pip', value: 'pip' },
  ],
  os: [
    { label: 'Linux and macOS', value: 'unix' },
    { label: 'Windows', value: 'windows' },
  ],
  scheduler: [
    { label: 'LSF', value: 'lsf' },
    { label: 'Slurm', value: 'slurm' },
  ],
};
