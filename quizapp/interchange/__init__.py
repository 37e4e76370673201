"""Bringing question banks in from other tools (GIFT, Aiken, Anki) and out to GIFT.

Nothing here is silent about loss: whatever a format cannot carry over is returned as a
`Loss`, and malformed input as located `Problem`s, so the teacher can see both.
"""
