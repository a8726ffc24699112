// Redirect URI tool: cost of one check (pure logic) and, in the browser, the time from
// navigation to the filled result of a prefilled link.
export default async (ctx) => {
  const { checkRedirectUri } = await ctx.importTs('src/tools/redirect/redirect-rules.ts');
  const { normaliseInstallationUrl } = await ctx.importTs('src/tools/redirect/installation-url.ts');
  const inputs = [
    'https://xyc.teamspace.de/api/server/oauth2/redirect',
    'http://XYC.teamspace.de:80/API/server/oauth2/redirect/?x=1#y',
    'https://bücher.example/teamspace/api/server/oauth2/redirect',
    `https://xyc.teamspace.de/${'a'.repeat(240)}/api/server/oauth2/redirect`,
  ];
  const check = await ctx.time(() => {
    for (let i = 0; i < 250; i++) for (const u of inputs) checkRedirectUri(u, 'xyc.teamspace.de/');
  });
  const build = await ctx.time(() => {
    for (let i = 0; i < 250; i++) for (const u of inputs) normaliseInstallationUrl(u);
  });

  const browser = await ctx.browser();
  const page = await browser.newPage();
  const link = `${ctx.baseUrl}/tools/redirect-uri/#url=xyc.teamspace.de/&ruri=${encodeURIComponent(inputs[1])}`;
  const ready = await ctx.time(
    async () => {
      await page.goto(link);
      await page.locator('#redirect-uri .ts-finding[data-rule="match"]').waitFor();
    },
    { runs: 5 },
  );
  await page.close();
  return [
    { group: 'redirect', name: 'check one redirect URI (with installation URL)', value: check / 1000, unit: 'ms', target: '< 1' },
    { group: 'redirect', name: 'normalise one installation URL', value: build / 1000, unit: 'ms', target: '< 1' },
    { group: 'redirect', name: 'prefilled link to findings shown', value: ready, unit: 'ms', target: '< 1500' },
  ];
};
