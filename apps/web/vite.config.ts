import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver, VantResolver } from 'unplugin-vue-components/resolvers';

const here = fileURLToPath(new URL('.', import.meta.url));

// One build, two sites: index.html (resident site at /) and console.html (staff console at /console/*).
// Each loads only its own component library. Built into apps/web/dist, which the server serves; in
// development `vite --config apps/web/vite.config.ts` proxies the API and sockets to a server on :3000.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [
    vue(),
    // Vant's icon font falls back to a copy on at.alicdn.com; nothing may load from the internet, and the
    // inlined WOFF2 is enough for every browser the site supports.
    {
      name: 'xs-vant-icons-offline',
      transform(code: string, id: string) {
        if (!/vant[\\/](es|lib)[\\/]icon[\\/]index\.css/.test(id)) return null;
        return code.replace(/,url\(\/\/at\.alicdn\.com[^)]*\) format\("woff"\)/g, '');
      },
    },
    // Element Plus (console, <el-*>) and Vant (resident site, <van-*>) components are imported where a
    // template uses them, with their CSS: each site's first screen carries only what it shows.
    Components({
      dirs: [],
      dts: false,
      resolvers: [ElementPlusResolver({ importStyle: 'css' }), VantResolver({ importStyle: true })],
    }),
  ],
  resolve: {
    alias: { '@contracts': fileURLToPath(new URL('../../libs/contracts/src', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        console: fileURLToPath(new URL('./console.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/socket.io': { target: 'http://127.0.0.1:3000', ws: true },
    },
  },
});
