// Copying a payment detail (the reference, the account number) for the applicant's bank form.

/**
 * Puts text on the clipboard; resolves whether that worked. Without a clipboard (permissions, an
 * old browser) the value is still on screen to select by hand, so a failure is not an error.
 */
export const copyText = (text: string): Promise<boolean> =>
  navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
