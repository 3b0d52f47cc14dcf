/** Minimum password length for accounts (NIST SP 800-63B suggests ≥ 8; we ask 10). */
export const MIN_PASSWORD = 10;
