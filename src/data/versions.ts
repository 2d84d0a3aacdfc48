/**
 * Tool versions that lessons and exercise files name. The values belong to an edition and
 * live with its docs (`docs/pages/versions.ts`), so bumping a tool for next year leaves an
 * archived edition as it was taught. Pages write `:version[uv]` in prose and
 * `{{version:uv}}` in code; exercise files hold literal versions, which the content check
 * compares with the edition's file.
 */
export interface ToolVersion {
  /** The tool's name as a reader knows it. */
  name: string;
  /** The version taught: `major.minor` for libraries, the major (`v7`) for GitHub Actions, or a release where an action has no major tags. */
  version: string;
  /** Official page that confirms the version exists. */
  source: string;
}

export type ToolVersions = Record<string, ToolVersion>;

/** Where the edition's versions live, relative to its docs folder. */
export const versionsFile = 'pages/versions.ts';

/**
 * Where text names a version of a tool; capture group 1 is the version. Only literal pins
 * and image tags are matched: prose about a tool's history ("since ruff 0.16") is left alone.
 */
export const versionPatterns: Record<string, readonly RegExp[]> = {
  python: [/\bpython:(\d+\.\d+)\b/g, /requires-python\s*=\s*"[>=~]=(\d+\.\d+)/g],
  uv: [/astral-sh\/uv:(\d+\.\d+(?:\.\d+)?)\b/g, /uv_build>=(\d+\.\d+)/g, /\buv==(\d+\.\d+(?:\.\d+)?)/g],
  torch: [/\btorch==(\d+\.\d+(?:\.\d+)?)/g, /\b(\d+\.\d+)\.\d+\+(?:cpu|cu\d+)\b/g],
  ruff: [/\bruff==(\d+\.\d+(?:\.\d+)?)/g, /ruff-pre-commit\s*\n\s*rev:\s*v(\d+\.\d+(?:\.\d+)?)/g],
  mypy: [/\bmypy==(\d+(?:\.\d+)*)/g],
  'actions-checkout': [/actions\/checkout@v(\d+)\b/g],
  'actions-setup-python': [/actions\/setup-python@v(\d+)\b/g],
  'setup-uv': [/astral-sh\/setup-uv@v(\d+(?:\.\d+)*)/g],
  'actions-cache': [/actions\/cache@v(\d+)\b/g],
  'actions-upload-artifact': [/actions\/upload-artifact@v(\d+)\b/g],
  'docker-login': [/docker\/login-action@v(\d+)\b/g],
  'docker-metadata': [/docker\/metadata-action@v(\d+)\b/g],
  'docker-build-push': [/docker\/build-push-action@v(\d+)\b/g],
  'docker-setup-buildx': [/docker\/setup-buildx-action@v(\d+)\b/g],
  'google-auth': [/google-github-actions\/auth@v(\d+)\b/g],
  'google-setup-gcloud': [/google-github-actions\/setup-gcloud@v(\d+)\b/g],
};

/** Whether a version found in text is the one taught: `0.12.5` is `0.12`, `v7.0.1` is `v7`. */
export function isVersionOf(found: string, taught: string): boolean {
  const parts = (v: string) => v.replace(/^v/, '').split('.');
  const [f, t] = [parts(found), parts(taught)];
  return t.every((part, i) => f[i] === part);
}
