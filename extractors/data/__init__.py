"""Pattern knowledge as data: tables and word lists the extractors compile."""
