print("dossier-bench: not yet written")
