"""grader: an automated grader for written and coded assignments."""
