// Client-secret reminder and one-shot setup script: time to build the .ics file and the
// script (both run on every keystroke or click), and the size of what the user gets.
export default async function bench(ctx) {
  const { buildReminderCalendar } = await ctx.importTs('src/tools/reminder/calendar.ts');
  const { STRINGS: REMINDER_STRINGS } = await ctx.importTs('src/tools/reminder/strings.ts');
  const { buildSetupScript } = await ctx.importTs('src/tools/setup/script.ts');
  const { ps1File } = await ctx.importTs('src/lib/powershell.ts');
  const { STRINGS: SETUP_STRINGS } = await ctx.importTs('src/tools/setup/strings.ts');

  const calendar = () =>
    buildReminderCalendar({
      expiry: '2030-06-30',
      daysBefore: [90, 60, 30, 14, 7, 1],
      today: '2026-01-01',
      now: new Date(),
      appId: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      guideUrl: 'https://help.teamspace.example/de/microsoft-app-registration/notes/',
      text: REMINDER_STRINGS.de.calendar,
    });
  const values = {
    name: 'teamspace',
    redirectUri: 'https://xyc.teamspace.de/api/server/oauth2/redirect',
    tenant: 'contoso.onmicrosoft.com',
    mailboxes: Array.from({ length: 20 }, (_, i) => `box${i}@contoso.com`),
    secretMonths: 12,
  };
  const script = () => buildSetupScript(values, SETUP_STRINGS.de.script);

  const bytes = (s) => new TextEncoder().encode(s).length;
  return [
    { group: 'reminder', name: 'build .ics (7 entries, German)', value: await ctx.time(calendar, { runs: 200 }), unit: 'ms', target: '< 5' },
    { group: 'reminder', name: '.ics size (7 entries)', value: bytes(calendar().ics), unit: 'B' },
    { group: 'setup', name: 'build script (20 mailboxes)', value: await ctx.time(script, { runs: 200 }), unit: 'ms', target: '< 5' },
    { group: 'setup', name: '.ps1 size (20 mailboxes)', value: bytes(ps1File(script())), unit: 'B' },
  ];
}
