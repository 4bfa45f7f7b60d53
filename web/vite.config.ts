import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into web/dist and served by the API server (src/platform/http/web.ts).
// In development the Vite server forwards /api to a running `npm start`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    // ECharts is one lazy chunk (~200 KB gzip) loaded with the first chart, not with the page.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.API_PORT ?? 3000}` },
  },
});
