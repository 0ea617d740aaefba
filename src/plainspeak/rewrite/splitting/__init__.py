"""The sentence splitter's rules, one module per kind (imports go one way: words <- clauses <-
cuts <- lists; asides beside cuts). `rewrite.splitter.SentenceSplitter` is the entry point; the
names in here are the splitter's own, not a public API."""
