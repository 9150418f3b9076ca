import type { Request, Response } from 'express';

/**
 * security.md line 1. `__Host-` requires `Secure`, which browsers refuse over plain http, so plain-http
 * development (http://localhost) uses the same cookie without the prefix and without `Secure`.
 */
export type TSessionCookie = {
  name: string;
  read: (req: Request) => string | undefined;
  set: (res: Response, token: string) => void;
  clear: (res: Response) => void;
};

export function createSessionCookie(options: { secure: boolean }): TSessionCookie {
  const name = options.secure ? '__Host-custodia_session' : 'custodia_session';
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(options.secure ? ['Secure'] : [])].join('; ');
  return {
    name,
    read: (req) => readCookie(req.get('cookie'), name),
    // No Max-Age: the server owns expiry; a browser-session cookie also disappears when the browser closes.
    set: (res, token) => res.append('Set-Cookie', `${name}=${token}; ${attributes}`),
    clear: (res) => res.append('Set-Cookie', `${name}=; ${attributes}; Max-Age=0`),
  };
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}
