"""Teachers' side of quizapp: a template to start a bank, and the class results report."""
