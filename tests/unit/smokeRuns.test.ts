// cspell:ignore comand
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSmokeFile } from '../../src/course/smokeRuns';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Writes a smoke.yaml (and a script beside it) and reads it as the runner does. */
function read(yaml: string) {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-'));
  dirs.push(site);
  const folder = path.join(site, 'docs/s4/exercise_files/debugging');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'train.py'), 'print("epoch 1")\n');
  fs.writeFileSync(path.join(folder, 'smoke.yaml'), yaml);
  return () => readSmokeFile(path.join(folder, 'smoke.yaml'), site);
}

const where = 'docs/s4/exercise_files/debugging/smoke.yaml';

describe('smoke runs', () => {
  it('reads a run with its defaults', () => {
    const [run] = read('runs:\n  - name: trains\n    command: python train.py\n    expect: ["epoch 1"]\n')();
    expect(run).toMatchObject({
      name: 'trains',
      file: where,
      line: 2,
      copy: [{ from: '.', to: '.' }],
      setup: [],
      needs: [],
      timeout: 60,
      exit: 0,
      expect: ['epoch 1'],
    });
  });

  it('names an unknown key on its line', () => {
    expect(read('runs:\n  - name: trains\n    comand: python train.py\n')).toThrow(
      `${where}:3: unknown key "comand"\n  Write instead: only name, copy, setup, command, needs, env, timeout, exit, expect`,
    );
  });

  it('rejects a run without a command', () => {
    expect(read('runs:\n  - name: trains\n    expect: ["epoch"]\n')).toThrow(`${where}:2: "command" must be text`);
  });

  it('rejects a run that checks nothing but a zero exit code', () => {
    expect(read('runs:\n  - name: trains\n    command: python train.py\n')).toThrow(
      /checks nothing but its exit code\n {2}Write instead: expect: \["a line the command prints when it works"\]/,
    );
  });

  it('rejects a file to copy that does not exist', () => {
    expect(
      read(
        'runs:\n  - name: trains\n    copy:\n      - from: ../missing.py\n        to: .\n    command: python train.py\n    expect: [x]\n',
      ),
    ).toThrow(/smoke\.yaml:4: "\.\.\/missing\.py" does not exist/);
  });

  it('rejects a copy that leaves the run folder', () => {
    expect(
      read(
        'runs:\n  - name: trains\n    copy:\n      - from: train.py\n        to: ../outside.py\n    command: python train.py\n    expect: [x]\n',
      ),
    ).toThrow(/"to: \.\.\/outside\.py" leaves the run folder/);
  });

  it('rejects a file without runs and shows the shape', () => {
    expect(read('name: trains\n')).toThrow(/a smoke file holds a non-empty list "runs"\n {2}Write instead: runs:/);
  });

  it('rejects two runs with the same name', () => {
    const twice = 'runs:\n  - name: a\n    command: x\n    expect: [y]\n  - name: a\n    command: x\n    expect: [y]\n';
    expect(read(twice)).toThrow(`${where}:5: a second run named "a" in this file`);
  });
});
