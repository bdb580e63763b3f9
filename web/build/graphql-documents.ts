import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Ships each GraphQL document with the code that uses it.
 *
 * The client preset's `graphql()` looks documents up in one map of every operation
 * (src/gql/gql.ts), so whichever chunk imports it carries all of them: for the app's entry
 * that was every page's queries, about 100 kB before compression. This is what the preset's
 * Babel and SWC plugins do, for Vite's own transformer: each `graphql(\`...\`)` call becomes
 * an import of that one document, as a module of its own, so it lands in the chunk of the
 * page that asks for it and the map is never bundled. Types are unchanged: TypeScript still
 * checks the calls against the generated overloads.
 */
export function graphqlDocuments(options: { artifactDirectories: string[] }): Plugin {
  const VIRTUAL = 'virtual:graphql-document/';
  const RESOLVED = `\0${VIRTUAL}`;
  let root = process.cwd();
  // Read lazily and once per build: codegen runs before the build and writes these files.
  const artifacts = new Map<string, Artifact>();
  const artifact = (directory: string) => {
    let found = artifacts.get(directory);
    if (!found) artifacts.set(directory, (found = readArtifact(join(root, directory))));
    return found;
  };

  return {
    name: 'consular-campus:graphql-documents',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const [directory, name] = splitVirtualId(id.slice(RESOLVED.length));
      return `export default ${artifact(directory).document(name)};\n`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || !code.includes('graphql(')) return null;
      const directory = artifactImportedBy(code, id, root, options.artifactDirectories);
      if (!directory) return null;
      const { names } = artifact(directory);
      const imports: string[] = [];
      const replaced = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const name = names.get(source);
        if (!name) this.error(`A graphql() document in ${id} is not in ${directory}/gql.ts: run \`pnpm codegen\`.`);
        const local = `__graphqlDocument${imports.length}`;
        imports.push(`import ${local} from '${VIRTUAL}${directory}/${name}';`);
        return local;
      });
      // A call left behind would bring back the map of every document.
      if (/\bgraphql\(/.test(replaced)) this.error(`${id} calls graphql() with something other than one plain template literal.`);
      return imports.length ? { code: `${imports.join('\n')}\n${replaced}`, map: null } : null;
    },
  };
}

/** `graphql(` then one template literal without substitutions (the preset allows no others). */
const GRAPHQL_CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g;

interface Artifact {
  /** Document source, exactly as written in the component, to the name of its export in graphql.ts. */
  names: Map<string, string>;
  /** The document's AST as a JavaScript expression. */
  document(name: string): string;
}

function readArtifact(directory: string): Artifact {
  const map = readFileSync(join(directory, 'gql.ts'), 'utf8');
  const types = readFileSync(join(directory, 'graphql.ts'), 'utf8');
  const names = new Map<string, string>();
  // The runtime map's entries: `"<source>": types.<Name>,` (the type above it says `typeof types.`).
  for (const match of map.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
    names.set(JSON.parse(match[1]) as string, match[2]);
  }
  return {
    names,
    document(name) {
      const start = types.indexOf(`\nexport const ${name} = `);
      const end = types.indexOf(' as unknown as DocumentNode<', start);
      if (start < 0 || end < 0) throw new Error(`${name} is not a document of ${directory}/graphql.ts`);
      const literal = types.slice(start + `\nexport const ${name} = `.length, end);
      return JSON.stringify(JSON.parse(literal));
    },
  };
}

/** The artifact directory (e.g. "src/gql") a module imports `graphql` from, if any. */
function artifactImportedBy(code: string, id: string, root: string, directories: string[]): string | undefined {
  for (const match of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    if (!/\bgraphql\b/.test(match[1]) || !match[2].startsWith('.')) continue;
    const target = resolve(dirname(id), match[2]);
    const directory = directories.find((candidate) => target === join(root, candidate) || target === join(root, candidate, 'index'));
    if (directory) return directory;
  }
  return undefined;
}

function splitVirtualId(rest: string): [string, string] {
  const slash = rest.lastIndexOf('/');
  return [rest.slice(0, slash), rest.slice(slash + 1)];
}
