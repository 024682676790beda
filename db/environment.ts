// Whether this process runs in production: the API refuses the demo's settings there, and the seed
// refuses to write demo data. Here, not in api/, because db/ stands below the API.

/**
 * Whether this is a real deployment. Either variable will do: hosts often set NODE_ENV themselves.
 * @example isProduction({ KUTSE_ENV: 'production' }) // true
 */
export const isProduction = (env: NodeJS.ProcessEnv) =>
  env.NODE_ENV === 'production' || env.KUTSE_ENV === 'production';
