// Wrangler `Data` modules (and the vitest plugin, which reads the same rules) turn a
// `.bcmap` import into its bytes.
declare module '*.bcmap' {
  const data: ArrayBuffer;
  export default data;
}
