"""One Screen per view: home, quiz, summary, stats, help."""
