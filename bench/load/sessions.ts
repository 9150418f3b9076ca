const DEMO_PASSWORD = 'custodia-demo-2026';

/** Signs in `count` sessions of the demo customers, each from its own address, 8 at a time. */
export async function signInSessions(baseUrl: string, profileId: string, count: number): Promise<string[]> {
  const emails = [`demo@${profileId}.example`, `demo2@${profileId}.example`];
  const cookies: string[] = new Array<string>(count);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < count) {
      const index = next++;
      const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-requested-with': 'custodia',
          'x-forwarded-for': `10.${Math.floor(index / 250)}.${index % 250}.1`,
        },
        body: JSON.stringify({ email: emails[index % emails.length], password: DEMO_PASSWORD }),
      });
      const cookie = response.headers.getSetCookie().find((c) => c.includes('custodia_session='));
      if (response.status !== 200 || !cookie) {
        throw new Error(`sign-in ${index} answered ${response.status}: ${await response.text()}`);
      }
      cookies[index] = cookie.split(';')[0] ?? '';
    }
  }
  await Promise.all(Array.from({ length: 8 }, () => worker()));
  return cookies;
}
