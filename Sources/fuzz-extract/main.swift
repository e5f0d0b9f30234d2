print("fuzz-extract: not yet written")
