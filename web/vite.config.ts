import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents';
import { precompress } from './build/precompress';
import { staffStrings } from './build/staff-strings';

export default defineConfig({
  plugins: [react(), graphqlDocuments({ artifactDirectories: ['src/gql', 'src/gql-admin'] }), staffStrings({ sections: ['admin', 'teach'] }), precompress()],
  resolve: {
    // rxjs (under Apollo Client) ships ES5 by default; its ES2015 build is 2 kB smaller gzipped.
    conditions: ['es2015', ...defaultClientConditions],
  },
  server: {
    proxy: { '/graphql': 'http://localhost:3000' },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each page needs, read by the bundle budget check.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every page runs, in one chunk that stays cached from one release to the next.
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@apollo[\\/]client|graphql|rxjs|optimism|@wry[\\/][^\\/]+|tslib|i18next|react-i18next)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
