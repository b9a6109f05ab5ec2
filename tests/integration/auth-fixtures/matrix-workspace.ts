// The workspace entries live beside their domain tests; the global matrix takes them from there.
export { workspaceMatrix as workspaceEntries } from "../matrix/workspace";
