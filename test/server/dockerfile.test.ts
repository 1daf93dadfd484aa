import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { Copy, DockerfileParser, Env, From, JSONInstruction, type Instruction } from 'dockerfile-ast';
import { SERVER_ENTRY } from './server-process.ts';

const dockerfile = DockerfileParser.parse(readFileSync('Dockerfile', 'utf8'));
const instructions = dockerfile.getInstructions();
const froms = dockerfile.getFROMs();
const stageStart = (from: From): number => instructions.indexOf(from);
const runtimeFrom = froms[froms.length - 1] as From;
const buildStage = instructions.slice(stageStart(froms[0] as From), stageStart(runtimeFrom));
const runtimeStage = instructions.slice(stageStart(runtimeFrom));
const keyword = (i: Instruction): string => i.getKeyword();
const args = (i: Instruction): string[] => i.getArguments().map((a) => a.getValue());
const workdir = (stage: Instruction[]): string => args(stage.filter((i) => keyword(i) === 'WORKDIR').pop() as Instruction)[0] ?? '/';
const copySources = (copy: Copy): { sources: string[]; dest: string } => {
  const parts = copy.getJSONStrings().length ? copy.getJSONStrings().map((s) => s.getJSONValue()) : args(copy).filter((a) => !a.startsWith('--'));
  return { sources: parts.slice(0, -1), dest: parts[parts.length - 1] ?? '' };
};

const ignored = readFileSync('.dockerignore', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`));
const isIgnored = (path: string): boolean => ignored.some((re) => re.test(path));

/** Where the build puts its outputs, read from the configs `npm run build` uses. */
const viteOutDir = /outDir:\s*'([^']+)'/.exec(readFileSync('vite.config.ts', 'utf8'))?.[1];
const serverTsconfig = JSON.parse(readFileSync('tsconfig.server.json', 'utf8')) as { compilerOptions: { outDir: string; rootDir: string } };
const buildOutputs = [viteOutDir, serverTsconfig.compilerOptions.outDir];

describe('Dockerfile', () => {
  it('builds in a node:20 slim stage with npm ci and npm run build, and runs from a second stage', () => {
    expect(froms).toHaveLength(2);
    for (const from of froms) expect(from.getImage()).toMatch(/^node:20(\.\d+)*-slim$/);
    const runs = buildStage.filter((i) => keyword(i) === 'RUN').map((i) => i.getArgumentsContent());
    expect(runs.some((r) => r?.startsWith('npm ci'))).toBe(true);
    expect(runs).toContain('npm run build');
    expect(runtimeStage.filter((i) => keyword(i) === 'RUN').map((i) => i.getArgumentsContent()).join(' ')).toMatch(/npm ci --omit=dev/);
  });

  it('copies only files that exist in the context and are not excluded by .dockerignore', () => {
    const contextCopies = dockerfile.getCOPYs().filter((c) => !c.getFromFlag());
    expect(contextCopies.length).toBeGreaterThan(0);
    for (const copy of contextCopies) {
      for (const source of copySources(copy).sources) {
        expect(existsSync(source), source).toBe(true);
        if (source !== '.') expect(isIgnored(source), source).toBe(false);
      }
    }
  });

  it('keeps everything npm run build reads in the build context', () => {
    for (const path of ['package.json', 'package-lock.json', 'index.html', 'vite.config.ts', 'svelte.config.js', 'tsconfig.json', 'tsconfig.server.json', 'src', 'worker', 'public', 'scripts', 'server']) {
      expect(existsSync(path), path).toBe(true);
      expect(isIgnored(path), path).toBe(false);
    }
    for (const path of ['node_modules', 'dist', 'build', '.git']) expect(isIgnored(path), path).toBe(true);
  });

  it('copies from the build stage exactly what the build produces: dist/ and the compiled server', () => {
    const buildDir = workdir(buildStage);
    const fromBuild = runtimeStage.filter((i): i is Copy => i instanceof Copy && i.getFromFlag()?.getValue() === 'build');
    const sources = fromBuild.flatMap((c) => copySources(c).sources.map((s) => posix.relative(buildDir, s)));
    expect(sources.sort()).toEqual([...buildOutputs].sort());
  });

  it.skipIf(!existsSync(`${viteOutDir}/index.html`))('after a build, every build-stage source exists', () => {
    for (const output of buildOutputs) expect(existsSync(output as string), output).toBe(true);
    expect(existsSync(SERVER_ENTRY)).toBe(true);
  });

  it('runs as a non-root user, exposes 8888, binds 0.0.0.0 and checks /healthz with node', () => {
    const user = runtimeStage.filter((i) => keyword(i) === 'USER').pop();
    expect(user && args(user)[0]).toMatch(/^(?!root$|0$)\w+/);
    expect(runtimeStage.filter((i) => keyword(i) === 'EXPOSE').flatMap(args)).toContain('8888');
    const env = new Map(
      runtimeStage.filter((i): i is Env => i instanceof Env).flatMap((e) => e.getProperties().map((p) => [p.getName(), p.getValue()] as const)),
    );
    expect(env.get('QUIRE_IP')).toBe('0.0.0.0');
    const health = dockerfile.getHEALTHCHECKs()[0];
    expect(health?.getArgumentsContent()).toMatch(/CMD \["node", "-e", .*\/healthz/);
  });

  it('starts, in exec form (so node gets the signals), the same server entry the tests and the browser harness start', () => {
    const cmd = dockerfile.getCMDs().pop() as JSONInstruction;
    const argv = cmd.getJSONStrings().map((s) => s.getJSONValue());
    expect(argv[0]).toBe('node');
    expect(argv[1]).toBe(SERVER_ENTRY);
    expect(argv).toContain('--no-build');
    expect(readFileSync('test/browser/harness.ts', 'utf8')).toContain(`'${SERVER_ENTRY}'`);
    // The entry is the compiled server/main.ts, and the runtime stage copies it where CMD looks.
    const { rootDir, outDir } = serverTsconfig.compilerOptions;
    expect(existsSync(posix.join(rootDir, posix.relative(outDir, SERVER_ENTRY).replace(/\.js$/, '.ts')))).toBe(true);
    const runtimeDir = workdir(runtimeStage);
    const dests = runtimeStage.filter((i): i is Copy => i instanceof Copy).map((c) => posix.resolve(runtimeDir, copySources(c).dest));
    expect(dests.some((d) => posix.resolve(runtimeDir, SERVER_ENTRY).startsWith(`${d}/`))).toBe(true);
  });
});
