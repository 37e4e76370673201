"""Files that carry questions and answers between quizapp and other tools or people.

Banks in and out: GIFT, Moodle XML, Aiken and Anki text. Answers out: the results file a student
hands to the teacher (`results_file`). Nothing here is silent about loss: whatever a format cannot
carry over is returned as a `Loss`, and malformed input as located `Problem`s, so the teacher can
see both.
"""
