"""The class results dashboard (teacher mode only): tables, plots to project, CSV export."""
