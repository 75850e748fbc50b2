// Replaced at build time would be nicer, but a constant keeps --version free of file reads.
export const VERSION = '0.1.0';
