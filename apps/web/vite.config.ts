import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Big libraries get their own long-cached chunks; each page is a lazy chunk (see src/app/modules.tsx).
const VENDOR_CHUNKS: { name: string; test: RegExp }[] = [
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  { name: "echarts", test: /node_modules[\\/](echarts|zrender)[\\/]/ },
  { name: "antd", test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|@emotion)[\\/]/ },
  { name: "query", test: /node_modules[\\/]@tanstack[\\/]/ },
];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
  preview: {
    proxy: { "/api": "http://localhost:3000" },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // antd is one ~1 MB (≈310 kB gzip) chunk by design: shared by every page and cached across deployments.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: VENDOR_CHUNKS.map((chunk, index) => ({ ...chunk, priority: VENDOR_CHUNKS.length - index })),
        },
      },
    },
  },
});
