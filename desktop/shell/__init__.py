"""The shell: start-up, the main window that holds the places, recovery of a damaged database."""
