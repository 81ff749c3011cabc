import { defineConfig } from 'vite';
import { libConfig } from '../../vite.lib.mjs';

// Every module of src/ is an entry (see vite.lib.mjs).
export default defineConfig(libConfig());
