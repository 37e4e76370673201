"""The Textual app. The only package that imports Textual; it calls the domain and never SQL."""
