/** A backup or restore refused with a message for the operator (no stack trace needed). */
export class BackupError extends Error {}
