// The parts of CodeMirror 6 that Vivier's code editor uses, exposed as window.VivierCodeMirror.
// Rebuild with ./build.sh (see README.md beside this file).
export { EditorState, Compartment } from "@codemirror/state";
export {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  drawSelection,
  highlightSpecialChars,
} from "@codemirror/view";
export {
  defaultKeymap,
  history,
  historyKeymap,
  indentWithTab,
} from "@codemirror/commands";
export {
  indentOnInput,
  bracketMatching,
  syntaxHighlighting,
  defaultHighlightStyle,
  indentUnit,
} from "@codemirror/language";
export { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
export { python } from "@codemirror/lang-python";
export { javascript } from "@codemirror/lang-javascript";
export { java } from "@codemirror/lang-java";
export { php } from "@codemirror/lang-php";
export { cpp } from "@codemirror/lang-cpp";
export { go } from "@codemirror/lang-go";
export { sql, SQLite } from "@codemirror/lang-sql";
export { StreamLanguage } from "@codemirror/language";
export { shell } from "@codemirror/legacy-modes/mode/shell";
export { HighlightStyle } from "@codemirror/language";
export { tags } from "@lezer/highlight";
