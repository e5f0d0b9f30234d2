print("dossier-corpus: not yet written")
