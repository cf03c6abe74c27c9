// Vite query imports used by the workers tests to get fixtures into workerd (no file system
// there): `?inline` gives a file as a base64 data: URL, `?raw` as a string.
declare module '*.pdf?inline' {
  const dataUrl: string;
  export default dataUrl;
}
declare module '*.docx?inline' {
  const dataUrl: string;
  export default dataUrl;
}
declare module '*?inline' {
  const dataUrl: string;
  export default dataUrl;
}
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
