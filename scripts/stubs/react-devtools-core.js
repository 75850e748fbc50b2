// Ink imports react-devtools-core statically for its optional devtools; the CLI never connects to them.
export default { initialize() {}, connectToDevTools() {} };
