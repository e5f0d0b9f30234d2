print("fuzz-query: not yet written")
