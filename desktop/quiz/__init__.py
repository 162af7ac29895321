"""The student's quiz: profiles, module chooser, one question at a time, feedback."""
