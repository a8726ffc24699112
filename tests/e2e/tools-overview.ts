/** The app registration checker's card on the tools overview, as each test of it reads it. */
export const CHECKER_CARD = {
  en: { path: '/tools/', title: 'App registration checker', manifest: 'Checks a pasted app manifest', live: /sign-in|sign in/i },
  de: { path: '/de/tools/', title: 'App-Registrierung prüfen', manifest: 'Prüft ein eingefügtes App-Manifest', live: /Anmeldung|anmelden/i },
} as const;
