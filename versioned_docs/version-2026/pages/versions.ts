import type { ToolVersions } from '@site/src/data/versions';

/**
 * The tool versions the January 2027 edition teaches. Lessons name them through
 * `:version[key]` and `{{version:key}}`; the content check finds every exercise file that
 * names another version. Each version is one its official source confirms exists.
 */
export const versions = {
  python: { name: 'Python', version: '3.12', source: 'https://docs.python.org/3.12/' },
  uv: {
    name: 'uv',
    version: '0.12',
    source: 'https://docs.astral.sh/uv/guides/integration/docker/',
  },
  torch: {
    name: 'PyTorch',
    version: '2.14',
    source: 'https://github.com/pytorch/pytorch/releases',
  },
  ruff: { name: 'Ruff', version: '0.17', source: 'https://github.com/astral-sh/ruff/blob/main/CHANGELOG.md' },
  mypy: { name: 'mypy', version: '2.3', source: 'https://github.com/python/mypy/blob/master/CHANGELOG.md' },
  'actions-checkout': {
    name: 'actions/checkout',
    version: 'v7',
    source: 'https://docs.astral.sh/uv/guides/integration/github/',
  },
  'actions-setup-python': {
    name: 'actions/setup-python',
    version: 'v7',
    source: 'https://docs.astral.sh/uv/guides/integration/github/',
  },
  // From v8 on, setup-uv publishes immutable releases without moving major tags: pin the release.
  'setup-uv': {
    name: 'astral-sh/setup-uv',
    version: 'v10.0.1',
    source: 'https://github.com/astral-sh/setup-uv/releases/tag/v10.0.1',
  },
  'actions-cache': { name: 'actions/cache', version: 'v6', source: 'https://github.com/actions/cache/releases' },
  'actions-upload-artifact': {
    name: 'actions/upload-artifact',
    version: 'v7',
    source: 'https://github.com/actions/upload-artifact/releases',
  },
  'docker-login': { name: 'docker/login-action', version: 'v4', source: 'https://github.com/docker/login-action/releases' },
  'docker-metadata': {
    name: 'docker/metadata-action',
    version: 'v6',
    source: 'https://github.com/docker/metadata-action/releases',
  },
  'docker-build-push': {
    name: 'docker/build-push-action',
    version: 'v7',
    source: 'https://github.com/docker/build-push-action/releases',
  },
  'docker-setup-buildx': {
    name: 'docker/setup-buildx-action',
    version: 'v4',
    source: 'https://github.com/docker/setup-buildx-action/releases',
  },
  'google-auth': {
    name: 'google-github-actions/auth',
    version: 'v3',
    source: 'https://github.com/google-github-actions/auth/releases',
  },
  'google-setup-gcloud': {
    name: 'google-github-actions/setup-gcloud',
    version: 'v3',
    source: 'https://github.com/google-github-actions/setup-gcloud/releases',
  },
} satisfies ToolVersions;
