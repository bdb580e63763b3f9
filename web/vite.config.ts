import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents';
import { precompress } from './build/precompress';

export default defineConfig({
  plugins: [react(), graphqlDocuments({ artifactDirectories: ['src/gql', 'src/gql-admin'] }), precompress()],
  server: {
    proxy: { '/graphql': 'http://localhost:3000' },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each page needs, read by the bundle budget check.
    manifest: true,
  },
});
