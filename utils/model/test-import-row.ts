/**
 * Row `n` of an import file for a test: an article at https://blog.example/<n> titled "Post <n>",
 * with no topics or feeds; `extra` says what the test is about.
 */
export const testImportRow = (n: number, extra = {}) => ({
  line: n,
  kind: 'article',
  title: `Post ${n}`,
  url: `https://blog.example/${n}`,
  topics: [],
  feeds: [],
  ...extra,
});
