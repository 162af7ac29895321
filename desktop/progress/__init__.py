"""The student's progress page: plots of what they know and where to look again."""
