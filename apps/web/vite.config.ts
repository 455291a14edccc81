import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const here = fileURLToPath(new URL('.', import.meta.url));

// Built into apps/web/dist, which the server serves at /. In development `vite --config apps/web/vite.config.ts`
// proxies the API and sockets to a server on :3000.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [vue()],
  resolve: {
    alias: { '@contracts': fileURLToPath(new URL('../../libs/contracts/src', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/socket.io': { target: 'http://127.0.0.1:3000', ws: true },
    },
  },
});
