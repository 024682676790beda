// Plain http is for this machine only: an identity provider or a body's website on `http://` is
// accepted when its host is loopback (127.0.0.0/8, [::1], localhost: the demo and the tests), and
// must be https anywhere else — a token posted to, or a key fetched from, an http site elsewhere
// crosses the network in clear.

/** Whether `url` is https, or http on a loopback host. False for anything that is not a URL. */
export function isHttpsOrLoopback(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  if (protocol === 'https:') return true;
  return protocol === 'http:' && isLoopbackHost(hostname);
}

/** `hostname` as URL writes it: IPv4 normalised (`127.1` → `127.0.0.1`), IPv6 in brackets. */
function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}
