import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // compromise and zod stay external: users' bundlers dedupe them with their own copies.
  external: ['compromise', 'zod'],
});
