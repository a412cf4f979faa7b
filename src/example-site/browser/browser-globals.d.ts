// tests/tsconfig.json type-checks all of src/ without the DOM library; this brings it in for
// the browser code there. Its own tsconfig.json lists DOM anyway.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
