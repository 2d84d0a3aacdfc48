import type { ToolVersions } from '../../src/data/versions';

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
  'setup-uv': {
    name: 'astral-sh/setup-uv',
    version: 'v9',
    source: 'https://docs.astral.sh/uv/guides/integration/github/',
  },
} satisfies ToolVersions;
