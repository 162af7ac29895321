"""Events as text: the selected event's details, and the event list (the timeline's keyboard and screen-reader twin)."""
