/** `127.0.0.0/8`, `::1`, `localhost` and its subdomains: this machine, where plain http: stays local. */
const LOOPBACK = /^(localhost|.+\.localhost|\[::1\]|127(\.\d{1,3}){3})$/i

/** Whether a token may travel to `url`: https:, or http: to a loopback host. */
export const isSecureOrigin = (url: URL): boolean =>
  url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname))
