import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served by the API server itself at `/`; `npm run dev` proxies the API to
// a server on :3000 so both run side by side while developing.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/docs': 'http://127.0.0.1:3000' },
  },
});
